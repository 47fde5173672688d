// Moved to src/core/labels/staffLabels (one vocabulary per audience); kept so existing imports keep working.
export { DEFAULT_LABEL_THRESHOLDS, flagLabel, reportToLabel, type LabelThresholds, type Lang } from '../labels/staffLabels';

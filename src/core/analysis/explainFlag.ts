// Moved to src/core/labels (one vocabulary per audience); kept so existing imports keep working.
export { explainFlag, explainFlagParts, formatDate, formatRowRanges, type FlagExplanation, type Lang } from '../labels/staffExplanation';
export { flagTitle, formatHours } from '../labels/staffLabels';

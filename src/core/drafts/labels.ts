// Moved to src/core/labels/attendanceOfficeLabels (one vocabulary per audience); kept so existing imports keep working.
export { presumedReason, signalLabel, VERZUIM_TYPE_LABELS } from '../labels/attendanceOfficeLabels';

export { analyze, analyzeGrid, type AnalyzeOptions } from './analyze';
export { explainFlag, explainFlagParts, flagTitle, formatDate, formatHours, formatRowRanges, type FlagExplanation, type Lang } from './explainFlag';
export { flagId } from './flagId';
export { compareFlags, sortFlags } from './sortFlags';
export { hoursFromMinutes } from './buildFlag';
export type { AnalysisResult, Flag, FlagCategory, FlagBasis, DuoType, ReportTo, MasBranch } from './types';

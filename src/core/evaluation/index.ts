export { evaluate, isReported, median, resolveSchoolYear, SchoolYearError, workingDaysBetween } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { evaluationEntriesFromGrid, reportingTableFromSheetCells } from './entriesFromSheet';
export { parseSchoolYear, schoolYearOfIso } from './schoolYear';
export * from './followUpValues';
export * from './types';

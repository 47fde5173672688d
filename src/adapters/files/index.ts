export { readCsvFile } from './readCsvFile';
export { readXlsxFile } from './readXlsxFile';
export { readRegisterFile } from './readRegisterFile';
export { parseCsvText, detectDelimiter, decodeCsvBytes } from './parseCsvText';
export { normalizeExcelValue } from './normalizeExcelValue';
export { RegisterFileError, type RegisterFileErrorKind } from './errors';
export type { RegisterFile } from './registerFile';

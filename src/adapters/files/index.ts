export { readCsvFile, parseCsvBytes } from './readCsvFile';
export { readXlsxFile } from './readXlsxFile';
export { readRegisterFile } from './readRegisterFile';
export { parseCsvText, detectDelimiter } from './parseCsvText';
export { decodeRegisterBytes, type TextEncoding } from './decodeText';
export { normalizeExcelValue } from './normalizeExcelValue';
export { RegisterFileError, type RegisterFileErrorKind } from './errors';
export type { RegisterFile } from './registerFile';

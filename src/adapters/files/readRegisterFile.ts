import { RegisterFileError } from './errors';
import { readCsvFile } from './readCsvFile';
import type { RegisterFile } from './registerFile';

/**
 * Reads a register by its extension: .csv / .txt / .tsv as CSV, .xlsx / .xlsm as a workbook sheet.
 * The workbook reader (and with it the unzipper and Node's zlib and streams) is loaded for the
 * first workbook only: a .csv run of the command line starts without it.
 */
export async function readRegisterFile(path: string, options: { sheet?: string } = {}): Promise<RegisterFile> {
  const dot = path.lastIndexOf('.');
  const ext = dot >= 0 ? path.slice(dot + 1).toLowerCase() : '';
  switch (ext) {
    case 'csv':
    case 'txt':
    case 'tsv':
      return readCsvFile(path);
    case 'xlsx':
    case 'xlsm':
      return (await import('./readXlsxFile')).readXlsxFile(path, options.sheet);
    case 'xls':
      throw new RegisterFileError(
        'unsupported',
        `${path} is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx of .csv en probeer het opnieuw`,
      );
    default:
      throw new RegisterFileError(
        'unsupported',
        `${path}: onbekend bestandstype${ext ? ` .${ext}` : ''}; gebruik een .xlsx- of .csv-bestand`,
      );
  }
}

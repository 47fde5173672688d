import type { CliIo } from '../io';
import { CliError } from '../io';
import type { CommonOptions } from '../main';

// Placeholder until the analyze command lands; owned by the helper building it.
export async function runAnalyze(_file: string, _opts: CommonOptions, _io: CliIo): Promise<number> {
  throw new CliError('analyze: nog niet beschikbaar');
}

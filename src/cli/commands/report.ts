import type { CliIo } from '../io';
import { CliError } from '../io';
import type { CommonOptions } from '../main';

// Placeholder until the report command lands; owned by the helper building it.
export async function runReport(_file: string, _opts: CommonOptions & { out: string }, _io: CliIo): Promise<number> {
  throw new CliError('report: nog niet beschikbaar');
}

import type { CliIo } from '../io';
import { CliError } from '../io';
import type { CommonOptions } from '../main';

// Placeholder until the inspect command lands; owned by the helper building it.
export async function runInspect(_file: string, _opts: CommonOptions, _io: CliIo): Promise<number> {
  throw new CliError('inspect: nog niet beschikbaar');
}

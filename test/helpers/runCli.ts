import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

/** Runs the command line in-process and collects what it printed. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t) };
  const code = await main(argv, io);
  return { code, out, err };
}

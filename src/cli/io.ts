import { terminalSafe } from './terminalText';
/** Where a command writes; tests pass collectors, main() passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** An error that ends a command with a clear one-line message and an exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/**
 * The process streams. What reaches a terminal has its control characters made visible (cells can
 * hold escape sequences); output piped to a file or program is left as written.
 */
export const processIo: CliIo = {
  out: (t) => process.stdout.write(process.stdout.isTTY ? terminalSafe(t) : t),
  err: (t) => process.stderr.write(process.stderr.isTTY ? terminalSafe(t) : t),
};

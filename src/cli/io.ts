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

export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

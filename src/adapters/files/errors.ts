export type RegisterFileErrorKind = 'not-found' | 'unreadable' | 'unsupported' | 'no-sheet';

/** A register file that cannot be read; the message is one Dutch line that names the file. */
export class RegisterFileError extends Error {
  constructor(
    readonly kind: RegisterFileErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RegisterFileError';
  }
}

import type { MessageKey } from '../i18n';

export type Intent = 'success' | 'warning' | 'error' | 'info';
export interface Notice {
  intent: Intent;
  key?: MessageKey;
  params?: Readonly<Record<string, string | number>>;
  /** Text from the engine or a workbook error, shown as is. */
  text?: string;
  /** The same text in English, when the engine gives one. */
  textEn?: string;
}

export interface Busy {
  key: MessageKey;
  /** 0..1 when known. */
  fraction?: number;
}

/** How a part of the session tells the user something: one notice line for the whole pane. */
export interface Notify {
  setNotice: (notice: Notice | undefined) => void;
  /** Shows an error from the workbook or the engine as it is. */
  fail: (err: unknown) => void;
}

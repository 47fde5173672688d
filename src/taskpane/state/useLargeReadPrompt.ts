import { useCallback, useMemo, useState } from 'react';

/** The size of a register read that takes a while (more than about 2 million cells). */
export interface LargeReadSize {
  rows: number;
  columns: number;
  cells: number;
}

export interface LargeReadQuestion extends LargeReadSize {
  /** The user's answer: true reads on, false cancels the read. */
  answer: (proceed: boolean) => void;
}

/**
 * Before a read of more than about 2 million cells (port.onLargeRead) the pane asks whether to go
 * on: the read waits for the answer. Stopping the analysis meanwhile counts as "no".
 */
export function useLargeReadPrompt() {
  const [question, setQuestion] = useState<LargeReadQuestion | undefined>();

  const ask = useCallback(
    (size: LargeReadSize, signal?: AbortSignal) =>
      new Promise<boolean>((resolve) => {
        const answer = (proceed: boolean): void => {
          signal?.removeEventListener('abort', onAbort);
          setQuestion(undefined);
          resolve(proceed);
        };
        const onAbort = (): void => answer(false);
        if (signal?.aborted) return answer(false);
        signal?.addEventListener('abort', onAbort);
        setQuestion({ rows: size.rows, columns: size.columns, cells: size.cells, answer });
      }),
    [],
  );

  return useMemo(() => ({ largeRead: question, askLargeRead: ask }), [question, ask]);
}

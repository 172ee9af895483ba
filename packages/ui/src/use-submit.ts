import { useCallback, useRef, useState } from 'react';

/** Where a submit keeps its state (the setters of useSubmit's two useStates). */
export interface SubmitState {
  setBusy: (busy: boolean) => void;
  setError: (error: unknown) => void;
}

/**
 * One submit: busy while `fn` runs, the previous error cleared, then `onDone()` after success; a failure is kept
 * (for an <ErrorAlert>) instead of thrown. Resolves to `fn`'s result, or undefined after a failure.
 */
export async function runSubmit<T>(
  fn: () => Promise<T>,
  state: SubmitState,
  onDone?: () => void,
): Promise<T | undefined> {
  state.setBusy(true);
  state.setError(undefined);
  try {
    const r = await fn();
    onDone?.();
    return r;
  } catch (e) {
    state.setError(e);
    return undefined;
  } finally {
    state.setBusy(false);
  }
}

/**
 * A write from a form or a button whose refusal shows in place: `run(fn)` saves (busy meanwhile), then `onDone()`;
 * `error` holds the refusal for `<ErrorAlert error={submit.error} />` until the next run or `clear()`.
 * `run` keeps its identity across renders and always calls the latest `onDone`.
 */
export function useSubmit(onDone?: () => void) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const done = useRef(onDone);
  done.current = onDone;
  const run = useCallback(
    <T>(fn: () => Promise<T>) => runSubmit(fn, { setBusy, setError }, () => done.current?.()),
    [],
  );
  const clear = useCallback(() => setError(undefined), []);
  return { busy, error, run, clear };
}

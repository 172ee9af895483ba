import { useState } from 'react';

/** Submits a small form, showing the server's refusal in place: `run(call)` saves, then `onDone()`. */
export function useSubmit(onDone: () => void) {
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  async function run(call: () => Promise<unknown>) {
    setSaving(true);
    setError(undefined);
    try {
      await call();
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }
  return { error, saving, run };
}

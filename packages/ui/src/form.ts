import type { FormInstance } from 'antd';

/** Whether `e` is antd's "a field rule failed" rejection of `validateFields()` (the messages already show under the fields). */
export function isValidationFailure(e: unknown): boolean {
  return typeof e === 'object' && e !== null && Array.isArray((e as { errorFields?: unknown }).errorFields);
}

/**
 * The form's values when every field rule passes, or undefined when one fails: antd then shows the messages under
 * the fields, and a dialog's OK handler simply returns (`const v = await validValues(form); if (!v) return;`).
 * A bare `await form.validateFields()` in an `onOk` rejects instead, and the page gets an uncaught error.
 * Any other failure is thrown.
 */
export async function validValues<V>(form: Pick<FormInstance<V>, 'validateFields'>): Promise<V | undefined> {
  try {
    return await form.validateFields();
  } catch (e) {
    if (isValidationFailure(e)) return undefined;
    throw e;
  }
}

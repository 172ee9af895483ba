import { ApiError, type LocalizedText } from '@jiceng/core';

/** Words in both languages, for refusals and labels made on the server; the API answers in the caller's. */
export const say = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/**
 * 400 naming the field at fault, with a short reason in both languages: the input is wrong whatever the records say.
 * One signature for every plugin: the reason first, the field second.
 */
export const invalid = (detail: LocalizedText, field?: string) =>
  new ApiError(400, 'validation_failed', { detail }, field);

/** 409: the request is well formed, but a rule of the workflow or a record's state forbids it (wrong state, duplicate). */
export const refuse = (reason: LocalizedText, field?: string) =>
  new ApiError(409, 'conflict', { reason }, field);

import { allowBody, ApiError, invalid, say } from '@jiceng/plugin-kit';
import type { Ctx } from './access';

/** 413 on the `file` field, naming the limit. */
export const fileTooLarge = (mb: number) =>
  new ApiError(413, 'validation_failed', { detail: say(`文件超过 ${mb} MB`, `file over ${mb} MB`) }, 'file');

/**
 * The fields of a multipart upload and its `file`. The body is counted on the stream while it is read (a chunked
 * body, or a missing or false Content-Length, is cut at `maxBytes` plus room for the other fields: `tooLarge`);
 * 400 naming `file` when the body is not multipart or carries no file.
 */
export async function readUpload(c: Ctx, maxBytes: number, tooLarge: () => ApiError) {
  allowBody(c, maxBytes + 64 * 1024, tooLarge);
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody();
  } catch {
    throw invalid(say('须以 multipart/form-data 上传', 'upload as multipart/form-data'), 'file');
  }
  const file = body.file;
  if (!(file instanceof File)) throw invalid(say('缺少文件', 'no file'), 'file');
  return { body, file };
}

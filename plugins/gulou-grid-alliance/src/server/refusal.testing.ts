import { ApiError } from '@jiceng/plugin-kit';
import { expect } from 'vitest';

/** What a pure rule refused with: its status and field, or undefined when the rule let it pass. */
export function failure(run: () => unknown) {
  try {
    run();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return { status: (e as ApiError).status, field: (e as ApiError).field };
  }
}

import { describe, expect, it } from 'vitest';
import { ApiRequestError } from './api';
import { formatRatio } from './chart';
import { attempt, refusalOf, refusalText } from './submit';
import { runSubmit } from './use-submit';

const refused = () =>
  new ApiRequestError(409, { code: 'conflict', message: '该党员已报到', field: 'memberId' });

describe('refusals', () => {
  it("reads the API's message and field, or any other failure's message", () => {
    expect(refusalOf(refused())).toEqual({ message: '该党员已报到', field: 'memberId' });
    expect(refusalOf(new Error('offline'))).toEqual({ message: 'offline' });
    expect(refusalOf('boom')).toEqual({ message: 'boom' });
  });
  it('shows the message alone unless the field is asked for', () => {
    expect(refusalText(refusalOf(refused()))).toBe('该党员已报到');
    expect(refusalText(refusalOf(refused()), true)).toBe('该党员已报到（memberId）');
    expect(refusalText({ message: '不可为空' }, true)).toBe('不可为空');
  });
});

describe('attempt', () => {
  it("gives the write's result", async () => {
    expect(await attempt(async () => ({ id: 7 }))).toEqual({ id: 7 });
  });
  it('hands a refusal to onError, message alone by default, and resolves to undefined', async () => {
    const seen: [string, string | undefined][] = [];
    const r = await attempt(() => Promise.reject(refused()), {
      onError: (text, field) => seen.push([text, field]),
    });
    expect(r).toBeUndefined();
    expect(seen).toEqual([['该党员已报到', 'memberId']]);
  });
  it('puts the field in the text with showField', async () => {
    const seen: string[] = [];
    await attempt(() => Promise.reject(refused()), { onError: (text) => seen.push(text), showField: true });
    expect(seen).toEqual(['该党员已报到（memberId）']);
  });
});

describe('runSubmit', () => {
  const recorder = () => {
    const log: string[] = [];
    return {
      log,
      state: {
        setBusy: (b: boolean) => log.push(`busy:${b}`),
        setError: (e: unknown) => log.push(`error:${e === undefined ? '-' : refusalOf(e).message}`),
      },
    };
  };
  it('is busy while the write runs, clears the last error, then calls onDone', async () => {
    const { log, state } = recorder();
    const r = await runSubmit(
      async () => {
        log.push('write');
        return 3;
      },
      state,
      () => log.push('done'),
    );
    expect(r).toBe(3);
    expect(log).toEqual(['busy:true', 'error:-', 'write', 'done', 'busy:false']);
  });
  it('keeps a refusal instead of throwing and skips onDone', async () => {
    const { log, state } = recorder();
    const r = await runSubmit(
      () => Promise.reject(refused()),
      state,
      () => log.push('done'),
    );
    expect(r).toBeUndefined();
    expect(log).toEqual(['busy:true', 'error:-', 'error:该党员已报到', 'busy:false']);
  });
});

describe('formatRatio', () => {
  it('shows one decimal by default, or the digits asked for, and a dash for nothing', () => {
    expect(formatRatio(0.1234)).toBe('12.3%');
    expect(formatRatio(0.1234, 2)).toBe('12.34%');
    expect(formatRatio(0.5, 0)).toBe('50%');
    expect(formatRatio(null)).toBe('—');
    expect(formatRatio(Number.NaN, 2)).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { isValidationFailure, validValues } from './form';

describe('validValues', () => {
  it('gives the values when the rules pass', async () => {
    expect(await validValues({ validateFields: async () => ({ name: '甲' }) } as never)).toEqual({
      name: '甲',
    });
  });

  it('gives undefined, not a rejection, when a field rule fails', async () => {
    const failure = {
      errorFields: [{ name: ['name'], errors: ['请输入名称'] }],
      values: {},
      outOfDate: false,
    };
    await expect(
      validValues({ validateFields: () => Promise.reject(failure) } as never),
    ).resolves.toBeUndefined();
    expect(isValidationFailure(failure)).toBe(true);
  });

  it('still throws any other failure', async () => {
    const boom = new Error('boom');
    await expect(validValues({ validateFields: () => Promise.reject(boom) } as never)).rejects.toBe(boom);
    expect(isValidationFailure(boom)).toBe(false);
    expect(isValidationFailure(null)).toBe(false);
  });
});

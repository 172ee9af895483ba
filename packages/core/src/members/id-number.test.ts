import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isValidIdNumber, isValidPhone, maskIdNumber, maskPhone } from './id-number';

describe('id numbers', () => {
  it('accepts the standard example and computes its check character', () => {
    // GB 11643-1999's worked example: 11010519491231002X.
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });
  it('refuses a wrong check character, a bad birth date and bad shapes', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber('110105194902300020')).toBe(false); // 30 February
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
  });
  it('masks ids and phones keeping the ends', () => {
    expect(maskIdNumber('350802198001011234')).toBe('3508**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(isValidPhone('13812345678')).toBe(true);
    expect(isValidPhone('12812345678')).toBe(false);
  });
});

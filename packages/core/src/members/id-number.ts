/** 居民身份证号 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const birth = value.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth)
    return false;
  return idNumberCheckChar(value.slice(0, 17)) === value[17];
}

/** Mainland mobile numbers. */
export const isValidPhone = (value: string) => /^1[3-9]\d{9}$/.test(value);

/** 3502**********1234: enough to recognise, not enough to misuse. */
export function maskIdNumber(value: string): string {
  return value.length < 8
    ? '*'.repeat(value.length)
    : value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

export function maskPhone(value: string | null): string | null {
  return value && value.length >= 7 ? `${value.slice(0, 3)}****${value.slice(-4)}` : value;
}

export function maskName(value: string): string {
  return value.length <= 1 ? value : value[0] + '*'.repeat(value.length - 1);
}

import type { Cell } from './read';

/** Full-width digits, letters and punctuation (Ｘ, －, ／) as ASCII: rosters typed with a Chinese IME have them. */
export function halfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** Cell text, trimmed; a Date as YYYY-MM-DD. */
export function cellText(cell: Cell | undefined): string {
  if (cell == null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoOf(cell);
  return String(cell).trim();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validYmd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!)) return undefined;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Excel serial day (1900 system, 1910–2099): 25569 is 1970-01-01. A bare year (2005) is not one. */
const serialDate = (serial: number) => isoOf(new Date(Math.round((Math.floor(serial) - 25569) * 86_400_000)));

/**
 * A date as YYYY-MM-DD from what rosters contain: 2005-07-01, 2005/7/1, 2005.07.01, 2005年7月1日, 20050701,
 * a month alone (2005-07, 2005.7 → the 1st), a spreadsheet date or an Excel serial number.
 * Returns null for an empty cell and undefined for something that is not a date.
 */
export function parseDate(cell: Cell | undefined): string | null | undefined {
  if (cell == null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : isoOf(cell);
  if (typeof cell === 'string' && cell.length === 10 && cell[4] === '-' && cell[7] === '-') {
    // The common case, YYYY-MM-DD, without regular expressions.
    const y = Number(cell.slice(0, 4));
    const m = Number(cell.slice(5, 7));
    const d = Number(cell.slice(8, 10));
    if (Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)) return validYmd(y, m, d);
  }
  if (typeof cell === 'number' && cell >= 3653 && cell <= 73050) return serialDate(cell);
  const s = halfWidth(String(cell)).trim();
  if (!s) return null;
  // A date cell saved to CSV in the General format comes out as its serial number (45123, or 45123.5 with a
  // time). Five digits only: four are a year, six a month (200507), eight a date (20050701).
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Number(s);
    return serial <= 73050 ? serialDate(serial) : undefined;
  }
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), 1);
  m = /^(\d{4})(\d{2})$/.exec(s);
  if (m) return validYmd(Number(m[1]), Number(m[2]), 1);
  return undefined;
}

/** ID numbers: full-width and lower-case x tolerated, spaces dropped. */
export const normalizeIdNumber = (s: string) =>
  /^\d{17}[\dX]$/.test(s) ? s : halfWidth(s).replace(/\s+/g, '').toUpperCase();

/** Mobile numbers: spaces, dashes and a +86 prefix dropped. */
export const normalizePhone = (s: string) =>
  /^1\d{10}$/.test(s)
    ? s
    : halfWidth(s)
        .replace(/[\s-]+/g, '')
        .replace(/^(\+?86)(?=1\d{10}$)/, '');

/** YYYY-MM-DD of the birth date inside a valid 18-character ID number. */
export const birthDateOfIdNumber = (id: string) =>
  `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

/**
 * Text with the wrappers people use to keep Excel from turning digits into a number: a leading apostrophe
 * ('440105…, which Excel hides but CSV tools keep) and a formula string (="440105…"). The digits inside are intact.
 */
export function unwrapExcelText(s: string): string {
  if (s.startsWith("'") || s.startsWith('’')) return s.slice(1).trim();
  const m = /^=\s*"(.*)"$/.exec(s);
  return m ? m[1]!.trim() : s;
}

/** 4.40105E+17: a number cell saved to CSV in the General format; the ID number's digits are gone. */
export const isScientificNumber = (s: string) => /^[+-]?\d+(\.\d+)?e\+?\d+$/i.test(s);

/**
 * An 18-digit ID number ending in 000: what Excel leaves of an ID number typed into a number cell (it keeps 15
 * significant digits). Rare but possible for a real ID number, so a valid one is imported with a warning.
 */
export const looksRoundedByExcel = (id: string) => /^\d{15}000$/.test(id);

/** 3508**********1234: an ID number as the masked export writes it. */
export const isMaskedIdNumber = (s: string) => /^[\dX]{0,8}\*{3,}[\dX]{0,8}$/i.test(s);

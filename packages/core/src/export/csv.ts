/**
 * CSV cells for files people open in Excel or WPS. A text cell starting with `=`, `+`, `-` or `@` (or a tab or
 * carriage return, which spreadsheet programs strip before looking) would run as a formula there: an org named
 * `=HYPERLINK("http://evil.example","点此")` becomes a link in every downloaded template. Such cells get a leading
 * apostrophe, as OWASP advises and as Excel itself shows text it must not evaluate; numbers are left alone.
 * Every CSV the platform writes, in core and in plugins, goes through here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text value made safe to open in a spreadsheet program (`'` before a formula-looking start). */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV cell: formula-looking text neutralized, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  let s = value == null ? '' : String(value);
  if (typeof value === 'string') s = neutralizeFormula(s);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text with CRLF line ends; `bom` (default on) makes Excel read it as UTF-8, Chinese intact. */
export function toCsv(rows: unknown[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

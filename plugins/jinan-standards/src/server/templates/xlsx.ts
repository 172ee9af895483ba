import { ApiError, readXlsxRows, toXlsx } from '@jiceng/plugin-kit';
import { say } from '../../shared/model';
import type { TemplateItem } from './jinan';
import {
  COLUMNS,
  columnLetter,
  headerKey,
  headerLabel,
  itemValues,
  rowsToItems,
  type TableIssue,
} from './csv';

type Row = TemplateItem & { seq: number };

/** A template as an .xlsx workbook: one sheet, the CSV's columns and Chinese headers, numbers as numbers. */
export function templateToXlsx(sheetName: string, items: Row[]): Promise<Buffer> {
  return toXlsx(
    sheetName,
    COLUMNS.map((c) => ({
      header: headerLabel(c),
      width:
        c.key === 'description' || c.key === 'scoringNote'
          ? 40
          : c.key === 'title' || c.key === 'titleEn'
            ? 24
            : undefined,
      value: (i: Row) => itemValues(i)[c.key],
    })),
    items,
  );
}

/** Reads the first sheet of an .xlsx file and checks it like a CSV; an unreadable file is one issue on `file`. */
export async function xlsxToItems(buffer: ArrayBuffer): Promise<{ items: Row[]; issues: TableIssue[] }> {
  let rows: string[][];
  try {
    rows = await readXlsxRows(buffer);
  } catch (e) {
    // Past a spreadsheet limit (columns, rows, cell length, inflated size): the shared reader's 413 naming it.
    if (e instanceof ApiError) throw e;
    return {
      items: [],
      issues: [{ field: 'file', message: say('无法读取 Excel 文件', 'not a readable .xlsx file') }],
    };
  }
  // readXlsxRows leaves holes for empty cells and gives formulas and rich text as "[object Object]": refuse those cells.
  const cells = rows.map((r) => Array.from(r, (v) => v ?? ''));
  const issues: TableIssue[] = [];
  for (const [n, r] of cells.entries())
    for (const [idx, v] of r.entries()) {
      if (v !== '[object Object]') continue;
      const key = n === 0 ? undefined : headerKey(cells[0]![idx] ?? '');
      issues.push({
        field: key ? `rows.${n + 1}.${key}` : 'file',
        message: say(
          `第 ${n + 1} 行 ${columnLetter(idx)} 列：含公式或富文本，请改为纯文本或数值`,
          `row ${n + 1}, column ${columnLetter(idx)}: formula or rich text; enter a plain value`,
        ),
      });
    }
  if (issues.length) return { items: [], issues };
  return rowsToItems(cells.filter((r) => r.some((v) => v.trim() !== '')));
}

import { csvCell, readCsvTable, RosterFileError } from '@jiceng/plugin-kit';
import {
  AREAS,
  type AreaCode,
  COMMUNITY_TYPES,
  type CommunityType,
  type Localized,
  SCORING_RULES,
  type ScoringRule,
  SOURCES,
  type SourceCode,
  say,
} from '../../shared/model';
import type { TemplateItem } from './jinan';
import { itemProblem } from './rules';

/**
 * A template as a table: CSV (UTF-8 with BOM, so Excel opens it with the Chinese intact) or .xlsx (xlsx.ts),
 * with the same columns. One row per standard; one weight column per community type, empty = the standard
 * does not apply to that type. Header cells read `中文(key)`; import accepts either part alone too.
 */
export type Key =
  | 'code'
  | 'area'
  | 'seq'
  | 'title'
  | 'titleEn'
  | 'description'
  | 'source'
  | 'maxScore'
  | 'passScore'
  | 'scoringRule'
  | 'scoringNote'
  | `weight.${CommunityType}`;

export const COLUMNS: { key: Key; zh: string }[] = [
  { key: 'code', zh: '代码' },
  { key: 'area', zh: '领域' },
  { key: 'seq', zh: '序号' },
  { key: 'title', zh: '标准' },
  { key: 'titleEn', zh: '英文名称' },
  { key: 'description', zh: '具体要求' },
  { key: 'source', zh: '来源' },
  { key: 'maxScore', zh: '分值' },
  { key: 'passScore', zh: '达标分' },
  { key: 'scoringRule', zh: '计分规则' },
  { key: 'scoringNote', zh: '评分细则' },
  ...COMMUNITY_TYPES.map((t) => ({ key: `weight.${t.code}` as Key, zh: `权重-${t['zh-CN']}` })),
];

export const MAX_IMPORT_ROWS = 200;

// Cells go through the platform's CSV writer: text starting with = + - @ (or tab, CR) cannot run as a formula.
const cell = csvCell;

export const headerLabel = (c: { key: Key; zh: string }) => `${c.zh}(${c.key})`;

/** One standard as the table's cells: areas, sources and scoring rules by their Chinese label; no weight = undefined. */
export function itemValues(i: TemplateItem & { seq: number }): Record<Key, string | number | undefined> {
  return {
    code: i.code,
    area: AREAS.find((a) => a.code === i.area)?.['zh-CN'] ?? i.area,
    seq: i.seq,
    title: i.title,
    titleEn: i.titleEn,
    description: i.description,
    source: SOURCES.find((s) => s.code === i.source)?.['zh-CN'] ?? i.source,
    maxScore: i.maxScore,
    passScore: i.passScore,
    scoringRule: SCORING_RULES.find((s) => s.code === i.scoringRule)?.['zh-CN'] ?? i.scoringRule,
    scoringNote: i.scoringNote,
    'weight.open': i.weights.open,
    'weight.closed': i.weights.closed,
    'weight.village_converted': i.weights.village_converted,
    'weight.urban_rural': i.weights.urban_rural,
    'weight.county_town': i.weights.county_town,
  };
}

export function templateToCsv(items: (TemplateItem & { seq: number })[]): string {
  const lines = [COLUMNS.map((c) => cell(headerLabel(c))).join(',')];
  for (const i of items) {
    const values = itemValues(i);
    lines.push(COLUMNS.map((c) => cell(values[c.key])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A problem of an uploaded table, in both languages until the route answers in the caller's. */
export interface TableIssue {
  field: string;
  message: Localized;
}

function lookup<T extends { code: string; 'zh-CN': string; en: string }>(
  list: readonly T[],
  v: string,
): T['code'] | undefined {
  const s = v.trim();
  return list.find((i) => i.code === s || i['zh-CN'] === s || i.en.toLowerCase() === s.toLowerCase())?.code;
}

export function headerKey(h: string): Key | undefined {
  const s = h.trim();
  const inParens = /\(([^()]+)\)\s*$/.exec(s)?.[1];
  return COLUMNS.find((c) => c.key === inParens || c.key === s || c.zh === s)?.key;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Parses and checks every CSV row; see rowsToItems. The file is read by the platform's shared CSV reader, so a
 * table that Chinese Excel saved as GBK reads as well as UTF-8.
 */
export async function csvToItems(
  file: Uint8Array | ArrayBuffer | string,
): Promise<{ items: (TemplateItem & { seq: number })[]; issues: TableIssue[] }> {
  let rows: string[][];
  try {
    rows = (await readCsvTable(file, MAX_IMPORT_ROWS + 50)).rows.map((r) => r.cells);
  } catch (e) {
    if (!(e instanceof RosterFileError)) throw e;
    if (e.code === 'roster_empty_file')
      return { items: [], issues: [{ field: 'file', message: say('文件为空', 'the file is empty') }] };
    return {
      items: [],
      issues: [
        {
          field: 'file',
          message: say(
            `无法读取文件：${String(e.params.detail ?? '')}`,
            `the file cannot be read: ${String(e.params.detail ?? '')}`,
          ),
        },
      ],
    };
  }
  return rowsToItems(rows);
}

/**
 * Checks every row of a table (first row = header); returns the items, or every problem found.
 * Each problem names its cell: field `rows.<row>.<column key>` (row numbers as Excel shows them) and a message
 * starting with the row, the column letter and the header, e.g. "第 3 行 H 列「分值」: …".
 */
export function rowsToItems(rows: string[][]): {
  items: (TemplateItem & { seq: number })[];
  issues: TableIssue[];
} {
  const issues: TableIssue[] = [];
  if (!rows.length)
    return { items: [], issues: [{ field: 'file', message: say('文件为空', 'the file is empty') }] };
  const header = rows[0]!.map(headerKey);
  rows[0]!.forEach((h, idx) => {
    if (h.trim() !== '' && !header[idx])
      issues.push({
        field: 'file',
        message: say(
          `第 1 行 ${columnLetter(idx)} 列「${h.trim()}」：未知列`,
          `row 1, column ${columnLetter(idx)} “${h.trim()}”: unknown column`,
        ),
      });
  });
  COLUMNS.forEach((c) => {
    const at = header.indexOf(c.key);
    if (at >= 0 && header.indexOf(c.key, at + 1) >= 0)
      issues.push({
        field: 'file',
        message: say(
          `第 1 行 ${columnLetter(header.indexOf(c.key, at + 1))} 列：重复的列 ${headerLabel(c)}`,
          `row 1, column ${columnLetter(header.indexOf(c.key, at + 1))}: duplicate column ${c.key}`,
        ),
      });
  });
  for (const required of ['code', 'area', 'title', 'maxScore', 'scoringRule'] as Key[])
    if (!header.includes(required))
      issues.push({
        field: 'file',
        message: say(
          `第 1 行：缺少列 ${headerLabel(COLUMNS.find((c) => c.key === required)!)}`,
          `row 1: column ${required} is missing`,
        ),
      });
  if (issues.length) return { items: [], issues };
  if (rows.length - 1 > MAX_IMPORT_ROWS)
    return {
      items: [],
      issues: [
        { field: 'file', message: say(`最多 ${MAX_IMPORT_ROWS} 条`, `at most ${MAX_IMPORT_ROWS} standards`) },
      ],
    };
  const items: (TemplateItem & { seq: number })[] = [];
  const codes = new Set<string>();
  rows.slice(1).forEach((r, n) => {
    const line = n + 2;
    const get = (key: Key) => {
      const idx = header.indexOf(key);
      const v = idx >= 0 ? (r[idx] ?? '').trim() : '';
      return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
    };
    const bad = (key: string, message: Localized) => {
      const idx = header.indexOf(key as Key);
      const col = COLUMNS.find((c) => c.key === key);
      const where =
        idx >= 0
          ? say(
              `第 ${line} 行 ${columnLetter(idx)} 列「${col!.zh}」`,
              `row ${line}, column ${columnLetter(idx)} (${key})`,
            )
          : say(`第 ${line} 行「${key === 'weights' ? '权重' : (col?.zh ?? key)}」`, `row ${line} (${key})`);
      issues.push({
        field: `rows.${line}.${key}`,
        message: say(`${where['zh-CN']}：${message['zh-CN']}`, `${where.en}: ${message.en}`),
      });
    };
    const numberOf = (key: Key, fallback?: number) => {
      const v = get(key);
      if (v === '') return fallback;
      const x = Number(v);
      if (!Number.isFinite(x)) {
        bad(key, say(`不是数字：${v}`, `not a number`));
        return undefined;
      }
      return x;
    };
    const code = get('code');
    if (!/^[0-9A-Za-z][0-9A-Za-z._-]{0,15}$/.test(code))
      bad('code', say(`代码格式不对：${code}`, `bad code`));
    else if (codes.has(code)) bad('code', say(`代码重复：${code}`, `duplicate code`));
    codes.add(code);
    const area = lookup(AREAS, get('area')) as AreaCode | undefined;
    if (!area) bad('area', say(`未知领域：${get('area')}`, `unknown area`));
    const title = get('title');
    if (!title || title.length > 100)
      bad('title', say('标准名称须为 1–100 字', 'title needs 1–100 characters'));
    const sourceText = get('source');
    const source = (sourceText ? lookup(SOURCES, sourceText) : 'city') as SourceCode | undefined;
    if (!source) bad('source', say(`未知来源：${sourceText}`, `unknown source`));
    const scoringRule = lookup(SCORING_RULES, get('scoringRule')) as ScoringRule | undefined;
    if (!scoringRule) bad('scoringRule', say(`未知计分规则：${get('scoringRule')}`, `unknown scoring rule`));
    const maxScore = numberOf('maxScore');
    if (get('maxScore') === '') bad('maxScore', say('缺少分值', 'max score missing'));
    else if (maxScore !== undefined && (maxScore <= 0 || maxScore > 100))
      bad('maxScore', say('分值须在 0–100 之间', 'max score must be in (0, 100]'));
    const passScore = numberOf('passScore', maxScore);
    if (passScore !== undefined && passScore <= 0)
      bad('passScore', say('达标分须大于 0', 'pass score must be above 0'));
    const seq = numberOf('seq', n + 1) ?? n + 1;
    const weights: Partial<Record<CommunityType, number>> = {};
    for (const t of COMMUNITY_TYPES) {
      const w = numberOf(`weight.${t.code}`);
      if (w !== undefined) weights[t.code] = w;
    }
    const before = issues.length;
    if (before && issues[before - 1]!.field.startsWith(`rows.${line}.`)) return;
    const item = {
      code,
      area: area!,
      seq: Math.round(seq),
      title,
      titleEn: get('titleEn'),
      description: get('description'),
      source: source!,
      maxScore: maxScore!,
      passScore: passScore!,
      scoringRule: scoringRule!,
      scoringNote: get('scoringNote'),
      weights,
    };
    const problem = itemProblem(item);
    // itemProblem names a type's weight `weights.<type>`; in the table that is the column `weight.<type>`.
    if (problem) bad(problem.field.replace(/^weights\./, 'weight.'), problem.reason);
    else items.push(item);
  });
  return { items, issues };
}

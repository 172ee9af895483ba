import { type LocalizedText, say } from '@jiceng/plugin-kit';
import { COMMUNITY_TYPE_CODES } from '../../shared/model';
import { JINAN_TEMPLATE, type TemplateItem } from './jinan';

/** Pure rules of the template routes: no database, no HTTP (unit-tested in rules.test.ts). */

export interface StoredItem extends TemplateItem {
  id: number;
  seq: number;
}

export interface VersionRow {
  id: number;
  version: number | null;
  name: string;
  status: 'draft' | 'published';
  basedOnId: number | null;
  note: string | null;
  createdAt: Date;
  publishedAt: Date | null;
}

/** Largest template file accepted by the import. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const halfStep = (n: number) => Math.abs(n * 2 - Math.round(n * 2)) < 1e-9;

/** Rules every stored item follows, whichever way it arrives (form, import, seed). Returns the field at fault. */
export function itemProblem(item: TemplateItem): { field: string; reason: LocalizedText } | null {
  if (!halfStep(item.maxScore))
    return { field: 'maxScore', reason: say('分值以 0.5 分为单位', 'max score goes in steps of 0.5') };
  if (!halfStep(item.passScore))
    return { field: 'passScore', reason: say('达标分以 0.5 分为单位', 'pass score goes in steps of 0.5') };
  if (item.passScore > item.maxScore)
    return { field: 'passScore', reason: say('达标分不能高于分值', 'pass score above max score') };
  if (item.scoringRule === 'all_or_nothing' && item.passScore !== item.maxScore)
    return {
      field: 'passScore',
      reason: say('达标得满分的条目，达标分即分值', 'all-or-nothing items pass at the max score'),
    };
  const types = Object.entries(item.weights).filter(([, w]) => w != null);
  if (!types.length)
    return {
      field: 'weights',
      reason: say('至少适用于一种社区类型', 'applies to at least one community type'),
    };
  for (const [type, w] of types) {
    if (!(COMMUNITY_TYPE_CODES as string[]).includes(type))
      return { field: `weights.${type}`, reason: say(`未知社区类型 ${type}`, `unknown community type`) };
    if (!(typeof w === 'number' && w > 0 && w <= 10))
      return {
        field: `weights.${type}`,
        reason: say('权重须大于 0、不超过 10', 'weight must be in (0, 10]'),
      };
  }
  if (item.source === 'article') {
    const shipped = JINAN_TEMPLATE.find((t) => t.code === item.code && t.source === 'article');
    if (!shipped)
      return {
        field: 'source',
        reason: say(`${item.code} 不是《意见》原文条目`, `not an item named by the source`),
      };
    if (shipped.title !== item.title || shipped.area !== item.area)
      return {
        field: 'title',
        reason: say(
          `《意见》原文条目 ${item.code} 的名称和领域不可修改`,
          `a source item keeps its title and area`,
        ),
      };
  }
  return null;
}

/** A version's short name: `v3`, or `draft` before it is published. */
export const versionLabel = (version: number | null) => (version ? `v${version}` : 'draft');

export const versionView = (v: VersionRow) => ({ ...v, label: versionLabel(v.version) });

/** The export's file name without its extension: the version's name and label. */
export const fileBase = (v: { name: string; version: number | null }) =>
  `${v.name}-${versionLabel(v.version)}`;

/** The import's format: by extension, else by declared type; .xls (binary Excel) and anything else is refused. */
export function fileFormat(file: { name: string; type: string }): 'xlsx' | 'csv' | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext) return null;
  const type = file.type.split(';')[0]!.trim().toLowerCase();
  return type === XLSX_TYPE ? 'xlsx' : type === 'text/csv' || type === 'text/plain' ? 'csv' : null;
}

/** The imported draft's name: the one given, else the file's name marked （导入）. */
export function importName(given: unknown, fileName: string): string {
  return typeof given === 'string' && given.trim()
    ? given.trim().slice(0, 100)
    : `${fileName.replace(/\.[^.]+$/, '').slice(0, 80)}（导入）`;
}

/** Only the types a standard applies to (a weight of null or absent means it does not). */
const appliedWeights = (weights: Partial<Record<string, number | null | undefined>>) =>
  Object.fromEntries(Object.entries(weights).filter(([, w]) => w != null)) as TemplateItem['weights'];

type ItemInput = Omit<TemplateItem, 'source' | 'titleEn' | 'passScore' | 'weights'> & {
  titleEn: string | null;
  passScore?: number;
  weights: Partial<Record<string, number | null | undefined>>;
};

/** A standard the city adds to a draft: all-or-nothing passes at the max score, the pass score defaults to it. */
export function newItem(b: ItemInput & { seq?: number }): TemplateItem & { seq?: number } {
  return {
    ...b,
    titleEn: b.titleEn ?? '',
    passScore: b.scoringRule === 'all_or_nothing' ? b.maxScore : (b.passScore ?? b.maxScore),
    source: 'city',
    weights: appliedWeights(b.weights),
  };
}

type ItemChange = Partial<ItemInput & { seq: number }>;

/** Why a change is refused for a standard named by the source: its code, title and area stay (null: allowed). */
export function articleChangeRefusal(
  before: Pick<StoredItem, 'source' | 'title' | 'area' | 'code'>,
  b: ItemChange,
): { reason: LocalizedText; field: string } | null {
  if (
    before.source === 'article' &&
    ((b.title !== undefined && b.title !== before.title) ||
      (b.area !== undefined && b.area !== before.area) ||
      (b.code !== undefined && b.code !== before.code))
  )
    return {
      reason: say(
        '《意见》原文条目的代码、名称和领域不可修改',
        'a source item keeps its code, title and area',
      ),
      field: b.title !== undefined ? 'title' : b.area !== undefined ? 'area' : 'code',
    };
  return null;
}

/** A standard after a change: all-or-nothing passes at the max score, a lowered max score caps the pass score. */
export function changedItem(before: StoredItem, b: ItemChange): StoredItem {
  const scoringRule = b.scoringRule ?? before.scoringRule;
  const maxScore = b.maxScore ?? before.maxScore;
  return {
    ...before,
    ...b,
    titleEn: b.titleEn === undefined ? before.titleEn : (b.titleEn ?? ''),
    maxScore,
    passScore:
      scoringRule === 'all_or_nothing' ? maxScore : (b.passScore ?? Math.min(before.passScore, maxScore)),
    weights: b.weights ? appliedWeights(b.weights) : before.weights,
  };
}

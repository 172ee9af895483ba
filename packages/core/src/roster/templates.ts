import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { type CityAccess, pathInScope } from '../auth/actor';
import type { CoreDatabase } from '../db/schema';
import { toCsv } from '../export/csv';
import type { Locale } from '../http/env';
import { type ColumnDef, headerText } from './columns';
import { EXAMPLE_ID_NUMBER } from './members';
import type { ImportKind } from './schema';

const SHEET_NAMES: Record<ImportKind, Record<Locale, string>> = {
  members: { 'zh-CN': '党员名册', en: 'Members' },
  orgs: { 'zh-CN': '党组织', en: 'Organizations' },
  units: { 'zh-CN': '单位', en: 'Units' },
  places: { 'zh-CN': '地点', en: 'Places' },
};
export const sheetName = (kind: ImportKind, locale: Locale) => SHEET_NAMES[kind][locale];

const TEXT_FIELDS = new Set(['idNumber', 'phone', 'birthDate', 'joinedPartyOn']);

/** A name that resolves on import: the name when it is unique in the city, else #id. */
function refOf(rows: { id: number; name: string }[], pick: { id: number; name: string } | undefined): string {
  if (!pick) return '';
  return rows.filter((r) => r.name === pick.name).length === 1 ? pick.name : `#${pick.id}`;
}

/** The example row, with names from the caller's own city so it shows what a good reference looks like. */
export async function exampleRow(
  db: Kysely<CoreDatabase>,
  kind: ImportKind,
  cityId: number,
  access: CityAccess,
  /** The kind's columns for this city (places: with the enabled models' attributes). */
  cols: readonly ColumnDef[],
): Promise<string[]> {
  const orgs = await db
    .selectFrom('core.org')
    .select(['id', 'name', 'path', 'kind', 'depth'])
    .where('city_id', '=', cityId)
    .orderBy('path')
    .limit(5000)
    .execute();
  const visible = orgs.filter((o) => pathInScope(access, o.path));
  const org =
    visible.find((o) => o.kind === 'community_committee') ?? visible.find((o) => o.depth > 0) ?? visible[0];
  const places = await db
    .selectFrom('core.place')
    .select(['id', 'name', 'kind'])
    .where('city_id', '=', cityId)
    .where('kind', 'in', ['community', 'compound'])
    .orderBy('id')
    .limit(5000)
    .execute();
  const compound = places.find((p) => p.kind === 'compound');
  const community = places.find((p) => p.kind === 'community');
  const byField: Record<string, string> =
    kind === 'members'
      ? {
          name: '王芳',
          gender: '女',
          idNumber: EXAMPLE_ID_NUMBER,
          phone: '13800138000',
          birthDate: '1949-12-31',
          category: '离退休党员',
          cadreRank: '无',
          org: refOf(orgs, org) || '某某社区党委',
          unit: '',
          residencePlace: refOf(places, compound),
          joinedPartyOn: '1975-07-01',
          occupation: '',
          skills: '政策宣传',
        }
      : kind === 'orgs'
        ? {
            name: '示例小区党支部',
            kind: '小区党支部',
            parent: refOf(orgs, org) || '某某社区党委',
            place: '',
          }
        : kind === 'units'
          ? { name: '示例科技有限公司', kind: '新经济组织', level: '县级', org: '', address: '' }
          : { name: '示例小区', kind: '小区', parent: refOf(places, community) };
  return cols.map((c) => byField[c.field] ?? '');
}

const help = (c: ColumnDef, locale: Locale) => c.help[locale];

/** The template workbook: the data sheet (Chinese headers, * on required ones, one example row) and instructions. */
export async function templateXlsx(
  kind: ImportKind,
  cols: readonly ColumnDef[],
  example: string[],
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiceng';
  const sheet = workbook.addWorksheet(sheetName(kind, 'zh-CN'));
  sheet.columns = cols.map((c) => ({
    header: headerText(c, 'zh-CN'),
    width: c.field === 'idNumber' ? 22 : c.field === 'org' || c.field === 'parent' ? 24 : 14,
    style: TEXT_FIELDS.has(c.field) ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  cols.forEach((c, i) => {
    if (c.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
    header.getCell(i + 1).note = help(c, locale);
  });
  const row = sheet.addRow(example);
  row.font = { italic: true, color: { argb: 'FF808080' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const info = workbook.addWorksheet(locale === 'en' ? 'Instructions' : '填写说明');
  info.columns = [
    { header: locale === 'en' ? 'Column' : '列名', width: 16 },
    { header: locale === 'en' ? 'English' : '英文列名', width: 22 },
    { header: locale === 'en' ? 'Required' : '必填', width: 8 },
    { header: locale === 'en' ? 'How to fill it in' : '填写说明', width: 90 },
  ];
  info.getRow(1).font = { bold: true };
  for (const c of cols)
    info.addRow([c['zh-CN'], c.en, c.required ? (locale === 'en' ? 'yes' : '是') : '', help(c, locale)]);
  info.addRow([]);
  const notes =
    locale === 'en'
      ? [
          'Row 2 of the first sheet is an example: overwrite or delete it before uploading.',
          'The first sheet is imported; this sheet is ignored. Save as .xlsx or as CSV (UTF-8 or GBK).',
          'Every problem is listed with its row and column before anything is written.',
        ]
      : [
          '第一张表的第 2 行是示例，上传前请覆盖或删除。',
          '只导入第一张表，本说明表不导入。可保存为 .xlsx，或 CSV（UTF-8 或 GBK 编码）。',
          '写入之前会先检查，逐行列出每个问题（行号、列名、原因）。',
        ];
  for (const n of notes) info.addRow([n]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template: UTF-8 with a BOM so Excel opens it in Chinese; names from the database cannot run as formulas. */
export function templateCsv(cols: readonly ColumnDef[], example: string[]): Buffer {
  return Buffer.from(toCsv([cols.map((c) => headerText(c, 'zh-CN')), example]), 'utf8');
}

import type { Locale } from '../http/env';
import type { PlaceAttribute } from '../plugins/contract';
import type { ImportKind } from './schema';

type Labels = Record<string, { 'zh-CN': string; en: string; aliases?: string[] }>;

/** The same words the web shell shows (apps/web i18n), plus the spellings rosters really use. */
export const ENUMS = {
  gender: {
    male: { 'zh-CN': '男', en: 'Male', aliases: ['男性', 'm'] },
    female: { 'zh-CN': '女', en: 'Female', aliases: ['女性', 'f'] },
  },
  category: {
    in_service: { 'zh-CN': '在职党员', en: 'In-service', aliases: ['在职'] },
    retired: {
      'zh-CN': '离退休党员',
      en: 'Retired',
      aliases: ['离退休', '退休', '离休', '退休党员', '离休党员'],
    },
    flowing: { 'zh-CN': '流动党员', en: 'Flowing', aliases: ['流动'] },
    resident: { 'zh-CN': '居民党员', en: 'Resident', aliases: ['居民'] },
    unemployed: { 'zh-CN': '无职党员', en: 'Without post', aliases: ['无职'] },
  },
  cadreRank: {
    none: { 'zh-CN': '无', en: 'None', aliases: ['-', '—', '/', '无职级'] },
    section_deputy: { 'zh-CN': '副科级', en: 'Deputy section', aliases: ['副科'] },
    section: { 'zh-CN': '正科级', en: 'Section', aliases: ['正科'] },
    division_deputy: { 'zh-CN': '副处级', en: 'Deputy division', aliases: ['副处'] },
    division: { 'zh-CN': '正处级', en: 'Division', aliases: ['正处'] },
    bureau_deputy: { 'zh-CN': '副厅级', en: 'Deputy bureau', aliases: ['副厅'] },
    bureau: { 'zh-CN': '正厅级', en: 'Bureau', aliases: ['正厅'] },
  },
  orgKind: {
    city_committee: {
      'zh-CN': '市（区、县）委',
      en: 'City (district, county) committee',
      aliases: ['市委', '区委', '县委'],
    },
    street_working_committee: {
      'zh-CN': '街道（镇）党工委',
      en: 'Street working committee',
      aliases: ['街道党工委', '镇党委', '党工委'],
    },
    community_committee: { 'zh-CN': '社区党委', en: 'Community committee' },
    community_general_branch: { 'zh-CN': '社区党总支', en: 'Community general branch' },
    community_branch: { 'zh-CN': '社区党支部', en: 'Community branch' },
    compound_branch: { 'zh-CN': '小区党支部', en: 'Compound branch' },
    building_group: { 'zh-CN': '楼栋党小组', en: 'Building group' },
    unit_committee: { 'zh-CN': '单位党委', en: 'Unit committee' },
    unit_branch: { 'zh-CN': '单位党支部', en: 'Unit branch' },
    organs_working_committee: { 'zh-CN': '机关工委', en: 'Organs working committee' },
    grid_branch: { 'zh-CN': '网格党支部', en: 'Grid branch' },
    owners_committee: { 'zh-CN': '业主委员会', en: 'Owners committee' },
  },
  unitKind: {
    organ: { 'zh-CN': '机关', en: 'Government organ', aliases: ['党政机关'] },
    institution: { 'zh-CN': '事业单位', en: 'Public institution' },
    enterprise: { 'zh-CN': '企业', en: 'Enterprise', aliases: ['国有企业', '国企'] },
    new_economic: {
      'zh-CN': '新经济组织',
      en: 'New economic organization',
      aliases: ['非公企业', '非公有制企业'],
    },
    new_social: { 'zh-CN': '新社会组织', en: 'New social organization', aliases: ['社会组织'] },
  },
  unitLevel: {
    central: { 'zh-CN': '中央', en: 'Central', aliases: ['中央级', '中直', '部属'] },
    province: { 'zh-CN': '省级', en: 'Province', aliases: ['省', '省属', '省直'] },
    city: { 'zh-CN': '市级', en: 'City', aliases: ['市', '市属', '市直'] },
    county: { 'zh-CN': '县级', en: 'County', aliases: ['县', '县属', '区县', '县区', '区级', '县（区）'] },
  },
  placeKind: {
    street: { 'zh-CN': '街道', en: 'Street' },
    town: { 'zh-CN': '镇', en: 'Town', aliases: ['乡镇', '乡'] },
    community: { 'zh-CN': '社区', en: 'Community' },
    compound: { 'zh-CN': '小区', en: 'Compound' },
    building: { 'zh-CN': '楼栋', en: 'Building', aliases: ['楼'] },
    grid: { 'zh-CN': '网格', en: 'Grid' },
  },
} satisfies Record<string, Labels>;
export type EnumName = keyof typeof ENUMS;

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '').toLowerCase();

const enumLookup = new Map<EnumName, Map<string, string>>();
for (const [name, labels] of Object.entries(ENUMS) as [EnumName, Labels][]) {
  const map = new Map<string, string>();
  for (const [code, l] of Object.entries(labels)) {
    for (const spelling of [code, l['zh-CN'], l.en, ...(l.aliases ?? [])]) map.set(norm(spelling), code);
    // 市（区、县）委 is also written with ASCII parentheses.
    map.set(norm(l['zh-CN'].replace(/（/g, '(').replace(/）/g, ')')), code);
  }
  enumLookup.set(name, map);
}

/** The code for a label or code, or undefined. */
export function parseEnum(name: EnumName, value: string): string | undefined {
  return enumLookup.get(name)!.get(norm(value));
}

export function enumLabel(name: EnumName, code: string | null | undefined, locale: Locale): string {
  if (code == null) return '';
  const l = (ENUMS[name] as Labels)[code];
  return l ? l[locale] : code;
}

/** The choices as a user reads them, for error messages and the template's instructions sheet. */
export function enumChoices(name: EnumName, locale: Locale): string {
  return Object.values(ENUMS[name] as Labels)
    .map((l) => l[locale])
    .join(locale === 'en' ? ', ' : '、');
}

export interface ColumnDef {
  /** Stable code, used in errors as `field`. */
  field: string;
  'zh-CN': string;
  en: string;
  required?: boolean;
  aliases?: string[];
  /** What the template's instructions sheet says about the column. */
  help: { 'zh-CN': string; en: string };
  /** A place attribute of an enabled model (field `attributes.<key>`): its values are the model's. */
  attribute?: PlaceAttribute;
}

/** A kind's columns: core's own, then (places) those of the models' attributes. */
export const columnsOf = (kind: ImportKind, extra: readonly ColumnDef[] = []): ColumnDef[] =>
  kind === 'places' ? [...COLUMNS[kind], ...extra] : COLUMNS[kind];

const REF_HELP = (what: string, whatEn: string) => ({
  'zh-CN': `填写本城市${what}的完整名称；重名时填“#编号”`,
  en: `The exact name of the ${whatEn} in this city; if the name is not unique, write #id`,
});

export const COLUMNS: Record<ImportKind, ColumnDef[]> = {
  members: [
    {
      field: 'name',
      'zh-CN': '姓名',
      en: 'Name',
      required: true,
      aliases: ['名字', '党员姓名'],
      help: { 'zh-CN': '不超过 60 字', en: 'Up to 60 characters' },
    },
    {
      field: 'gender',
      'zh-CN': '性别',
      en: 'Gender',
      required: true,
      help: { 'zh-CN': '男 或 女', en: 'Male or Female (男/女)' },
    },
    {
      field: 'idNumber',
      'zh-CN': '身份证号',
      en: 'ID number',
      required: true,
      aliases: ['身份证号码', '公民身份号码', '身份证'],
      help: {
        'zh-CN': '18 位居民身份证号；请把该列设为文本格式。同一城市内以身份证号识别同一人',
        en: '18-character resident ID number, as text. Within a city the ID number identifies the person',
      },
    },
    {
      field: 'phone',
      'zh-CN': '手机号',
      en: 'Phone',
      aliases: ['手机号码', '联系电话', '电话', '手机', '联系方式'],
      help: { 'zh-CN': '11 位手机号，可空', en: '11-digit mobile number, optional' },
    },
    {
      field: 'birthDate',
      'zh-CN': '出生日期',
      en: 'Birth date',
      aliases: ['出生年月'],
      help: {
        'zh-CN': 'YYYY-MM-DD；空着则取身份证号中的出生日期',
        en: 'YYYY-MM-DD; when empty it is taken from the ID number',
      },
    },
    {
      field: 'category',
      'zh-CN': '党员类别',
      en: 'Category',
      required: true,
      aliases: ['党员分类', '分类', '类别'],
      help: { 'zh-CN': enumChoices('category', 'zh-CN'), en: enumChoices('category', 'en') },
    },
    {
      field: 'cadreRank',
      'zh-CN': '干部级别',
      en: 'Cadre rank',
      aliases: ['职级', '干部职级'],
      help: {
        'zh-CN': `${enumChoices('cadreRank', 'zh-CN')}；空着为“无”`,
        en: `${enumChoices('cadreRank', 'en')}; empty means none`,
      },
    },
    {
      field: 'org',
      'zh-CN': '所在党组织',
      en: 'Party organization',
      required: true,
      aliases: ['党组织', '所在支部', '组织关系', '所在党支部'],
      help: REF_HELP('党组织', 'Party organization'),
    },
    {
      field: 'unit',
      'zh-CN': '工作单位',
      en: 'Work unit',
      aliases: ['单位'],
      help: REF_HELP('单位', 'unit'),
    },
    {
      field: 'residencePlace',
      'zh-CN': '居住地点',
      en: 'Residence',
      aliases: ['居住地', '居住小区', '现居住地'],
      help: REF_HELP('地点（小区、楼栋等）', 'place (compound, building…)'),
    },
    {
      field: 'joinedPartyOn',
      'zh-CN': '入党日期',
      en: 'Joined the Party on',
      aliases: ['入党时间'],
      help: { 'zh-CN': 'YYYY-MM-DD 或 YYYY-MM', en: 'YYYY-MM-DD or YYYY-MM' },
    },
    {
      field: 'occupation',
      'zh-CN': '职业',
      en: 'Occupation',
      help: { 'zh-CN': '不超过 60 字', en: 'Up to 60 characters' },
    },
    {
      field: 'skills',
      'zh-CN': '特长',
      en: 'Skills',
      help: { 'zh-CN': '不超过 200 字', en: 'Up to 200 characters' },
    },
  ],
  orgs: [
    {
      field: 'name',
      'zh-CN': '名称',
      en: 'Name',
      required: true,
      aliases: ['党组织名称', '组织名称'],
      help: { 'zh-CN': '党组织全称，在本城市内唯一', en: 'Full name, unique within the city' },
    },
    {
      field: 'kind',
      'zh-CN': '类型',
      en: 'Kind',
      required: true,
      aliases: ['组织类型'],
      help: { 'zh-CN': enumChoices('orgKind', 'zh-CN'), en: enumChoices('orgKind', 'en') },
    },
    {
      field: 'parent',
      'zh-CN': '上级党组织',
      en: 'Parent organization',
      required: true,
      aliases: ['上级组织', '上级'],
      help: {
        'zh-CN':
          '已有党组织的名称或“#编号”，也可以是本文件中前面各行的党组织；城市尚无市（区、县）委时，它那一行留空',
        en: 'Name or #id of an existing organization, or of one on an earlier row of this file; empty only on the city committee’s row while the city has none',
      },
    },
    { field: 'place', 'zh-CN': '所在地点', en: 'Place', aliases: ['地点'], help: REF_HELP('地点', 'place') },
  ],
  units: [
    {
      field: 'name',
      'zh-CN': '名称',
      en: 'Name',
      required: true,
      aliases: ['单位名称'],
      help: { 'zh-CN': '单位全称，在本城市内唯一', en: 'Full name, unique within the city' },
    },
    {
      field: 'kind',
      'zh-CN': '类型',
      en: 'Kind',
      required: true,
      aliases: ['单位类型', '单位性质'],
      help: { 'zh-CN': enumChoices('unitKind', 'zh-CN'), en: enumChoices('unitKind', 'en') },
    },
    {
      field: 'level',
      'zh-CN': '级别',
      en: 'Level',
      required: true,
      aliases: ['隶属级别', '层级'],
      help: { 'zh-CN': enumChoices('unitLevel', 'zh-CN'), en: enumChoices('unitLevel', 'en') },
    },
    {
      field: 'org',
      'zh-CN': '党组织',
      en: 'Party organization',
      aliases: ['单位党组织'],
      help: REF_HELP('党组织', 'Party organization'),
    },
    {
      field: 'address',
      'zh-CN': '地址',
      en: 'Address',
      help: { 'zh-CN': '不超过 200 字', en: 'Up to 200 characters' },
    },
  ],
  places: [
    {
      field: 'name',
      'zh-CN': '名称',
      en: 'Name',
      required: true,
      aliases: ['地点名称'],
      help: { 'zh-CN': '同一上级地点下唯一', en: 'Unique under its parent place' },
    },
    {
      field: 'kind',
      'zh-CN': '类型',
      en: 'Kind',
      required: true,
      aliases: ['地点类型'],
      help: { 'zh-CN': enumChoices('placeKind', 'zh-CN'), en: enumChoices('placeKind', 'en') },
    },
    {
      field: 'parent',
      'zh-CN': '上级地点',
      en: 'Parent place',
      aliases: ['上级'],
      help: {
        'zh-CN': '已有地点的名称或“#编号”，或本文件中前面各行的地点；街道、镇可空',
        en: 'Name or #id of an existing place or of one on an earlier row; empty for streets and towns',
      },
    },
  ],
};

export function columnLabel(
  kind: ImportKind,
  field: string | null,
  locale: Locale,
  extra: readonly ColumnDef[] = [],
): string | null {
  if (!field) return null;
  const col = columnsOf(kind, extra).find((c) => c.field === field);
  return col ? col[locale] : field;
}

/** Template header: the Chinese label, with * on required columns (the English label in English). */
export const headerText = (col: ColumnDef, locale: Locale) => `${col[locale]}${col.required ? '*' : ''}`;

const headerNorm = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/[*＊\s\u3000]/g, '')
    .replace(/[（(].*[)）]$/, '')
    .toLowerCase();

/**
 * Maps a header row to column positions. Headers may be Chinese, English, the field codes or known aliases,
 * with or without the * of required columns. Unknown headers are ignored.
 */
export function matchHeader(
  kind: ImportKind,
  header: string[],
  extra: readonly ColumnDef[] = [],
): { positions: Map<string, number>; recognised: number } {
  const byName = new Map<string, string>();
  for (const col of columnsOf(kind, extra))
    for (const name of [col.field, col['zh-CN'], col.en, ...(col.aliases ?? [])])
      byName.set(headerNorm(name), col.field);
  const positions = new Map<string, number>();
  let recognised = 0;
  header.forEach((h, i) => {
    const field = byName.get(headerNorm(String(h ?? '')));
    if (field && !positions.has(field)) {
      positions.set(field, i);
      recognised++;
    }
  });
  return { positions, recognised };
}

export function missingRequired(kind: ImportKind, positions: Map<string, number>): ColumnDef[] {
  return COLUMNS[kind].filter((c) => c.required && !positions.has(c.field));
}

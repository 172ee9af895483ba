// Writes one roster three ways, streamed to disk (no array of rows): the CSV a city would upload (UTF-8 with BOM,
// Chinese headers and labels), the same as .xlsx (shared strings, as Excel writes it), and the pre-normalized rows
// (codes and ids, exactly what lands in core.member) for the raw COPY baseline.
import { chmodSync, createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { type DatabaseHandle, idNumberCheckChar, writeXlsxFile } from '@jiceng/core';

export interface Structure {
  cityId: number;
  /** Orgs of units, with their unit, and community orgs with their compounds. */
  units: { unitId: number; unitRef: string; orgId: number; orgRef: string }[];
  communities: { orgId: number; orgRef: string; compounds: { placeId: number; placeRef: string }[] }[];
}

/** The seeded city's names: a name if it is unique in the city, else #id (as users are told to write). */
export async function loadStructure(db: DatabaseHandle['db'], cityId: number): Promise<Structure> {
  const orgs = await db
    .selectFrom('core.org')
    .select(['id', 'name', 'kind', 'place_id'])
    .where('city_id', '=', cityId)
    .execute();
  const units = await db
    .selectFrom('core.unit')
    .select(['id', 'name', 'org_id'])
    .where('city_id', '=', cityId)
    .execute();
  const places = await db
    .selectFrom('core.place')
    .select(['id', 'name', 'kind', 'parent_id'])
    .where('city_id', '=', cityId)
    .execute();
  const ref = (rows: { id: number; name: string }[]) => {
    const count = new Map<string, number>();
    for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + 1);
    return (r: { id: number; name: string }) => (count.get(r.name) === 1 ? r.name : `#${r.id}`);
  };
  const orgRef = ref(orgs);
  const unitRef = ref(units);
  const placeRef = ref(places);
  const orgById = new Map(orgs.map((o: any) => [o.id, o]));
  const compoundsOf = new Map<number, { placeId: number; placeRef: string }[]>();
  for (const p of places)
    if (p.kind === 'compound') {
      const list = compoundsOf.get(p.parent_id!) ?? [];
      list.push({ placeId: p.id, placeRef: placeRef(p) });
      compoundsOf.set(p.parent_id!, list);
    }
  return {
    cityId,
    units: units
      .filter((u: any) => u.org_id)
      .map((u: any) => ({
        unitId: u.id,
        unitRef: unitRef(u),
        orgId: u.org_id,
        orgRef: orgRef(orgById.get(u.org_id)),
      })),
    communities: orgs
      .filter((o: any) => o.kind === 'community_committee' && compoundsOf.get(o.place_id)?.length)
      .map((o: any) => ({ orgId: o.id, orgRef: orgRef(o), compounds: compoundsOf.get(o.place_id)! })),
  };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文'.split(
    '',
  );
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰海燕俊峰辉鹏飞雪梅晨阳丹婷斌宇浩凯'.split(
    '',
  );
const OCCUPATIONS = ['公务员', '教师', '医生', '工程师', '会计', '律师', '管理人员', '技术员'];
const SKILLS = ['政策宣传', '法律咨询', '医疗卫生', '文化教育', '治安稳定', '纠纷调解', '志愿服务'];
const CATEGORY_LABEL: Record<string, string> = {
  in_service: '在职党员',
  retired: '离退休党员',
  resident: '居民党员',
  flowing: '流动党员',
};
const CADRES: [string, string, number][] = [
  ['none', '无', 0.82],
  ['section_deputy', '副科级', 0.09],
  ['section', '正科级', 0.06],
  ['division_deputy', '副处级', 0.02],
  ['division', '正处级', 0.01],
];

export const ROSTER_HEADER = [
  '姓名*',
  '性别*',
  '身份证号*',
  '手机号',
  '出生日期',
  '党员类别*',
  '干部级别',
  '所在党组织*',
  '工作单位',
  '居住地点',
  '入党日期',
  '职业',
  '特长',
];

const csvCell = (v: string | null) =>
  v == null ? '' : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;

async function write(out: WriteStream, text: string) {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}
const closeStream = (out: WriteStream) =>
  new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(() => resolve());
  });

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const BASE_DAY = Date.UTC(1950, 0, 1);
const isoDay = (day: number) => new Date(BASE_DAY + day * 86_400_000).toISOString().slice(0, 10);

/** One roster row: what the user's file says, and the normalized values the merge would write. */
function* roster(s: Structure, rows: number) {
  const r = random(rows);
  for (let i = 0; i < rows; i++) {
    // Unique ID numbers: (birth day, sequence) pairs never repeat.
    const day = 3650 + (i % 18000); // births 1960-01-01 … 2009
    const seq = Math.floor(i / 18000);
    const birth = isoDay(day);
    const first17 = `350802${birth.replace(/-/g, '')}${pad(seq, 3)}`;
    const idNumber = first17 + idNumberCheckChar(first17);
    const gender = Number(first17[16]) % 2 === 1 ? 'male' : 'female';
    const inService = r() < 0.9;
    const category = inService ? 'in_service' : r() < 0.6 ? 'retired' : r() < 0.8 ? 'resident' : 'flowing';
    const unit = inService ? s.units[Math.floor(r() * s.units.length)]! : null;
    const community = s.communities[Math.floor(r() * s.communities.length)]!;
    const compound =
      !inService || r() < 0.94 ? community.compounds[Math.floor(r() * community.compounds.length)]! : null;
    const x = r();
    let cumulative = 0;
    const cadre = inService
      ? (CADRES.find(([, , w]) => {
          cumulative += w;
          return x < cumulative;
        }) ?? CADRES[0]!)
      : CADRES[0]!;
    const joined = `${Math.min(2025, Number(birth.slice(0, 4)) + 20 + Math.floor(r() * 15))}-07-01`;
    const name =
      SURNAMES[Math.floor(r() * SURNAMES.length)]! +
      GIVEN[Math.floor(r() * GIVEN.length)]! +
      (r() < 0.6 ? GIVEN[Math.floor(r() * GIVEN.length)]! : '');
    const phone = `13${pad((i * 7919 + 12345) % 1_000_000_000, 9)}`;
    const occupation = inService ? OCCUPATIONS[Math.floor(r() * OCCUPATIONS.length)]! : null;
    const skills = r() < 0.5 ? SKILLS[Math.floor(r() * SKILLS.length)]! : null;
    yield {
      file: [
        name,
        gender === 'male' ? '男' : '女',
        idNumber,
        phone,
        birth,
        CATEGORY_LABEL[category]!,
        cadre[1],
        unit ? unit.orgRef : community.orgRef,
        unit ? unit.unitRef : null,
        compound ? compound.placeRef : null,
        joined,
        occupation,
        skills,
      ],
      normalized: [
        String(s.cityId),
        name,
        gender,
        idNumber,
        phone,
        birth,
        category,
        cadre[0],
        String(unit ? unit.orgId : community.orgId),
        unit ? String(unit.unitId) : null,
        compound ? String(compound.placeId) : null,
        joined,
        occupation,
        skills,
      ],
    };
  }
}

/** roster.csv, roster.xlsx and normalized.csv in `dir` (world-readable: PostgreSQL's server reads the last). */
export async function generateRosters(s: Structure, rows: number, dir: string) {
  const csv = createWriteStream(join(dir, 'roster.csv'));
  const normalized = createWriteStream(join(dir, 'normalized.csv'));
  await write(csv, `\uFEFF${ROSTER_HEADER.join(',')}\r\n`);
  for (const row of roster(s, rows)) {
    await write(csv, `${row.file.map(csvCell).join(',')}\r\n`);
    await write(normalized, `${row.normalized.map(csvCell).join(',')}\n`);
  }
  await closeStream(csv);
  await closeStream(normalized);
  async function* xlsxRows() {
    let n = 0;
    for (const row of roster(s, rows)) {
      yield row.file;
      // Let the zip stream drain now and then: the writer does not wait for it.
      if (++n % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await writeXlsxFile(
    join(dir, 'roster.xlsx'),
    '党员名册',
    ROSTER_HEADER.map((h) => ({
      header: h,
      numFmt: h.startsWith('身份证') || h.startsWith('手机') ? '@' : undefined,
    })),
    xlsxRows(),
    { sharedStrings: true },
  );
  for (const f of ['roster.csv', 'roster.xlsx', 'normalized.csv']) chmodSync(join(dir, f), 0o644);
}

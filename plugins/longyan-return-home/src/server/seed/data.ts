import { addDays, daysBetween, intBetween, pick, withForeignKeysCheckedAfter } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { LongyanDb } from '../db';

/** The published figures the demo city is scaled to, the words it draws from, and the seed's small helpers. */

/**
 * Demo data at the published scale of 龙岩 (end of 2017), generated record by record so the rates come out of the
 * data: 1,250 compound orgs over 1,469 compounds, reports of 37,455 in-service members (99.97%), service records
 * (99.95% served), 3,957 posts with 59,000+ claims, 3,649 pairing needs (3,045 paired), 7,732 wishes (5,763 claimed),
 * 737 volunteer teams, 1,119 grid branches, 890 agreements, 4,491 activities, 2,770 projects (2,533 completed),
 * 489 red owners' committees (925 party members, 593 in-service, 91 一肩挑, 387 交叉任职).
 * Every figure is a per-member, per-compound or per-pair rate applied to the seeded city, so a small city gets a few rows.
 */
export const PUBLISHED = {
  inService: 37_455,
  compounds: 1_469,
  compoundOrgs: 1_250,
  uncoveredCompounds: 6, // newly drawn compounds still waiting for an org, so the coverage view has something to show
  communities: 132,
  pairs: 890,
  reportProbability: 0.9997,
  firstServiceConfirmed: 0.9996,
  posts: 3_957,
  postClaims: 59_200,
  pairings: 3_649,
  paired: 3_045,
  wishes: 7_732,
  wishesClaimed: 5_763,
  teams: 737,
  grids: 1_119,
  activities: 4_491,
  projects: 2_770,
  projectsCompleted: 2_533,
  redCommittees: 489,
  redPartyMembers: 925,
  redInService: 593,
  oneShoulder: 91,
  crossAppointed: 387,
};

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
export const GIVEN =
  '伟芳娜英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志海燕红梅玉秀文辉鹏飞丹萍玲斌宇浩凯琳晨阳'.split('');
export const ADDRESS = ['阿姨', '大爷', '奶奶', '爷爷', '女士', '先生'];
export const POST_TITLES = [
  ['小区楼道清洁岗', 'fixed'],
  ['政策宣传员', 'fixed'],
  ['民情收集员', 'fixed'],
  ['矛盾纠纷调解岗', 'fixed'],
  ['文明劝导岗', 'fixed'],
  ['四点钟学校辅导员', 'fixed'],
  ['空巢老人结对探访', 'group'],
  ['党员服务队义诊', 'group'],
  ['环境整治志愿队', 'group'],
  ['法律咨询进小区', 'group'],
  ['文明城市创建主题服务', 'theme'],
  ['关心青少年主题活动', 'theme'],
  ['红色教育主题宣讲', 'theme'],
  ['民俗节慶主题服务', 'theme'],
] as const;
export const SERVICE_CONTENT = [
  '楼道清理与环境整治',
  '入户宣传政策',
  '收集居民意见建议',
  '调解邻里纠纷',
  '文明劝导',
  '辅导小学生功课',
  '探访空巢老人',
  '义诊与健康咨询',
  '法律咨询',
  '协助物业排查隐患',
  '参加小区议事会',
  '组织文体活动',
];
export const PAIRING_NEEDS = [
  '独居老人日常照料',
  '困难家庭子女助学',
  '残疾人出行帮扶',
  '低保户就业指导',
  '留守儿童课后陪伴',
  '重病家庭心理疏导',
];
export const WISHES = [
  '一套课外读物',
  '一台助听器',
  '一次家电维修',
  '一辆儿童自行车',
  '一次上门理发',
  '一件冬衣',
  '一个书包和文具',
  '一次健康体检陪同',
  '一台电风扇',
  '一床棉被',
];
export const ACTIVITIES = [
  '主题党日联学',
  '共驻共建座谈会',
  '环境整治集体行动',
  '慰问困难群众',
  '文明创建志愿活动',
  '党课进社区',
];
export const PROJECTS = [
  '社区阵地改造',
  '四点钟学校',
  '居家养老服务点',
  '调解工作室',
  '小区充电桩',
  '健身路径',
  '党群服务站',
  '技能培训班',
];

export const personName = (random: () => number) =>
  pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.6 ? pick(random, GIVEN) : '');

export const DAY = 86_400_000;
// Day arithmetic is the toolkit's (the same UTC calendar days the seed always used).
export { addDays, daysBetween };
export const minDate = (a: string, b: string) => (a < b ? a : b);
export const maxDate = (a: string, b: string) => (a > b ? a : b);
/** Local (UTC+8) timestamps on a date, in office-to-evening hours; never later than `nowMs` (the run's clock). */
export const makeStamp =
  (nowMs: number) =>
  (random: () => number, date: string, fromHour = 8, toHour = 21) => {
    const s = `${date}T${String(intBetween(random, fromHour, toHour)).padStart(2, '0')}:${String(intBetween(random, 0, 59)).padStart(2, '0')}:00+08:00`;
    return Date.parse(s) > nowMs ? new Date(nowMs).toISOString() : s;
  };
export const dayIn = (random: () => number, from: string, to: string, skew = 1) => {
  const span = Math.max(0, daysBetween(from, to));
  return addDays(from, Math.floor(random() ** skew * (span + 1)));
};

/**
 * Bulk insert through one JSON parameter per chunk (json_populate_recordset): far fewer bind parameters than a
 * multi-row VALUES, which matters on PGlite. Returns ids in input order when asked.
 */
export async function bulk(
  db: LongyanDb,
  table: string,
  rows: Record<string, unknown>[],
  returnIds = false,
): Promise<number[]> {
  if (!rows.length) return [];
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const list = sql.raw(cols.join(', '));
  // Foreign keys checked once per load, set-based, instead of row by row (see withForeignKeysCheckedAfter).
  return withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 10_000) {
      const chunk = JSON.stringify(rows.slice(i, i + 10_000));
      const q = sql<{
        id: number;
      }>`insert into ${sql.raw(table)} (${list}) select ${list} from json_populate_recordset(null::${sql.raw(table)}, ${chunk}::json) ${returnIds ? sql`returning id` : sql``}`;
      const r = await q.execute(db);
      if (returnIds) for (const row of r.rows) ids.push(Number(row.id));
    }
    return ids;
  });
}

export interface Community {
  id: number;
  placeId: number;
}

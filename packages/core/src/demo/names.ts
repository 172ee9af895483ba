import { fakerZH_CN as faker } from '@faker-js/faker';
import type { CadreRank, MemberCategory } from '../db/schema';
import { idNumberCheckChar } from '../members/id-number';
import { intBetween, pick, weighted } from './random';
import type { UnitKind } from './spec';

/**
 * The demo's made-up names and people, drawn from the seeded random (and faker, seeded from it). Every draw here is
 * part of the demo's sequence: reordering one changes every city seeded after it.
 */

const SYLLABLES =
  '东西南北中新华龙凤和平安康兴福美金翠阳光明春秋溪湖山水林园江河泉石桥湾岭坊松竹梅兰锦绣丰盛嘉怡'.split('');
export const COMPOUND_SUFFIX = ['小区', '花园', '苑', '家园', '新村', '公寓', '雅居', '名城'];
const UNIT_SUFFIX: Record<string, string[]> = {
  organ: ['局', '委员会', '办公室', '中心'],
  institution: ['医院', '中学', '小学', '研究所', '图书馆'],
  enterprise: ['有限公司', '集团', '股份有限公司'],
  new_economic: ['科技有限公司', '商贸有限公司', '电子商务公司'],
  new_social: ['协会', '商会', '社会工作服务中心', '基金会'],
};
const UNIT_PREFIX = ['市', '区', '县'];
const ORGAN_NAMES = [
  '财政',
  '教育',
  '民政',
  '卫生健康',
  '住房和城乡建设',
  '交通运输',
  '农业农村',
  '商务',
  '文化和旅游',
  '自然资源',
  '生态环境',
  '应急管理',
  '市场监督管理',
  '统计',
  '医疗保障',
  '人力资源和社会保障',
  '司法',
  '发展和改革',
  '工业和信息化',
  '水利',
];

/** Unique, check-summed ID numbers within one seeding run. */
export function idNumbers(areaCode: string, random: () => number) {
  const used = new Set<string>();
  return (birth: string) => {
    for (;;) {
      const seq = String(intBetween(random, 0, 999)).padStart(3, '0');
      const first17 = `${areaCode}${String(intBetween(random, 1, 99)).padStart(2, '0')}${birth.replace(/-/g, '')}${seq}`;
      const id = first17 + idNumberCheckChar(first17);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}

/** Place and unit names of two syllables and a suffix, unique within one seeding run. */
export function uniqueNames(random: () => number) {
  const used = new Set<string>();
  return (suffix: string) => {
    for (let n = 0; ; n++) {
      const base = pick(random, SYLLABLES) + pick(random, SYLLABLES);
      const name = n > 20 ? `${base}${n}${suffix}` : `${base}${suffix}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

const DEFAULT_UNIT_KINDS: Record<UnitKind, number> = {
  organ: 5,
  institution: 3,
  enterprise: 2,
  new_economic: 1,
  new_social: 1,
};

/** The kinds of `count` units, drawn by weight. */
export function drawUnitKinds(
  random: () => number,
  count: number,
  weights: Partial<Record<UnitKind, number>> | undefined,
): UnitKind[] {
  return Array.from(
    { length: count },
    () => weighted(random, (weights ?? DEFAULT_UNIT_KINDS) as Record<string, number>) as UnitKind,
  );
}

/** The i-th unit's name: an organ after the city and its line of work (财政局), anything else a made-up name. */
export function unitName(
  random: () => number,
  name: (suffix: string) => string,
  cityNameZh: string,
  kind: UnitKind,
  i: number,
): string {
  if (kind === 'organ')
    return `${cityNameZh.replace(/市|区|县$/, '')}${pick(random, UNIT_PREFIX)}${ORGAN_NAMES[i % ORGAN_NAMES.length]}${pick(random, UNIT_SUFFIX.organ!)}${i >= ORGAN_NAMES.length ? i : ''}`;
  return `${name('')}${pick(random, UNIT_SUFFIX[kind]!)}`;
}

/** What a drawn member may be attached to. */
export interface MemberWorld {
  cityId: number;
  idNumber: (birth: string) => string;
  compoundPlaceIds: number[];
  unitIds: number[];
  unitOrgIds: number[];
  communityOrgOfPlace: Map<number, number>;
  communityOfCompound: Map<number, number>;
  committeeOrgId: number;
  /** Share of in-service members living inside some community. */
  livesInside: number;
}

/**
 * One member of a category: in service, in a unit (its org) and living in a compound or, for some, outside any;
 * otherwise in the community org of the compound they live in (the city committee when there are no compounds).
 */
export function drawMember(
  random: () => number,
  category: MemberCategory,
  w: MemberWorld,
): Record<string, unknown> {
  const gender = random() < 0.62 ? 'male' : 'female';
  const age = category === 'retired' ? intBetween(random, 60, 85) : intBetween(random, 24, 59);
  const birth = `${2026 - age}-${String(intBetween(random, 1, 12)).padStart(2, '0')}-${String(intBetween(random, 1, 28)).padStart(2, '0')}`;
  const compound = w.compoundPlaceIds.length ? pick(random, w.compoundPlaceIds) : null;
  const unitIndex = Math.floor(random() * w.unitIds.length);
  const inService = category === 'in_service';
  const residence = inService ? (random() < w.livesInside ? compound : null) : compound;
  const cadre: CadreRank = inService
    ? weighted(random, {
        none: 820,
        section_deputy: 90,
        section: 60,
        division_deputy: 18,
        division: 10,
        bureau_deputy: 1.5,
        bureau: 0.5,
      })
    : 'none';
  return {
    city_id: w.cityId,
    name: faker.person.lastName() + faker.person.firstName(gender),
    gender,
    id_number: w.idNumber(birth),
    phone: `1${pick(random, ['3', '5', '7', '8', '9'])}${String(intBetween(random, 0, 999_999_999)).padStart(9, '0')}`,
    birth_date: birth,
    category,
    cadre_rank: cadre,
    org_id: inService
      ? w.unitOrgIds[unitIndex]!
      : (w.communityOrgOfPlace.get(w.communityOfCompound.get(compound!)!) ?? w.committeeOrgId),
    unit_id: inService ? w.unitIds[unitIndex]! : null,
    residence_place_id: residence,
    joined_party_on: `${Math.min(2025, 2026 - age + intBetween(random, 20, 35))}-07-01`,
    occupation: inService
      ? pick(random, ['公务员', '教师', '医生', '工程师', '会计', '律师', '管理人员', '技术员'])
      : null,
    skills:
      random() < 0.5
        ? pick(random, ['政策宣传', '法律咨询', '医疗卫生', '文化教育', '治安稳定', '纠纷调解', '志愿服务'])
        : null,
  };
}

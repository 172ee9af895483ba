import { fakerZH_CN as faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { isValidIdNumber, isValidPhone } from '../members/id-number';
import { drawMember, drawUnitKinds, idNumbers, type MemberWorld, uniqueNames, unitName } from './names';
import { seededRandom } from './random';

const world = (random: () => number): MemberWorld => ({
  cityId: 1,
  idNumber: idNumbers('3508', random),
  compoundPlaceIds: [31, 32],
  unitIds: [51, 52],
  unitOrgIds: [61, 62],
  communityOrgOfPlace: new Map([[21, 41]]),
  communityOfCompound: new Map([
    [31, 21],
    [32, 21],
  ]),
  committeeOrgId: 40,
  livesInside: 0.93,
});

describe('demo names and people', () => {
  it('draws unique, check-summed ID numbers for a birth date', () => {
    const next = idNumbers('3508', seededRandom(1));
    const ids = Array.from({ length: 200 }, () => next('1980-05-17'));
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(/^3508\d{2}19800517\d{3}[\dX]$/);
      expect(isValidIdNumber(id)).toBe(true);
    }
  });

  it('never gives a name twice, falling back to numbered names when the syllables run out', () => {
    const name = uniqueNames(seededRandom(2));
    const names = Array.from({ length: 3000 }, () => name('社区'));
    expect(new Set(names).size).toBe(3000);
    expect(names.every((n) => n.endsWith('社区'))).toBe(true);
    expect(names.some((n) => /\d社区$/.test(n))).toBe(true);
  });

  it('names organs after the city and their line of work, and draws only the kinds weighted', () => {
    const random = seededRandom(3);
    const name = uniqueNames(random);
    expect(unitName(random, name, '龙岩市', 'organ', 0)).toMatch(/^龙岩[市区县]财政(局|委员会|办公室|中心)$/);
    expect(unitName(random, name, '龙岩市', 'organ', 21)).toMatch(
      /^龙岩[市区县]教育(局|委员会|办公室|中心)21$/,
    );
    expect(unitName(random, name, '龙岩市', 'enterprise', 2)).toMatch(/(有限公司|集团|股份有限公司)$/);
    const kinds = drawUnitKinds(random, 50, { enterprise: 1, new_social: 1 });
    expect(new Set(kinds)).toEqual(new Set(['enterprise', 'new_social']));
  });

  it('puts members in service in a unit and the others in the community where they live', () => {
    const random = seededRandom(4);
    faker.seed(4);
    const w = world(random);
    for (let i = 0; i < 50; i++) {
      const m = drawMember(random, 'in_service', w);
      expect([61, 62]).toContain(m.org_id);
      expect(w.unitOrgIds.indexOf(m.org_id as number)).toBe(w.unitIds.indexOf(m.unit_id as number));
      expect([31, 32, null]).toContain(m.residence_place_id);
      expect(isValidPhone(m.phone as string)).toBe(true);
      expect(m.occupation).not.toBeNull();
    }
    for (let i = 0; i < 50; i++) {
      const m = drawMember(random, 'retired', w);
      expect([m.org_id, m.unit_id, m.cadre_rank, m.occupation]).toEqual([41, null, 'none', null]);
      expect([31, 32]).toContain(m.residence_place_id);
      const age = 2026 - Number(String(m.birth_date).slice(0, 4));
      expect(age).toBeGreaterThanOrEqual(60);
      expect(age).toBeLessThanOrEqual(85);
    }
    // Without compounds a member outside service belongs to the city committee.
    expect(drawMember(random, 'resident', { ...w, compoundPlaceIds: [] }).org_id).toBe(40);
  });

  it('draws the same people from the same seed', () => {
    const draw = () => {
      const random = seededRandom(5);
      faker.seed(5);
      const w = world(random);
      return Array.from({ length: 5 }, () => drawMember(random, 'in_service', w));
    };
    expect(draw()).toEqual(draw());
  });
});

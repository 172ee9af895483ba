import { describe, expect, it } from 'vitest';
import { dateWindowProblem, type Registrant, registrationPlan, viaOf } from './rules';

const member = (over: Partial<Registrant> = {}): Registrant => ({
  id: 5,
  name: '张三',
  active: true,
  category: 'regular',
  unit_id: 40,
  unit_org_id: 400,
  works_in: 7,
  registered_in: null,
  registered_name: null,
  ...over,
});

describe('registrationPlan', () => {
  it('registers a member of a unit with its own org through that org (关系在企业、活动在区域)', () => {
    expect(registrationPlan(member(), 7)).toEqual({
      plan: { memberId: 5, name: '张三', via: 'unit_org', unitId: 40, unitHasOrg: true },
    });
  });
  it('gives a member of a unit without an org to the service centre’s org', () => {
    expect(registrationPlan(member({ unit_org_id: null }), 7)).toEqual({
      plan: { memberId: 5, name: '张三', via: 'centre_org', unitId: 40, unitHasOrg: false },
    });
  });
  it('lets a flowing member working elsewhere register through the centre, with no unit here', () => {
    expect(registrationPlan(member({ category: 'flowing', works_in: 9 }), 7)).toEqual({
      plan: { memberId: 5, name: '张三', via: 'centre_org', unitId: null, unitHasOrg: false },
    });
    expect(registrationPlan(member({ category: 'flowing', works_in: null, unit_id: null }), 7)).toMatchObject(
      {
        plan: { via: 'centre_org', unitId: null },
      },
    );
  });
  it('refuses a member working outside the region, or inactive, with 400', () => {
    expect(registrationPlan(member({ works_in: 9 }), 7)).toEqual({
      status: 400,
      text: { 'zh-CN': '张三 不在本区域的单位工作', en: '张三 does not work in a unit of this region' },
    });
    expect(registrationPlan(member({ active: false }), 7)).toMatchObject({ status: 400 });
  });
  it('refuses a member registered here or in another region with 409, naming the other region', () => {
    expect(registrationPlan(member({ registered_in: 7, registered_name: '中央商务区' }), 7)).toMatchObject({
      status: 409,
      text: { en: '张三 is already registered in this region' },
    });
    expect(registrationPlan(member({ registered_in: 8, registered_name: '工业区' }), 7)).toMatchObject({
      status: 409,
      text: { en: '张三 is registered in region "工业区"; end that first' },
    });
  });
  it('checks an inactive member before a registration elsewhere', () => {
    expect(registrationPlan(member({ active: false, registered_in: 8 }), 7)).toMatchObject({ status: 400 });
  });
});

describe('viaOf and dateWindowProblem', () => {
  it('picks whose org looks after a member of a unit', () => {
    expect(viaOf(true)).toBe('unit_org');
    expect(viaOf(false)).toBe('centre_org');
  });
  it('accepts a date from the registration day to today, inclusive', () => {
    expect(dateWindowProblem('2026-03-01', '2026-03-01', '2026-06-15')).toBeNull();
    expect(dateWindowProblem('2026-06-15', '2026-03-01', '2026-06-15')).toBeNull();
    expect(dateWindowProblem('2026-02-28', '2026-03-01', '2026-06-15')).toBe('before');
    expect(dateWindowProblem('2026-06-16', '2026-03-01', '2026-06-15')).toBe('future');
  });
});

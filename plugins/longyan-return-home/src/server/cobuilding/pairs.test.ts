import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worldBackend } from '../test-world';
import { pairEndRefusal } from './pair-rules';

describe('ending a pair (rule)', () => {
  it('refuses an ended pair, a future day and a day before the pair began', () => {
    const open = { since: '2026-03-01', until: null };
    expect(pairEndRefusal(open, '2026-06-15', '2026-06-15')).toBeNull();
    expect(pairEndRefusal(open, '2026-03-01', '2026-06-15')).toBeNull();
    expect(pairEndRefusal(open, '2026-06-16', '2026-06-15')).toBe('future');
    expect(pairEndRefusal(open, '2026-02-28', '2026-06-15')).toBe('before_since');
    expect(pairEndRefusal({ since: null, until: null }, '2000-01-01', '2026-06-15')).toBeNull();
    expect(pairEndRefusal({ since: '2026-03-01', until: '2026-04-01' }, '2026-06-15', '2026-06-15')).toBe(
      'ended',
    );
  });
});

/**
 * The test world (see test-world.ts): U4 (科技公司, org UO4) is unpaired, so 吴己 (mF, U4, lives outside any
 * community) cannot report; U3 (UO3) is paired with both CO1 and CO2, so 陈戊 (mE) must pick.
 */
describe.each(testDatabaseKinds())('结对共建 pairs created, changed and ended on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  beforeAll(async () => {
    t = await worldBackend(kind);
  });
  afterAll(() => t?.backend.close());

  const ruleOf = async (user: string) => (await (await t.as(user)).get(t.url('/reports/rule'))).body;
  const audit = (id: number) =>
    t.backend.db
      .selectFrom('core.audit_log')
      .select(['action'])
      .where('entity', '=', 'p_longyan_return_home.co_building_pair')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute();

  it('pairs an unpaired unit, moves the pair to another community, ends it and reopens it; the rule follows each step', async () => {
    const { CO1, CO2 } = t.world.orgs;
    const { U4 } = t.world.units;
    expect(await ruleOf('ly-f')).toMatchObject({ rule: 'co_building', problem: 'not_paired', target: null });

    // CO2's secretary pairs 科技公司 with their community from 2026-06-01.
    const co2 = await t.as('ly-co2');
    const created = await co2.post(t.url('/co-building/pairs'), {
      unitId: U4.id,
      communityOrgId: CO2.id,
      since: '2026-06-01',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      unitOrgId: t.world.orgs.UO4.id,
      communityOrgId: CO2.id,
      since: '2026-06-01',
      until: null,
    });
    const id = created.body.id;
    expect(await ruleOf('ly-f')).toMatchObject({ problem: null, target: { id: CO2.id } });
    const twice = await co2.post(t.url('/co-building/pairs'), { unitId: U4.id, communityOrgId: CO2.id });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('Conflict: “科技公司” is already paired with “南城社区党委”');

    // CO1's secretary sees neither side of it.
    const co1 = await t.as('ly-co1');
    expect((await co1.patch(t.url(`/co-building/pairs/${id}`), { communityOrgId: CO1.id })).status).toBe(404);
    // The city admin moves it to CO1: 吴己 now reports there.
    const admin = await t.as('ly-admin');
    const changed = await admin.patch(t.url(`/co-building/pairs/${id}`), { communityOrgId: CO1.id });
    expect(changed.status).toBe(200);
    expect(await ruleOf('ly-f')).toMatchObject({ problem: null, target: { id: CO1.id } });

    // Now CO1's: it ends the pair on 2026-06-10 (not before 06-01, not after today 06-15).
    expect(
      (await co1.post(t.url(`/co-building/pairs/${id}/end`), { until: '2026-05-31' })).body.error.field,
    ).toBe('until');
    expect(
      (await co1.post(t.url(`/co-building/pairs/${id}/end`), { until: '2026-06-16' })).body.error.field,
    ).toBe('until');
    const ended = await co1.post(t.url(`/co-building/pairs/${id}/end`), { until: '2026-06-10' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ until: '2026-06-10', communityOrgId: CO1.id });
    expect((await co1.post(t.url(`/co-building/pairs/${id}/end`), {})).status).toBe(409);
    expect((await admin.patch(t.url(`/co-building/pairs/${id}`), { since: '2026-06-02' })).status).toBe(409);
    expect(
      (
        await co1.put(t.url(`/co-building/links/${id}/agreement`), {
          signedOn: '2026-06-11',
          content: '协议',
        })
      ).status,
    ).toBe(409);
    expect(await ruleOf('ly-f')).toMatchObject({ problem: 'not_paired', target: null });
    // Ended pairs leave the list, and are listed on request with their history.
    const open = await admin.get(t.url('/co-building/links'));
    expect(open.body.items.map((l: any) => l.id)).not.toContain(id);
    const endedList = await admin.get(t.url('/co-building/links?ended=true'));
    expect(endedList.body.items.map((l: any) => [l.id, l.unitName, l.until])).toEqual([
      [id, '科技公司', '2026-06-10'],
    ]);

    // Pairing the same two again reopens the pair with its history.
    const again = await co1.post(t.url('/co-building/pairs'), {
      unitId: U4.id,
      communityOrgId: CO1.id,
      since: '2026-06-12',
    });
    // Reopening is a create too (201); `reopened` tells it apart.
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id, reopened: true, since: '2026-06-12', until: null });
    expect(await ruleOf('ly-f')).toMatchObject({ target: { id: CO1.id } });
    expect((await audit(id)).map((a) => a.action)).toEqual(['create', 'update', 'end', 'reopen']);
  });

  it('ending one of two pairs leaves the member one community to report to', async () => {
    const { CO1, CO2, UO3 } = t.world.orgs;
    expect(await ruleOf('ly-e')).toMatchObject({ problem: 'several_paired' });
    const link = await t.backend.db
      .selectFrom('core.org_link')
      .select('id')
      .where('from_org_id', '=', UO3.id)
      .where('to_org_id', '=', CO1.id)
      .executeTakeFirstOrThrow();
    const co1 = await t.as('ly-co1');
    expect((await co1.post(t.url(`/co-building/pairs/${link.id}/end`), {})).body.until).toBe('2026-06-15');
    expect(await ruleOf('ly-e')).toMatchObject({ problem: null, target: { id: CO2.id } });
  });

  it('refuses bad references, out-of-scope pairs and members, and changes nothing', async () => {
    const { CO1, CO2, street } = t.world.orgs;
    const before = await t.backend.db.selectFrom('core.org_link').select('id').execute();
    const admin = await t.as('ly-admin');
    const noOrg = await t.backend.f.unit(t.world.city.id, '无党组织公司', null, 'enterprise');
    const cases: [string, unknown, string][] = [
      ['unit without org', { unitId: noOrg.id, communityOrgId: CO1.id }, 'unitId'],
      ['unknown unit', { unitId: 999999, communityOrgId: CO1.id }, 'unitId'],
      ['not a community', { unitId: t.world.units.U1.id, communityOrgId: street.id }, 'communityOrgId'],
      [
        'other city',
        { unitId: t.world.units.U1.id, communityOrgId: t.world.other.community.id },
        'communityOrgId',
      ],
      ['future', { unitId: t.world.units.U1.id, communityOrgId: CO1.id, since: '2026-07-01' }, 'since'],
    ];
    for (const [why, body, field] of cases) {
      const r = await admin.post(t.url('/co-building/pairs'), body);
      expect([why, r.status, r.body.error?.field]).toEqual([why, 400, field]);
    }
    // UO1's secretary: neither 科技公司 nor CO1 is theirs.
    const unit1 = await t.as('ly-unit1');
    const out = await unit1.post(t.url('/co-building/pairs'), {
      unitId: t.world.units.U4.id,
      communityOrgId: CO1.id,
    });
    expect([out.status, out.body.error.field]).toEqual([400, 'communityOrgId']);
    // Their own unit with any community is theirs to pair (the unit's side is in scope); a member may not.
    const member = await t.as('ly-f');
    expect(
      (
        await member.post(t.url('/co-building/pairs'), {
          unitId: t.world.units.U4.id,
          communityOrgId: CO2.id,
        })
      ).status,
    ).toBe(403);
    expect(await t.backend.db.selectFrom('core.org_link').select('id').execute()).toEqual(before);
    const zz = await t.as('zz-admin');
    expect(
      (await zz.patch(t.url(`/co-building/pairs/${t.world.links.L1}`, 'zz'), { since: '2026-01-01' })).status,
    ).toBe(404);
  });
});

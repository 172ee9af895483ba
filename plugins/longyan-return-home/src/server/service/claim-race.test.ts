import { testDatabaseKinds } from '@jiceng/plugin-kit/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S } from '../common';
import { worldBackend } from '../test-world';

describe.each(testDatabaseKinds())('simultaneous claims on one service post on %s', (kind) => {
  let t: Awaited<ReturnType<typeof worldBackend>>;
  const memberIds: number[] = [];
  beforeAll(async () => {
    t = await worldBackend(kind);
    const { city, orgs, units, places } = t.world;
    const admin = await t.as('ly-admin');
    // 20 members of 第一医院 living in 龙津花园, each reported to 中城社区 (CO1).
    for (let i = 0; i < 20; i++) {
      const m = await t.backend.f.member(city.id, orgs.UO2.id, {
        name: `并发${i}`,
        unit_id: units.U2.id,
        residence_place_id: places.K1.id,
      });
      memberIds.push(m.id);
      const report = await admin.post(t.url('/reports'), { memberId: m.id, communityOrgId: orgs.CO1.id });
      expect(report.status).toBe(201);
    }
  }, 180_000);
  afterAll(() => t?.backend.close());

  it('20 at once on a post of capacity 3: exactly 3 claims, 17 × 409 naming the post', {
    timeout: 180_000,
  }, async () => {
    const co1 = await t.as('ly-co1');
    const post = await co1.post(t.url('/posts'), {
      communityOrgId: t.world.orgs.CO1.id,
      title: '助老配餐岗',
      mode: 'fixed',
      capacity: 3,
    });
    expect(post.status).toBe(201);
    const admin = await t.as('ly-admin');
    const answers = await Promise.all(
      memberIds.map((memberId) => admin.post(t.url(`/posts/${post.body.id}/claim`), { memberId })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    for (const refused of answers.filter((a) => a.status === 409))
      expect(refused.body.error.message).toContain('the post “助老配餐岗” is full');
    const rows = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(`${S}.claim`)}
      where post_id = ${post.body.id}`.execute(t.backend.db);
    expect(rows.rows[0]!.n).toBe(3);
  });

  it('20 at once on one 微心愿: exactly 1 claim, 19 × 409 already claimed', {
    timeout: 180_000,
  }, async () => {
    const co1 = await t.as('ly-co1');
    const wish = await co1.post(t.url('/wishes'), {
      communityOrgId: t.world.orgs.CO1.id,
      beneficiary: '陈奶奶',
      content: '一副老花镜',
    });
    expect(wish.status).toBe(201);
    const admin = await t.as('ly-admin');
    const answers = await Promise.all(
      memberIds.map((memberId) => admin.post(t.url(`/wishes/${wish.body.id}/claim`), { memberId })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const rows = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(`${S}.claim`)}
      where wish_id = ${wish.body.id}`.execute(t.backend.db);
    expect(rows.rows[0]!.n).toBe(1);
  });
});

import {
  createPluginTestBackend,
  manualClock,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';
import { type LuqiaoWorld, luqiaoWorld } from './test-world';

describe.each(testDatabaseKinds())('luqiao-regional work queue (待办) on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  const clock = manualClock('2026-06-15T02:00:00Z');
  const work = async (username: string) => {
    const r = await (await w.login(username)).get('/api/cities/lq/work');
    expect(r.status).toBe(200);
    return r.body.items.map((i: any) => [i.id, i.count, i.dueOn ?? null, i.overdue ?? null]);
  };

  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { clock });
    w = await luqiaoWorld(backend, plugin.id);
    const centre = async (username: string, ownerOrgId: number, name: string) => {
      const r = await (await w.login(username)).post(`${w.base}/centres`, {
        level: 'town',
        name,
        ownerOrgId,
        floorArea: 150,
        staffCount: 2,
        fundingSource: 'town_finance',
      });
      expect(r.status).toBe(201);
      return r.body.id as number;
    };
    const a = await centre('lq-town-a', w.orgs.townA.id, '路北街道党员服务中心');
    const b = await centre('lq-town-b', w.orgs.townB.id, '路南街道党员服务中心');
    const visit = async (username: string, centreId: number, extra: Record<string, unknown>) => {
      const r = await (await w.login(username)).post(`${w.base}/centres/${centreId}/visits`, {
        service: 'dues',
        visitorName: '群众',
        subject: '补交党费',
        firstResponder: '林晓',
        timeLimited: true,
        ...extra,
      });
      expect(r.status).toBe(201);
      return r.body.id as number;
    };
    // Received 2026-06-15 at town A: due 06-17, 06-20 (the default 5 days) and 07-15; one answered on the spot;
    // one due 06-16 but completed. At town B: one due 06-16.
    await visit('lq-town-a', a, { timeLimitDays: 2 });
    await visit('lq-town-a', a, {});
    await visit('lq-town-a', a, { timeLimitDays: 30 });
    await visit('lq-town-a', a, { timeLimited: false, result: '当场解答' });
    const done = await visit('lq-town-a', a, { timeLimitDays: 1 });
    expect(
      (await (await w.login('lq-town-a')).post(`${w.base}/visits/${done}/complete`, { result: '已办结' }))
        .status,
    ).toBe(200);
    await visit('lq-town-b', b, { timeLimitDays: 1 });
    clock.set('2026-06-18T02:00:00Z');
  });
  afterAll(() => backend?.close());

  it('lists open time-limited visits past or within three days of their limit, at the asker’s centres', async () => {
    // 06-18: window to 06-21. Town A: 06-17 (overdue) and 06-20; town B: 06-16 (overdue).
    expect(await work('lq-town-a')).toEqual([['visits_near_limit', 2, '2026-06-17', 1]]);
    expect(await work('lq-town-b')).toEqual([['visits_near_limit', 1, '2026-06-16', 1]]);
    expect(await work('lq-admin')).toEqual([['visits_near_limit', 3, '2026-06-16', 2]]);
    expect(await work('lq-member')).toEqual([]);
  });
});

import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';
import { type FuguWorld, fuguWorld } from './test-world';

describe.each(testDatabaseKinds())('fugu-dual-link date inputs on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: FuguWorld;
  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-03-10T02:00:00Z' });
    w = await fuguWorld(backend);
  });
  afterAll(() => backend?.close());

  it('refuses an impossible date (2026-02-30) with a 400 naming the field', async () => {
    const community = await w.as('communityA');
    const body = { communityOrgId: w.orgs.communityA.id, agenda: '共建议题' };
    const bad = await community.post(`${w.base}/joint-meetings`, { ...body, scheduledOn: '2026-02-30' });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'scheduledOn']);
    const good = await community.post(`${w.base}/joint-meetings`, { ...body, scheduledOn: '2026-02-28' });
    expect(good.status).toBe(201);
  });
});

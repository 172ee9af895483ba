import {
  createPluginTestBackend,
  type PluginTestBackend,
  testDatabaseKinds,
} from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';
import { type LuqiaoWorld, luqiaoWorld } from './test-world';

describe.each(testDatabaseKinds())('luqiao-regional date inputs on %s', (kind) => {
  let backend: PluginTestBackend;
  let w: LuqiaoWorld;
  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind, { now: '2026-06-15T02:00:00Z' });
    w = await luqiaoWorld(backend, plugin.id);
  });
  afterAll(() => backend?.close());

  it('refuses an impossible date (2026-02-30) with a 400 naming the field', async () => {
    const admin = await w.login('lq-admin');
    const bad = await admin.post(`${w.base}/elections`, {
      regionId: 1,
      title: '党员大会',
      heldOn: '2026-02-30',
    });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'heldOn']);
  });
});

import { createPluginTestBackend, PASSWORD, type PluginTestBackend, testDatabaseKinds, twoCityWorld } from '@jiceng/plugin-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../index';

describe.each(testDatabaseKinds())('longyan-return-home notes on %s', (kind) => {
  let backend: PluginTestBackend;
  let world: Awaited<ReturnType<typeof twoCityWorld>>;
  beforeAll(async () => {
    backend = await createPluginTestBackend(plugin, kind);
    world = await twoCityWorld(backend.db);
    await backend.f.enable(world.a.city.id, plugin.id);
  });
  afterAll(() => backend?.close());

  it('adds a note in scope and lists it; refuses a short title naming the field', async () => {
    const client = backend.client('en');
    await client.login('aa-org', PASSWORD);
    const created = await client.post(`${backend.base('aa')}/notes`, { orgId: world.a.orgs.compound1.id, title: 'First visit' });
    expect(created.status).toBe(201);
    const bad = await client.post(`${backend.base('aa')}/notes`, { orgId: world.a.orgs.compound1.id, title: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('title');
    const list = await client.get(`${backend.base('aa')}/notes`);
    expect(list.body.items.map((n: any) => n.title)).toEqual(['First visit']);
  });

  it('refuses an org outside the actor’s subtree and answers 404 in a city without the plugin', async () => {
    const client = backend.client('en');
    await client.login('aa-org', PASSWORD);
    const outside = await client.post(`${backend.base('aa')}/notes`, { orgId: world.a.orgs.community2.id, title: 'Nope' });
    expect(outside.status).toBe(400);
    expect(outside.body.error.field).toBe('orgId');
    const other = backend.client();
    await other.login('bb-admin', PASSWORD);
    expect((await other.get(`${backend.base('bb')}/notes`)).status).toBe(404);
  });
});

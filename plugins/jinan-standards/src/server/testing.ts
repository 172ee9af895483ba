import {
  createPluginTestBackend,
  manualClock,
  PASSWORD,
  type PluginTestBackend,
  twoCityWorld,
} from '@jiceng/plugin-kit/testing';
import plugin from '../index';
import { COMMUNITY_TYPE_KEY } from '../shared/model';

/**
 * A hand-built template of 4 standards (imported as CSV) for totals computed by hand in the tests:
 *   A1 organization max 4 pass 3   graded          open 1, closed 2
 *   A2 team         max 2 pass 2   all or nothing  open 1, closed 1
 *   A3 service      max 5 pass 4   graded          closed 1 only (not applicable to open communities)
 *   A4 support      max 3 pass 2.5 graded          open 2, closed 1
 */
export const HAND_CSV = [
  'code,area,title,source,maxScore,passScore,scoringRule,weight.open,weight.closed,weight.village_converted,weight.urban_rural,weight.county_town',
  'A1,organization,组织测试项,city,4,3,graded,1,2,,,',
  'A2,team,队伍测试项,city,2,2,all_or_nothing,1,1,,,',
  'A3,service,服务测试项,city,5,4,graded,,1,,,',
  'A4,support,保障测试项,city,3,2.5,graded,2,1,,,',
].join('\n');

export function csvForm(text: string, name = 'template.csv') {
  const form = new FormData();
  form.set('file', new File([text], name, { type: 'text/csv' }));
  return form;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function xlsxForm(bytes: Uint8Array, name = 'template.xlsx', type = XLSX_TYPE) {
  const form = new FormData();
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return form;
}

/** A GET whose body is kept as bytes (the test client reads every non-JSON body as text). */
export async function getBytes(backend: PluginTestBackend, username: string, path: string) {
  const login = await backend.app.request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const res = await backend.app.request(`http://localhost${path}`, {
    headers: { cookie, 'accept-language': 'en' },
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** twoCityWorld with Jinan's community types set in both cities: community1 'open', community2 'closed'. */
export async function typedWorld(db: PluginTestBackend['db']) {
  const world = await twoCityWorld(db);
  const rows = [world.a, world.b].flatMap((c) => [
    { city_id: c.city.id, place_id: c.places.community1.id, key: COMMUNITY_TYPE_KEY, value: 'open' },
    { city_id: c.city.id, place_id: c.places.community2.id, key: COMMUNITY_TYPE_KEY, value: 'closed' },
  ]);
  await db.insertInto('core.place_attribute').values(rows).execute();
  return world;
}

/**
 * twoCityWorld (aa: community1 'open', community2 'closed' under one street), the plugin enabled in aa,
 * a street admin, and the hand-built template published as v1.
 */
export async function handWorld(kind: 'pglite' | 'postgres', now = '2026-06-15T02:00:00Z') {
  const clock = manualClock(now);
  const backend = await createPluginTestBackend(plugin, kind, { clock });
  const world = await typedWorld(backend.db);
  await backend.f.enable(world.a.city.id, plugin.id);
  await backend.f.user('aa-street', PASSWORD, [
    { role: 'org_admin', cityId: world.a.city.id, orgId: world.a.orgs.street.id },
  ]);
  const admin = backend.client('en');
  await admin.login('aa-admin', PASSWORD);
  const base = backend.base('aa');
  const imported = await admin.post(`${base}/templates/import`, csvForm(HAND_CSV));
  if (imported.status !== 201) throw new Error(`import failed: ${JSON.stringify(imported.body)}`);
  const published = await admin.post(`${base}/templates/${imported.body.id}/publish`);
  if (published.status !== 200) throw new Error(`publish failed: ${JSON.stringify(published.body)}`);
  const std = Object.fromEntries(
    imported.body.items.map((i: { code: string; id: number }) => [i.code, i.id]),
  ) as Record<'A1' | 'A2' | 'A3' | 'A4', number>;
  return { backend, clock, world, admin, base, versionId: imported.body.id as number, std };
}

export async function loggedIn(backend: PluginTestBackend, username: string) {
  const client = backend.client('en');
  await client.login(username, PASSWORD);
  return client;
}

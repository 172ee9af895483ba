import { seededRandom } from '@jiceng/core/demo';
import { databaseFingerprint, testDatabaseKinds } from '@jiceng/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Actor,
  collectIds,
  corePools,
  fill,
  IdFinder,
  type Operation,
  operations,
  type Sent,
  tenantIdParams,
} from './api';
import { validValue } from './generate';
import { type SecurityWorld, securityWorld } from './world';

/**
 * The isolation matrix of issue 15: every id-bearing route, read and write, with another tenant's ids.
 *  - cross-city: city `sa`'s admin, org admin and member, in their own city's URLs, with city `sb`'s ids;
 *  - cross-subtree: the org admin of `sa`'s first community with records only the second community's admin sees;
 *  - member vs member: `sa-member` with records only `sa-member2` sees (and `sa-member2`'s own member record).
 * A leak is a 2xx, or any change to the data (one fingerprint of every table around each write). 0 leaks is the
 * assertion.
 */

interface Leak {
  matrix: string;
  actor: string;
  method: string;
  template: string;
  url: string;
  status: number;
  changed: boolean;
}
const leakKey = (l: Leak) => `${l.matrix} | ${l.actor} | ${l.method} ${l.template}`;

describe.each(testDatabaseKinds())('isolation matrix on %s', (kind) => {
  let world: SecurityWorld;
  let ops: Operation[];
  let root: any;
  const actors: Record<string, Actor> = {};
  const leaks: Leak[] = [];
  const checked: Record<string, number> = {};
  let pools: Record<string, Record<string, (number | string)[]>>;
  const r = seededRandom(1515);

  beforeAll(async () => {
    world = await securityWorld(kind);
    ({ ops, root } = await operations(world));
    for (const username of ['admin', 'sa-admin', 'sa-community', 'sa-community2', 'sa-member', 'sa-member2'])
      actors[username] = await Actor.login(world, username, username);
    pools = {
      sa: await corePools(world, world.cities.sa.cityId),
      sb: await corePools(world, world.cities.sb.cityId),
    };
  }, 240_000);
  afterAll(async () => {
    await world?.close();
  });

  const tenantOps = () =>
    ops.filter((op) => op.path.startsWith('/api/cities/{city}/') && tenantIdParams(op).length > 0);
  const isWrite = (op: Operation) => op.method !== 'GET';

  /** A valid-ish body whose own references are in the actor's city, so only the path id is foreign. */
  function bodyFor(op: Operation) {
    if (!op.body) return {};
    return validValue(op.body, r, {
      root,
      idFor: (name) => {
        const ids = (pools.sa![name.replace(/Ids?$/, 'Id')] ?? []).filter((v) => typeof v === 'number');
        return ids.length ? (ids[0] as number) : undefined;
      },
    });
  }

  /**
   * Sends one request as each of `actorNames`; writes are fenced by one fingerprint of the data before the first and
   * after the last. Records a leak on a 2xx, or on any change (then charged to every actor of the batch).
   */
  async function probe(matrix: string, actorNames: string[], op: Operation, url: string) {
    const before = isWrite(op) ? await databaseFingerprint(world.handle.db) : '';
    const answers: [string, Sent][] = [];
    for (const name of actorNames) {
      checked[matrix] = (checked[matrix] ?? 0) + 1;
      const actor = actors[name]!;
      answers.push([
        name,
        isWrite(op) ? await actor.json(op.method, url, bodyFor(op)) : await actor.get(url),
      ]);
    }
    const changed = isWrite(op) && (await databaseFingerprint(world.handle.db)) !== before;
    for (const [name, sent] of answers) {
      if ((sent.status >= 200 && sent.status < 300) || changed)
        leaks.push({
          matrix,
          actor: name,
          method: op.method,
          template: op.path,
          url,
          status: sent.status,
          changed,
        });
      expect(sent.status, `${op.method} ${url}`).toBeLessThan(500);
    }
  }

  /** Ids a list shows to `actor` (all pages at once where the list is paged). */
  async function visible(
    actor: Actor,
    op: Operation,
    param: string,
    values: Record<string, string | number>,
  ) {
    const prefixTemplate = op.path.slice(0, op.path.indexOf(`{${param}}`) - 1);
    const list = ops.find((o) => o.method === 'GET' && o.path === prefixTemplate);
    if (!list) return undefined;
    const paged = list.queryParams.some((q) => q.name === 'pageSize');
    const res = await actor.get(`${fill(prefixTemplate, values)}${paged ? '?pageSize=200' : ''}`);
    return res.status === 200 ? new Set(collectIds(res.body)) : new Set<number>();
  }

  it('cross-city: ids of city B in city A’s URLs get no 2xx and change nothing, for every id-bearing route', async () => {
    const finderB = new IdFinder(actors.admin!, (name) => pools.sb![name] ?? []);
    let skipped = 0;
    for (const op of tenantOps()) {
      const values = await finderB.fillPath(op, 'sb', (ids) => ids[0]);
      if (!values) {
        skipped++;
        continue;
      }
      const url = fill(op.path, { ...values, city: 'sa' });
      const who = isWrite(op) ? ['sa-admin', 'sa-community'] : ['sa-admin', 'sa-community', 'sa-member'];
      await probe('cross-city', who, op, url);
      // And city B's own URL, as city A's admin: not even the city resolves.
      if (!isWrite(op)) await probe('cross-city', ['sa-admin'], op, fill(op.path, values));
    }
    console.log(
      `[isolation ${kind}] cross-city: ${checked['cross-city']} requests (${skipped} routes without B ids)`,
    );
  }, 600_000);

  /**
   * `x` with ids only `y` sees (list of y minus list of x), on routes with one tenant id; plus explicit targets
   * (member records and accounts) that must be out of x's reach.
   */
  async function pairMatrix(matrix: string, x: string, y: string, explicit: Record<string, number[]>) {
    let foreignFound = 0;
    for (const op of tenantOps()) {
      const params = tenantIdParams(op);
      if (params.length !== 1) continue;
      const param = params[0]!;
      const values = { city: 'sa' };
      const ofY = await visible(actors[y]!, op, param, values);
      const ofX = await visible(actors[x]!, op, param, values);
      const foreign = ofY ? [...ofY].filter((id) => !ofX?.has(id)).slice(0, 2) : [];
      const segment = op.path
        .slice(0, op.path.indexOf(`{${param}}`) - 1)
        .split('/')
        .pop()!;
      for (const id of explicit[`${segment}/${param}`] ?? []) if (!foreign.includes(id)) foreign.push(id);
      foreignFound += foreign.length;
      for (const id of foreign) await probe(matrix, [x], op, fill(op.path, { city: 'sa', [param]: id }));
    }
    return foreignFound;
  }

  it('member vs member: a member reaches none of another member’s records', async () => {
    const sa = world.cities.sa;
    const user2 = await world.handle.db
      .selectFrom('core.app_user')
      .select('id')
      .where('username', '=', 'sa-member2')
      .executeTakeFirstOrThrow();
    const found = await pairMatrix('member-vs-member', 'sa-member', 'sa-member2', {
      'members/id': [sa.member2Id],
      'users/userId': [user2.id],
    });
    console.log(
      `[isolation ${kind}] member vs member: ${checked['member-vs-member']} requests (${found} foreign ids)`,
    );
  }, 600_000);

  it('cross-subtree: an org admin reaches nothing of another community’s subtree, accounts included', async () => {
    const sa = world.cities.sa;
    const db = world.handle.db;
    const outsideUsers = await db
      .selectFrom('core.app_user')
      .select('id')
      .where('username', 'in', ['sa-member2', 'sa-community2'])
      .orderBy('username')
      .execute();
    const member2Outside = sa.membersOutsideCommunity1.includes(sa.member2Id);
    expect(member2Outside, 'sa-member2’s record lies outside the first community').toBe(true);
    // The account list itself must not show accounts outside the subtree.
    const list = await actors['sa-community']!.get('/api/cities/sa/users');
    checked['cross-subtree'] = (checked['cross-subtree'] ?? 0) + 1;
    const names = JSON.stringify(list.body);
    if (list.status === 200 && (names.includes('"sa-member2"') || names.includes('"sa-community2"')))
      leaks.push({
        matrix: 'cross-subtree',
        actor: 'sa-community',
        method: 'GET',
        template: '/api/cities/{city}/users',
        url: '/api/cities/sa/users',
        status: list.status,
        changed: false,
      });
    const found = await pairMatrix('cross-subtree', 'sa-community', 'sa-community2', {
      'members/id': [sa.member2Id],
      'users/userId': outsideUsers.map((u) => u.id),
    });
    console.log(
      `[isolation ${kind}] cross-subtree: ${checked['cross-subtree']} requests (${found} foreign ids)`,
    );
  }, 600_000);

  it('0 leaks', () => {
    const total = Object.values(checked).reduce((a, b) => a + b, 0);
    console.log(
      `[isolation ${kind}] ${total} requests (${Object.entries(checked)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}): ${leaks.length} leaks`,
    );
    for (const l of leaks)
      console.log(
        `  LEAK ${l.matrix} ${l.actor} ${l.method} ${l.url} → ${l.status}${l.changed ? ' (data changed)' : ''}`,
      );
    expect([...new Set(leaks.map(leakKey))].sort()).toEqual([]);
  });
});

import {
  createApp,
  type DatabaseKind,
  type Logger,
  manualClock,
  pluginContext,
  pluginSchemaName,
  silentLogger,
} from '@jiceng/core';
import { installedPlugins } from '@jiceng/api';
import { DEMO_PASSWORD, seedCity, seededRandom, seedPlatformAdmin, smallCitySpec } from '@jiceng/core/demo';
import { createTestDatabase, fixtures } from '@jiceng/core/testing';

export { DEMO_PASSWORD };

/** The two cities of the security world; each has every installed plugin enabled and seeded. */
export const CITY_CODES = ['sa', 'sb'] as const;
export type CityCode = (typeof CITY_CODES)[number];

export interface CityIds {
  code: CityCode;
  cityId: number;
  communityOrgIds: number[];
  /** Member ids whose record lies in the first community's subtree (the `-community` admin's), and outside it. */
  membersInCommunity1: number[];
  membersOutsideCommunity1: number[];
  /** The `-member` and `-member2` accounts' member ids. */
  member1Id: number;
  member2Id: number;
}

export interface SecurityWorld {
  kind: DatabaseKind;
  app: ReturnType<typeof createApp>;
  handle: Awaited<ReturnType<typeof createTestDatabase>>;
  cities: Record<CityCode, CityIds>;
  close(): Promise<void>;
}

/**
 * Two small demo cities (core seed: 2 streets, 4 communities, 84 members each) with every installed plugin enabled
 * and its small seed run, the platform admin `admin`, and per city the demo accounts `<code>-admin` (city admin),
 * `<code>-community` (org admin of the first community), `<code>-member` (the first member), plus
 * `<code>-community2` (org admin of the second community) and `<code>-member2` (a member of another community), all
 * with DEMO_PASSWORD. A fixed clock keeps every run alike.
 */
export async function securityWorld(
  kind: DatabaseKind,
  logger: Logger = silentLogger,
): Promise<SecurityWorld> {
  const plugins = installedPlugins;
  const handle = await createTestDatabase(
    kind,
    plugins.map((p) => ({ name: pluginSchemaName(p.id), migrations: p.migrations })),
  );
  const clock = manualClock('2026-06-15T02:00:00Z');
  const db = handle.db;
  try {
    await seedPlatformAdmin(db);
    const versions = Object.fromEntries(plugins.map((p) => [p.id, p.version]));
    const cities = {} as Record<CityCode, CityIds>;
    const f = fixtures(db);
    for (const [index, code] of CITY_CODES.entries()) {
      const spec = smallCitySpec(
        code,
        plugins.map((p) => p.id),
      );
      const seeded = await db
        .transaction()
        .execute((trx) =>
          seedCity(trx, spec, { random: seededRandom(1000 + index), pluginVersions: versions }),
        );
      for (const plugin of plugins.filter((p) => p.seed))
        await db.transaction().execute((trx) =>
          plugin.seed!(pluginContext({ db: trx, clock, logger: silentLogger, plugins }, plugin), {
            cityId: seeded.cityId,
            scale: 'small',
            random: seededRandom(2000 + index),
            progress: () => {},
          }),
        );
      const community1 = seeded.communityOrgIds[0]!;
      const community2 = seeded.communityOrgIds[1]!;
      const inSubtree = await db
        .withRecursive('sub(id)', (q) =>
          q
            .selectFrom('core.org')
            .select('id')
            .where('id', '=', community1)
            .unionAll((u) =>
              u.selectFrom('core.org as o').innerJoin('sub', 'sub.id', 'o.parent_id').select('o.id'),
            ),
        )
        .selectFrom('sub')
        .select('id')
        .execute();
      const subtree = new Set(inSubtree.map((r) => r.id));
      const members = await db
        .selectFrom('core.member')
        .select(['id', 'org_id'])
        .where('city_id', '=', seeded.cityId)
        .orderBy('id')
        .execute();
      const member1 = await db
        .selectFrom('core.app_user')
        .select('member_id')
        .where('username', '=', `${code}-member`)
        .executeTakeFirstOrThrow();
      const inside = members.filter((m) => subtree.has(m.org_id)).map((m) => m.id);
      const outside = members.filter((m) => !subtree.has(m.org_id)).map((m) => m.id);
      const member2Id = outside.find((id) => id !== member1.member_id)!;
      await f.user(`${code}-community2`, DEMO_PASSWORD, [
        { role: 'org_admin', cityId: seeded.cityId, orgId: community2 },
      ]);
      await f.user(`${code}-member2`, DEMO_PASSWORD, [{ role: 'member', cityId: seeded.cityId }], member2Id);
      cities[code] = {
        code,
        cityId: seeded.cityId,
        communityOrgIds: seeded.communityOrgIds,
        membersInCommunity1: inside,
        membersOutsideCommunity1: outside,
        member1Id: member1.member_id!,
        member2Id,
      };
    }
    const app = createApp({ db, clock, logger, plugins });
    return { kind, app, handle, cities, close: () => handle.close() };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, type DatabaseHandle, type JicengPlugin } from '@jiceng/core';
import { smallCitySpec } from '@jiceng/core/demo';
import { createTestDatabase, testDatabaseKinds } from '@jiceng/core/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedStepTime, seedDemo, seedSummary } from './seed';

/** The planner's row estimate for one city's members: what the statistics say, not what is there. */
async function estimatedMembers(db: DatabaseHandle['db'], cityId: number) {
  const r = await sql<{
    'QUERY PLAN': any;
  }>`explain (format json) select * from core.member where city_id = ${cityId}`.execute(db);
  const plan = r.rows[0]!['QUERY PLAN'];
  return (typeof plan === 'string' ? JSON.parse(plan) : plan)[0].Plan['Plan Rows'] as number;
}

describe.each(testDatabaseKinds())('demo seed on %s', (kind) => {
  let handle: DatabaseHandle;
  const seen: { city: number; estimated: number; actual: number }[] = [];
  const steps: SeedStepTime[] = [];
  // A model whose seed queries what core just loaded, as Fugu's rules do: it records what the planner expects.
  const probe = {
    id: 'stats-probe',
    version: '0.0.1',
    seed: async (ctx, input) => {
      const actual = (
        await sql<{
          n: number;
        }>`select count(*)::int as n from core.member where city_id = ${input.cityId}`.execute(ctx.db)
      ).rows[0]!.n;
      seen.push({
        city: input.cityId,
        estimated: await estimatedMembers(ctx.db as any, input.cityId),
        actual,
      });
      input.progress('probe', 1, 1);
    },
  } as Partial<JicengPlugin> as JicengPlugin;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await seedDemo(handle.db, [probe], {
      logger: { info() {}, warn() {}, error() {} } as any,
      cities: [smallCitySpec('one', ['stats-probe']), smallCitySpec('two', ['stats-probe'])],
      scale: 'small',
      onStep: (s) => steps.push(s),
    });
  });
  afterAll(() => handle?.close());

  it('gathers statistics on core tables after each city, before the models query them', async () => {
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(s.actual).toBeGreaterThan(50);
      // Without ANALYZE in the city's transaction the planner expects a handful of rows for a city it has not seen.
      expect(s.estimated).toBeGreaterThan(s.actual / 2);
      expect(s.estimated).toBeLessThan(s.actual * 2);
    }
  });

  it('times every step of every city, in order', () => {
    const names = steps.map((s) => `${s.city} ${s.step}`);
    for (const city of ['one', 'two'])
      for (const step of ['places', 'members', 'statistics', 'stats-probe: probe', 'statistics after models'])
        expect(names).toContain(`${city} ${step}`);
    expect(names.indexOf('one members')).toBeLessThan(names.indexOf('one statistics'));
    expect(names.indexOf('one statistics')).toBeLessThan(names.indexOf('one stats-probe: probe'));
    expect(names.indexOf('one statistics after models')).toBeLessThan(names.indexOf('two places'));
    expect(steps.every((s) => s.ms >= 0)).toBe(true);
  });
});

describe('seedSummary', () => {
  it('ends with the total and the three slowest steps, slowest first', () => {
    const out = seedSummary(
      [
        { city: 'a', step: 'members', ms: 1200 },
        { city: 'a', step: 'places', ms: 100 },
        { city: 'b', step: 'rules', ms: 4500 },
        { city: 'b', step: 'posts', ms: 900 },
      ],
      6700,
    ).split('\n');
    expect(out[0]).toBe('seed total 6.7 s; slowest steps:');
    expect(out.slice(1).map((l) => l.trim())).toEqual([
      '4.5 s  b rules',
      '1.2 s  a members',
      '0.9 s  b posts',
    ]);
  });
});

describe('a PGlite data directory whose parents do not exist', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiceng-datadir-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is created with its parents (a fresh clone has no .data/)', async () => {
    const dir = join(root, 'a', 'b', 'pglite');
    const handle = await createDatabase({ url: dir });
    try {
      const r = await sql<{ one: number }>`select 1 as one`.execute(handle.db);
      expect(r.rows[0]!.one).toBe(1);
    } finally {
      await handle.close();
    }
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
  });
});

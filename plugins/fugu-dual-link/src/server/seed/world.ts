import {
  addDays,
  daysBetween,
  intBetween,
  type PluginSeedInput,
  withForeignKeysCheckedAfter,
} from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { Config } from '../../manifest';
import type { FuguDb, FuguTables } from '../db';

/** What every seed step works with: the database, the city, the one random sequence, today and the city's settings. */
export interface SeedWorld {
  db: FuguDb;
  city: number;
  /** One sequence for the whole seed: steps draw in the orchestrator's order, so a seed reproduces exactly. */
  random: () => number;
  /** Today (YYYY-MM-DD) and its year. */
  T: string;
  Y: number;
  /** The rollout began fifteen months before today: registrations, activities, cards and meetings start there. */
  rolloutStart: string;
  cfg: Config;
  progress: PluginSeedInput['progress'];
}

export type Engagement = 'high' | 'medium' | 'low';

/** A roughly normal draw (sum of three uniforms), mean 0 and sd 1. */
export const gauss = (random: () => number) => (random() + random() + random() - 1.5) * 2;
export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
export const dateBetween = (random: () => number, from: string, to: string) =>
  to <= from ? from : addDays(from, intBetween(random, 0, daysBetween(from, to)));

/**
 * Multi-row insert through one JSON parameter per chunk (jsonb_populate_recordset takes the table's own column
 * types): far fewer bind parameters than a VALUES list. Returns the new ids in row order.
 */
export async function bulkInsert(
  db: FuguDb,
  table: string,
  rows: Record<string, unknown>[],
  onChunk?: (done: number, total: number) => void,
): Promise<number[]> {
  if (!rows.length) return [];
  const cols = sql.join(Object.keys(rows[0]!).map((c) => sql.ref(c)));
  // Foreign keys checked once per load, set-based, instead of row by row (see withForeignKeysCheckedAfter).
  return withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 5000) {
      const chunk = JSON.stringify(rows.slice(i, i + 5000));
      const r = await sql<{ id: number }>`insert into ${sql.table(table)} (${cols})
        select ${cols} from jsonb_populate_recordset(null::${sql.table(table)}, ${chunk}::jsonb) with ordinality as x order by x.ordinality
        returning id`.execute(db);
      for (const row of r.rows) ids.push(row.id);
      onChunk?.(Math.min(i + 5000, rows.length), rows.length);
    }
    return ids;
  });
}

export async function insertMany(db: FuguDb, table: keyof FuguTables, rows: Record<string, unknown>[]) {
  if (!rows.length) return;
  const size = Math.max(1, Math.floor(60_000 / Object.keys(rows[0]!).length));
  await withForeignKeysCheckedAfter(db, table, rows.length, async () => {
    for (let i = 0; i < rows.length; i += Math.min(size, 2000))
      await db
        .insertInto(table)
        .values(rows.slice(i, i + Math.min(size, 2000)) as never)
        .execute();
  });
}

/** A registration as the seed plans it, with what the member did (dates), filled in step by step. */
export interface Reg {
  id?: number;
  memberId: number;
  unitOrgId: number;
  communityOrgId: number;
  residence: number | null;
  sentOn: string;
  stampedOn: string | null;
  filedOn: string | null;
  closedOn: string | null;
  status: string;
  engagement: Engagement;
  cadreRank: string;
  skills: string | null;
  occupation: string | null;
  previous?: Reg;
  activities: string[];
  visits: string[];
  things: string[];
}

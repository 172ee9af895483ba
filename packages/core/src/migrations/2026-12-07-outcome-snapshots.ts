import type { Kysely } from 'kysely';
import { runStatements } from '../migrate/statements';

// Stored values of the shared indicators (src/outcomes): per city, per scope (0 = the whole city, else an org
// subtree), per indicator and period, so a standard-period comparison and the monthly trends are indexed reads.
// Frozen once shipped: later changes go in a new dated migration.
const up = [
  // "Only once" per city, scope, period and indicator: the primary key; a recomputation overwrites (upsert).
  // Key order serves both reads: one period for a few scopes (compare, drill-down) and months of one scope (trends).
  `create table core.outcome_snapshot (
     city_id integer not null references core.city (id),
     org_id integer not null default 0,
     period_from date not null,
     period_to date not null,
     indicator_id text not null,
     period_kind text not null check (period_kind in ('month', 'quarter', 'half', 'year')),
     status text not null check (status in ('ok', 'not_applicable')),
     value double precision,
     numerator double precision,
     denominator double precision,
     reason jsonb,
     computed_at timestamptz not null,
     primary key (city_id, org_id, period_from, period_to, indicator_id)
   )`,
];

const down = [`drop table if exists core.outcome_snapshot`];

export const outcomeSnapshots = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};

import type { Kysely } from 'kysely';
import { runStatements } from '../migrate/statements';

// Onboarding a real city (issue 17). Frozen once shipped: later changes go in a new dated migration.
const up = [
  // A city has one top Party organisation (市委 / 区委 / 县委): the one org without a parent. "Only once" is a key,
  // so two racing "create the root" requests cannot both win.
  `create unique index org_one_root_key on core.org (city_id) where parent_id is null`,
  // 撤销 a city: archived, never deleted; the date says since when (null: in use).
  `alter table core.city add column archived_at timestamptz`,
  // A link may end (a 结对共建 pair that stops) and keep its history; open links have no end date.
  `alter table core.org_link add column until date`,
];

const down = [
  `alter table core.org_link drop column if exists until`,
  `alter table core.city drop column if exists archived_at`,
  `drop index if exists core.org_one_root_key`,
];

export const onboarding = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};

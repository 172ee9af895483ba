import type { Kysely } from 'kysely';
import { runStatements } from '../migrate/statements';

// "Only once" rules as unique keys, so racing requests end in one row and a 409, never duplicates (issue 15).
// Existing duplicates go first, or the keys could not be built. Frozen once shipped.
const up = [
  // One grant of a role per user, city and org. Platform grants have no city and city-wide ones no org: nulls are
  // equal here (PostgreSQL 15+, PGlite), or two identical platform grants would both pass. The oldest grant stays.
  `delete from core.role_grant g
     using core.role_grant k
    where k.user_id = g.user_id and k.role = g.role
      and k.city_id is not distinct from g.city_id and k.org_id is not distinct from g.org_id
      and k.id < g.id`,
  `create unique index role_grant_once_key on core.role_grant (user_id, role, city_id, org_id) nulls not distinct`,
  // At most one run of a job under way per city, whatever started it ("run now" or the schedule): the newest of
  // several running rows stays, the others are closed as failed.
  `update core.job_run j
      set status = 'failed', error = 'superseded by a concurrent run', finished_at = now()
    where j.status = 'running'
      and exists (select 1 from core.job_run k
                   where k.city_id = j.city_id and k.plugin_id = j.plugin_id and k.job_id = j.job_id
                     and k.status = 'running' and (k.started_at, k.id) > (j.started_at, j.id))`,
  `create unique index job_run_running_key on core.job_run (city_id, plugin_id, job_id) where status = 'running'`,
];

const down = [
  `drop index if exists core.job_run_running_key`,
  `drop index if exists core.role_grant_once_key`,
];

export const onlyOnceKeys = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};

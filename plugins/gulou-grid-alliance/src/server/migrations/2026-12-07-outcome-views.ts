import { runStatements } from '@jiceng/plugin-kit';
import type { Kysely } from 'kysely';

// Frozen once shipped: change the views in a new dated migration (create or replace keeps the columns' order).
// Core's shared outcome facts (issue 19) read these views with `where city_id = $1`: every view is plain joins on
// tenant keys, so the city filter reaches each table's (city_id, …) index and no view reads another city's rows.
// Columns, order and types are exactly core's contract (packages/core/src/outcomes/contract.ts), each cast so
// PostgreSQL and PGlite report the same types. Instants become local days in the users' calendar (UTC+8).
const S = 'p_gulou_grid_alliance';
// core.org kind of a 网格党支部 (shared/terms.ts GRID_BRANCH_KIND, copied: a migration never changes).
const gridBranch = `'grid_branch'`;

const up = [
  // Grid membership is the engagement: a member placed in a grid party branch (core.member_affiliation kind 'grid'
  // on the branch), from the day it began. The branch records it, so it is confirmed; a membership that ended or a
  // branch that was dissolved no longer engages anyone.
  `create view ${S}.outcome_engagement as
   select a.city_id::integer as city_id,
     a.member_id::integer as member_id,
     a.org_id::integer as org_id,
     a.since::date as effective_on,
     true::boolean as confirmed
   from core.member_affiliation a
   join core.org b on b.city_id = a.city_id and b.id = a.org_id and b.kind = ${gridBranch} and b.active
   where a.kind = 'grid' and a.until is null`,

  // 微小时: volunteer hours a member logs in a grid, confirmed by someone else (with a rating). A rejected log is
  // hours the check found not served, so it is not service at all.
  `create view ${S}.outcome_service as
   select v.city_id::integer as city_id,
     v.member_id::integer as member_id,
     v.grid_org_id::integer as org_id,
     v.served_on::date as served_on,
     v.hours::numeric as hours,
     (v.status = 'confirmed')::boolean as confirmed
   from ${S}.volunteer_log v
   where v.status <> 'rejected'`,

  // Resident demands in the five ledgers, handled by the grid branch; closed by 销号 (a reopened item is open again).
  // 限时件 and 承办件 carry a deadline; the other ledgers set none.
  `create view ${S}.outcome_request as
   select d.city_id::integer as city_id,
     d.grid_org_id::integer as org_id,
     d.received_on::date as received_on,
     d.deadline::date as due_on,
     d.closed_on::date as closed_on
   from ${S}.demand d`,

  // 服务项目书 that got under way (planned-only ones have not started); a cancelled project has no end date and is
  // no project done or undone, so it is left out.
  `create view ${S}.outcome_project as
   select p.city_id::integer as city_id,
     p.grid_org_id::integer as org_id,
     p.started_on::date as started_on,
     p.completed_on::date as completed_on
   from ${S}.service_project p
   where p.status <> 'cancelled' and p.started_on is not null`,

  // Every grid (core.place kind 'grid'), covered by its active grid party branch since the branch was established
  // (grid_info), or since the org was created when no date was recorded. org_id is the branch, or the community's
  // org while uncovered. Orgs are found from the city's orgs grouped by place (hash joins), not a lookup per grid:
  // core.org has no (city_id, place_id) index.
  `create view ${S}.outcome_coverage as
   select g.city_id::integer as city_id,
     coalesce(b.org_id, co.org_id)::integer as org_id,
     'grid'::text as unit_kind,
     g.id::text as unit_key,
     (case when b.org_id is not null
       then coalesce(gi.established_on, (b.created_at at time zone interval '+08:00')::date) end)::date as covered_since
   from core.place g
   left join (
     select city_id, place_id, min(id) as org_id, min(created_at) as created_at from core.org
     where kind = ${gridBranch} and active and place_id is not null
     group by city_id, place_id
   ) b on b.city_id = g.city_id and b.place_id = g.id
   left join ${S}.grid_info gi on gi.city_id = b.city_id and gi.org_id = b.org_id
   left join (
     select city_id, place_id, min(id) as org_id from core.org
     where kind like 'community%' and active and place_id is not null
     group by city_id, place_id
   ) co on co.city_id = g.city_id and co.place_id = g.parent_id
   where g.kind = 'grid'`,
];

const down = ['coverage', 'project', 'request', 'service', 'engagement'].map(
  (fact) => `drop view if exists ${S}.outcome_${fact}`,
);

export const outcomeViews = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};

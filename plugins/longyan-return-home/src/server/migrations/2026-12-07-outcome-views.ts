import { runStatements } from '@jiceng/plugin-kit';
import type { Kysely } from 'kysely';

// Frozen once shipped: change the views in a new dated migration (create or replace keeps the columns' order).
// Core's shared outcome facts (issue 19) read these views with `where city_id = $1`: every view is plain joins on
// tenant keys, so the city filter reaches each table's (city_id, …) index and no view reads another city's rows.
// Columns, order and types are exactly core's contract (packages/core/src/outcomes/contract.ts), each cast so
// PostgreSQL and PGlite report the same types. Instants become local days in the users' calendar (UTC+8).
const S = 'p_longyan_return_home';
const localDay = (column: string) => `(${column} at time zone interval '+08:00')::date`;
// The community org kinds of core.org (shared/model.ts COMMUNITY_ORG_KINDS, copied: a migration never changes).
const communityKinds = `'community_committee', 'community_general_branch', 'community_branch'`;

const up = [
  // 报到 is the engagement: a member's report to the community of the 报到原则, confirmed once the community org has
  // checked the 《报到证》 in person (step 2). It takes effect on the day of that confirmation (the online report's
  // day while unconfirmed). One row per member and report year; core counts members, not rows.
  `create view ${S}.outcome_engagement as
   select r.city_id::integer as city_id,
     r.member_id::integer as member_id,
     r.community_org_id::integer as org_id,
     ${localDay('coalesce(r.confirmed_at, r.reported_at)')} as effective_on,
     (r.status = 'confirmed')::boolean as confirmed
   from ${S}.report r`,

  // Service records a member submitted, confirmed when the community org checked with the beneficiary. A rejected
  // record is service the check found not done, so it is not service at all. Fulfilled 微心愿 are here already: a
  // wish is fulfilled by the confirmed service record on its claim (service/routes.ts), so adding them would count
  // the same service twice.
  `create view ${S}.outcome_service as
   select s.city_id::integer as city_id,
     s.member_id::integer as member_id,
     s.community_org_id::integer as org_id,
     s.served_on::date as served_on,
     s.hours::numeric as hours,
     (s.status = 'confirmed')::boolean as confirmed
   from ${S}.service_record s
   where s.status <> 'rejected'`,

  // Requests from residents the community handles: 微心愿 (closed when fulfilled) and 结对帮扶 needs (closed when a
  // member pairs with the family, the day of that claim). The model sets no deadline for either.
  `create view ${S}.outcome_request as
   select w.city_id::integer as city_id,
     w.community_org_id::integer as org_id,
     w.collected_on::date as received_on,
     null::date as due_on,
     w.fulfilled_on::date as closed_on
   from ${S}.wish w
   union all
   select n.city_id::integer,
     n.community_org_id::integer,
     n.collected_on::date,
     null::date,
     (case when n.status = 'paired' then ${localDay('k.claimed_at')} end)::date
   from ${S}.pairing_need n
   left join ${S}.claim k on k.city_id = n.city_id and k.pairing_id = n.id`,

  // 共建项目 of a unit–community pair (core.org_link from the unit org to the community org), under the community.
  `create view ${S}.outcome_project as
   select p.city_id::integer as city_id,
     l.to_org_id::integer as org_id,
     p.started_on::date as started_on,
     p.completed_on::date as completed_on
   from ${S}.co_building_project p
   join core.org_link l on l.city_id = p.city_id and l.id = p.link_id`,

  // Every 小区 (core.place kind compound), covered since its 兼合式 org was formed. org_id is that org (a child of the
  // community org), or the community's org while uncovered. The community org is found from the grouped orgs of the
  // city (a hash join), not a lookup per compound: core.org has no (city_id, place_id) index.
  `create view ${S}.outcome_coverage as
   select cp.city_id::integer as city_id,
     coalesce(o.org_id, co.org_id)::integer as org_id,
     'compound'::text as unit_kind,
     cp.id::text as unit_key,
     o.formed_on::date as covered_since
   from core.place cp
   left join (
     select city_id, place_id, min(id) as org_id from core.org
     where kind in (${communityKinds}) and active and place_id is not null
     group by city_id, place_id
   ) co on co.city_id = cp.city_id and co.place_id = cp.parent_id
   left join ${S}.compound_coverage cv on cv.city_id = cp.city_id and cv.compound_place_id = cp.id
   left join ${S}.compound_org o on o.city_id = cv.city_id and o.org_id = cv.org_id
   where cp.kind = 'compound'`,
];

const down = ['coverage', 'project', 'request', 'service', 'engagement'].map(
  (fact) => `drop view if exists ${S}.outcome_${fact}`,
);

export const outcomeViews = {
  up: (db: Kysely<unknown>) => runStatements(db, up),
  down: (db: Kysely<unknown>) => runStatements(db, down),
};

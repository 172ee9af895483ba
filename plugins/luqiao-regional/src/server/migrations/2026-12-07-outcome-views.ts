import { runStatements } from '@jiceng/plugin-kit';
import type { Kysely } from 'kysely';

/**
 * Luqiao's shared outcome facts (core's outcomes/contract.ts), as views so they cannot drift from the regional
 * tables. Luqiao records no service by individual members (its centres serve visitors, its councils' member units
 * run projects), so there is no service view (the plugin declares it not applicable). Every column is cast to the
 * contract's type and named as it says, in its order; each view reads city-keyed indexes only.
 */
export const outcomeViews = {
  up: (db: Kysely<unknown>) =>
    runStatements(db, [
      // 区域登记: every current registration with a region, entered by the region's org (so confirmed by someone
      // other than the member). The org engaged with is the one the member registered through: the regional org,
      // or the service centre's org for members of units without an org. An ended registration (moved away, left
      // the region) no longer ties the member to it.
      `create view p_luqiao_regional.outcome_engagement as
       select r.city_id::integer as city_id,
              r.member_id::integer as member_id,
              (case when r.via = 'centre_org' then g.centre_org_id else g.regional_org_id end)::integer as org_id,
              r.registered_on::date as effective_on,
              true::boolean as confirmed
         from p_luqiao_regional.registration r
         join p_luqiao_regional.region g on g.city_id = r.city_id and g.id = r.region_id
        where r.ended_on is null`,
      // Requests from people: 限时办结 visits at a service centre (received, due by the time limit, 办结 when
      // completed; visits answered on the spot carry no time limit and are left out) and the issues raised on the
      // regions' party-representative reception days (received that day, due by the follow-up date, closed when
      // resolved or explained).
      `create view p_luqiao_regional.outcome_request as
       select v.city_id::integer as city_id,
              c.owner_org_id::integer as org_id,
              v.received_on::date as received_on,
              v.due_on::date as due_on,
              v.completed_on::date as closed_on
         from p_luqiao_regional.visit v
         join p_luqiao_regional.centre c on c.city_id = v.city_id and c.id = v.centre_id
        where v.time_limited
       union all
       select x.city_id::integer as city_id,
              g.regional_org_id::integer as org_id,
              d.held_on::date as received_on,
              x.follow_up_due_on::date as due_on,
              x.closed_on::date as closed_on
         from p_luqiao_regional.reception_visit x
         join p_luqiao_regional.reception_day d on d.city_id = x.city_id and d.id = x.reception_day_id
         join p_luqiao_regional.region g on g.city_id = d.city_id and g.id = d.region_id`,
      // Co-building council projects, under the region's org: started when work began (a project only declared
      // counts from its declaration: it is the council's work in hand), completed when the council recorded it so.
      // Projects the council dropped are left out: they were neither completed nor still under way.
      `create view p_luqiao_regional.outcome_project as
       select p.city_id::integer as city_id,
              g.regional_org_id::integer as org_id,
              coalesce(p.starts_on, p.declared_on)::date as started_on,
              p.completed_on::date as completed_on
         from p_luqiao_regional.council_project p
         join p_luqiao_regional.council k on k.city_id = p.city_id and k.id = p.council_id
         join p_luqiao_regional.region g on g.city_id = k.city_id and g.id = k.region_id
        where p.status <> 'dropped'`,
      // Units in a region: covered from joining the region when the unit has a party org of its own (its org moved
      // under the regional org, or kept its place), else from when the service centre's org took up its party work;
      // a unit without an org that the centre does not yet cover is not covered.
      `create view p_luqiao_regional.outcome_coverage as
       select ru.city_id::integer as city_id,
              g.regional_org_id::integer as org_id,
              'unit'::text as unit_kind,
              ru.unit_id::text as unit_key,
              (case when u.org_id is not null then ru.joined_on else ru.centre_covered_since end)::date as covered_since
         from p_luqiao_regional.region_unit ru
         join p_luqiao_regional.region g on g.city_id = ru.city_id and g.id = ru.region_id
         join core.unit u on u.city_id = ru.city_id and u.id = ru.unit_id`,
    ]),
  down: (db: Kysely<unknown>) =>
    runStatements(db, [
      `drop view if exists p_luqiao_regional.outcome_coverage`,
      `drop view if exists p_luqiao_regional.outcome_project`,
      `drop view if exists p_luqiao_regional.outcome_request`,
      `drop view if exists p_luqiao_regional.outcome_engagement`,
    ]),
};

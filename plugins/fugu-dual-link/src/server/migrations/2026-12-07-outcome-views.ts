import { runStatements } from '@jiceng/plugin-kit';
import type { Kysely } from 'kysely';

const S = 'p_fugu_dual_link';

/**
 * Fugu's shared outcome facts (core's outcomes/contract.ts), as views so they cannot drift from the dual-link
 * tables. Every column is cast to the contract's type and named as it says, in its order; each view reads
 * city-keyed indexes only (the primary keys lead with city_id; registrations by member or community). Local dates are Beijing time (UTC+8), as toLocalDate computes them.
 */
export const outcomeViews = {
  up: (db: Kysely<unknown>) =>
    runStatements(db, [
      // 双向登记: a member's open registration with their residence community (letter sent, stamped, filed).
      // Confirmed once the community stamped the 报到登记卡, effective from that day (from the letter before).
      // A returned letter or a closed registration (moved away: the new community's registration takes over)
      // no longer ties the member to the community.
      `create view ${S}.outcome_engagement as
       select r.city_id::integer as city_id,
              r.member_id::integer as member_id,
              r.community_org_id::integer as org_id,
              coalesce(r.stamped_on, r.sent_on)::date as effective_on,
              (r.stamped_on is not null)::boolean as confirmed
         from ${S}.registration r
        where r.status in ('sent', 'stamped', 'filed')`,
      // Service: taking part in the community's collective, service and cultural activities (hours when the
      // community noted them), and the practical things (实事) done for it, which carry no hours. Both are
      // recorded by the community, so confirmed. Study sessions and meetings are not service to the community.
      `create view ${S}.outcome_service as
       select p.city_id::integer as city_id,
              r.member_id::integer as member_id,
              a.community_org_id::integer as org_id,
              a.held_on::date as served_on,
              p.hours::numeric as hours,
              true::boolean as confirmed
         from ${S}.participation p
         join ${S}.activity a on a.city_id = p.city_id and a.id = p.activity_id
         join ${S}.registration r on r.city_id = p.city_id and r.id = p.registration_id
        where a.kind in ('collective', 'service', 'culture')
       union all
       select t.city_id::integer as city_id,
              r.member_id::integer as member_id,
              r.community_org_id::integer as org_id,
              t.done_on::date as served_on,
              null::numeric as hours,
              true::boolean as confirmed
         from ${S}.practical_thing t
         join ${S}.registration r on r.city_id = t.city_id and r.id = t.registration_id`,
      // Flags acted on: what the rules tell an org (a unit told its member is absent or moved; to the county
      // office when no org), closed when read there; six-month lapses of flowing members put to their branch,
      // closed when the branch excused or warned, or the higher org approved or rejected its proposal; members'
      // applications to change post, closed when the community decided. None of these has a deadline. And the
      // half-yearly 反馈卡 the community owes the unit: for every registration active at the end of a half year that
      // has ended (stamped by its last day and not closed by then, as the feedback_on_time_rate indicator counts),
      // received that last day, due feedbackGraceDays later (the city's config, default 15), closed when the
      // card for that half year ('2026-H1') was sent; still open while none was.
      `create view ${S}.outcome_request as
       select n.city_id::integer as city_id,
              n.to_org_id::integer as org_id,
              n.created_on::date as received_on,
              null::date as due_on,
              n.read_on::date as closed_on
         from ${S}.notice n
       union all
       select d.city_id::integer as city_id,
              d.branch_org_id::integer as org_id,
              d.raised_on::date as received_on,
              null::date as due_on,
              (case when d.status in ('excused', 'warned') then d.decided_on
                    when d.status in ('approved', 'rejected') then d.upper_decided_on end)::date as closed_on
         from ${S}.branch_decision d
       union all
       select q.city_id::integer as city_id,
              r.community_org_id::integer as org_id,
              ((q.created_at at time zone 'UTC') + interval '8 hours')::date as received_on,
              null::date as due_on,
              (case when q.status <> 'pending' then q.decided_on end)::date as closed_on
         from ${S}.post_change_request q
         join ${S}.registration r on r.city_id = q.city_id and r.id = q.registration_id
       union all
       select r.city_id::integer as city_id,
              r.community_org_id::integer as org_id,
              h.last_day::date as received_on,
              (h.last_day + coalesce((cp.config ->> 'feedbackGraceDays')::integer, 15))::date as due_on,
              f.sent_on::date as closed_on
         from ${S}.registration r
         left join core.city_plugin cp on cp.city_id = r.city_id and cp.plugin_id = 'fugu-dual-link'
         cross join lateral (
           -- Half years numbered year × 2 + (0 for H1, 1 for H2), from the last one ended by today (Beijing time)
           -- back to the one the registration was stamped in. The limit (the latest 50 years, far past any registration)
           -- keeps the planner's guess near the truth: it assumes 1,000 rows from the series for every
           -- registration and would spend ~40 ms compiling the query (JIT) for the ~2 rows each really has.
           select make_date(n / 2, 6 + 6 * (n % 2), 30 + n % 2) as last_day,
                  (n / 2)::text || case n % 2 when 0 then '-H1' else '-H2' end as period_key
             from generate_series(
                    (select extract(year from t)::integer * 2 + (extract(month from t) > 6)::integer - 1
                       from (select ((now() at time zone 'UTC') + interval '8 hours')::date as t) today),
                    extract(year from r.stamped_on)::integer * 2 + (extract(month from r.stamped_on) > 6)::integer,
                    -1) n
            limit 100
         ) h
         left join ${S}.feedback_card f
           on f.city_id = r.city_id and f.registration_id = r.id and f.kind = 'half_year' and f.period_key = h.period_key
        where r.stamped_on <= h.last_day
          and (r.status in ('stamped', 'filed') or r.closed_on > h.last_day)`,
      // Practical things (实事) for the community: the model records one when it is done, so it starts and
      // completes that day.
      `create view ${S}.outcome_project as
       select t.city_id::integer as city_id,
              r.community_org_id::integer as org_id,
              t.done_on::date as started_on,
              t.done_on::date as completed_on
         from ${S}.practical_thing t
         join ${S}.registration r on r.city_id = t.city_id and r.id = t.registration_id`,
      // Communities (community party committees): covered since the first stamped registration among those open
      // now; not covered while no member is registered there.
      `create view ${S}.outcome_coverage as
       select o.city_id::integer as city_id,
              o.id::integer as org_id,
              'community'::text as unit_kind,
              o.id::text as unit_key,
              reg.since::date as covered_since
         from core.org o
         left join lateral (
           select min(r.stamped_on) as since
             from ${S}.registration r
            where r.city_id = o.city_id and r.community_org_id = o.id and r.status in ('stamped', 'filed')
         ) reg on true
        where o.kind = 'community_committee' and o.active`,
    ]),
  down: (db: Kysely<unknown>) =>
    runStatements(db, [
      `drop view if exists ${S}.outcome_coverage`,
      `drop view if exists ${S}.outcome_project`,
      `drop view if exists ${S}.outcome_request`,
      `drop view if exists ${S}.outcome_service`,
      `drop view if exists ${S}.outcome_engagement`,
    ]),
};

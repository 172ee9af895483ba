import { runStatements } from '@jiceng/plugin-kit';
import type { Kysely } from 'kysely';

/**
 * Jinan's shared outcome facts (core's outcomes/contract.ts), as views so they cannot drift from the checklist's
 * tables. The checklist scores communities, not members: no engagement, service or project view (the plugin
 * declares those not applicable). Every column is cast to the contract's type and named as it says, in its order.
 * Local dates are Beijing time (UTC+8), as toLocalDate computes them.
 */
export const outcomeViews = {
  up: (db: Kysely<unknown>) =>
    runStatements(db, [
      // 整改 items: raised when the street approves an assessment (created_at), due by due_date, 销号 on closed_on.
      // A reopened item is open again (closed_on cleared), so it counts as open until closed anew.
      `create view p_jinan_standards.outcome_request as
       select x.city_id::integer as city_id,
              x.community_org_id::integer as org_id,
              ((x.created_at at time zone 'UTC') + interval '8 hours')::date as received_on,
              x.due_date::date as due_on,
              x.closed_on::date as closed_on
         from p_jinan_standards.rectification x`,
      // Finished (locked) assessments of a community, newest last: the lateral join below reads them per community.
      `create index assessment_place_done_idx on p_jinan_standards.assessment (city_id, community_place_id, locked_at)
         where state = 'done'`,
      // Communities meeting the standard: every community of the city is a unit to cover; it is covered since the
      // first of its latest unbroken run of finished assessments whose weighted score reached the city's pass mark
      // (passThreshold, default 80), and not covered when its latest finished assessment fell short or it has none.
      // The weighted score is the plugin's (shared/scoring.ts): 100 × Σ weight·score/max ÷ Σ weight over answered,
      // applicable standards, the street's review taking precedence over the self-assessment.
      `create view p_jinan_standards.outcome_coverage as
       select p.city_id::integer as city_id,
              coalesce(run.org_id, o.id)::integer as org_id,
              'community'::text as unit_kind,
              p.id::text as unit_key,
              run.covered_since::date as covered_since
         from core.place p
         left join (
           select distinct on (o.city_id, o.place_id) o.city_id, o.place_id, o.id
             from core.org o
            where o.place_id is not null and o.active
              and o.kind in ('community_committee', 'community_general_branch', 'community_branch')
            order by o.city_id, o.place_id, o.id
         ) o on o.city_id = p.city_id and o.place_id = p.id
         left join lateral (
           select min(s.locked_on) filter (where s.passed and s.locked_at > coalesce(s.last_failed, '-infinity')) as covered_since,
                  (array_agg(s.community_org_id order by s.locked_at desc))[1] as org_id
             from (
               select a.locked_at, a.community_org_id,
                      ((a.locked_at at time zone 'UTC') + interval '8 hours')::date as locked_on,
                      coalesce(sc.score >= coalesce((cp.config ->> 'passThreshold')::numeric, 80), false) as passed,
                      max(a.locked_at) filter (where not coalesce(sc.score >= coalesce((cp.config ->> 'passThreshold')::numeric, 80), false)) over () as last_failed
                 from p_jinan_standards.assessment a
                 left join core.city_plugin cp on cp.city_id = a.city_id and cp.plugin_id = 'jinan-standards'
                 cross join lateral (
                   -- Answered, applicable items only, as FILTER clauses rather than WHERE conditions: the planner
                   -- then sees the ~30 results an assessment has and looks each standard up by its key.
                   select 100 * sum(r.weight * x.score / s.max_score) filter (where x.counted)
                            / nullif(sum(r.weight) filter (where x.counted), 0) as score
                     from p_jinan_standards.result r
                     join p_jinan_standards.standard s
                       on s.city_id = r.city_id and s.id = r.standard_id and s.template_version_id = r.template_version_id
                     cross join lateral (
                       select case when r.review_result is not null then r.review_score else r.self_score end as score,
                              coalesce(r.review_result, r.self_result) in ('met', 'partly', 'not_met')
                                and (case when r.review_result is not null then r.review_score else r.self_score end) is not null
                                as counted
                     ) x
                    where r.city_id = a.city_id and r.assessment_id = a.id
                 ) sc
                where a.city_id = p.city_id and a.community_place_id = p.id and a.state = 'done'
             ) s
         ) run on true
        where p.kind = 'community'`,
    ]),
  down: (db: Kysely<unknown>) =>
    runStatements(db, [
      `drop view if exists p_jinan_standards.outcome_coverage`,
      `drop view if exists p_jinan_standards.outcome_request`,
      `drop index if exists p_jinan_standards.assessment_place_done_idx`,
    ]),
};

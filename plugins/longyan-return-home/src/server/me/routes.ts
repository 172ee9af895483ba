import { describe, num, type PluginContext, type PluginEnv, todayOf } from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { Config } from '../../manifest';
import { periodOf } from '../../shared/model';
import { loadMember, S, TAG } from '../common';
import type { LongyanTables } from '../db';
import { ruleTarget } from '../reports/rule';
import { meSchema } from './schemas';

const schema = sql.raw(S);

export function meRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/me',
    describe({
      summary: 'The logged-in member’s page: where to report, report status, tags, grid, claims and service',
      response: meSchema,
      ...TAG,
    }),
    async (c) => {
      const memberId = c.get('actor').memberId;
      const city = c.get('city');
      const period = periodOf(todayOf(ctx));
      if (!memberId) return c.json({ member: null, period });
      const member = await loadMember(db, city.id, memberId);
      const [rule, info, report, tags, placement, teams, counts] = await Promise.all([
        ruleTarget(db, city.id, member),
        sql<any>`
        select m.name, m.category, m.cadre_rank, o.name as org_name, u.name as unit_name, p.name as residence_name
        from core.member m join core.org o on o.city_id = m.city_id and o.id = m.org_id
        left join core.unit u on u.city_id = m.city_id and u.id = m.unit_id
        left join core.place p on p.city_id = m.city_id and p.id = m.residence_place_id
        where m.city_id = ${city.id} and m.id = ${member.id}`.execute(db),
        sql<any>`
        select r.id, r.status, r.period, r.rule, r.community_org_id, co.name as community_org_name, r.reported_at, r.certificate_no,
          r.certificate_issued_at, r.confirmed_at, io.name as issuer_org_name
        from ${schema}.report r
        join core.org co on co.city_id = r.city_id and co.id = r.community_org_id
        join core.org io on io.city_id = r.city_id and io.id = r.issuer_org_id
        where r.city_id = ${city.id} and r.member_id = ${member.id} and r.period = ${period}`.execute(db),
        db
          .selectFrom(`${S}.pioneer_tag`)
          .select('tag')
          .where('city_id', '=', city.id)
          .where('member_id', '=', member.id)
          .execute(),
        sql<any>`
        select p.grid_org_id, o.name, p.placed_on from ${schema}.grid_placement p
        join core.org o on o.city_id = p.city_id and o.id = p.grid_org_id
        where p.city_id = ${city.id} and p.member_id = ${member.id}`.execute(db),
        sql<any>`
        select t.id, t.name from ${schema}.team_member tm join ${schema}.volunteer_team t on t.city_id = tm.city_id and t.id = tm.team_id
        where tm.city_id = ${city.id} and tm.member_id = ${member.id} order by t.id`.execute(db),
        sql<any>`
        select
          (select count(*) from ${schema}.claim where city_id = ${city.id} and member_id = ${member.id})::int as claims,
          (select count(*) from ${schema}.service_record where city_id = ${city.id} and member_id = ${member.id} and status = 'confirmed')::int as confirmed_records,
          (select count(*) from ${schema}.service_record where city_id = ${city.id} and member_id = ${member.id} and status = 'submitted')::int as pending_records,
          (select coalesce(sum(hours), 0) from ${schema}.service_record where city_id = ${city.id} and member_id = ${member.id} and status = 'confirmed') as hours`.execute(
          db,
        ),
      ]);
      const m = info.rows[0];
      const r = report.rows[0];
      const k = counts.rows[0];
      return c.json({
        member: {
          id: member.id,
          name: m.name,
          category: m.category,
          cadreRank: m.cadre_rank,
          orgName: m.org_name,
          unitName: m.unit_name,
          residenceName: m.residence_name,
        },
        period,
        rule: {
          rule: rule.rule,
          residenceCommunity: rule.residenceCommunity,
          target: rule.target ? { id: rule.target.id, name: rule.target.name } : null,
          paired: rule.paired.map((p) => ({ id: p.id, name: p.name })),
          problem: rule.problem,
        },
        report: r
          ? {
              id: r.id,
              status: r.status,
              period: r.period,
              rule: r.rule,
              communityOrgId: r.community_org_id,
              communityOrgName: r.community_org_name,
              issuerOrgName: r.issuer_org_name,
              reportedAt: r.reported_at,
              certificateNo: r.certificate_no,
              certificateIssuedAt: r.certificate_issued_at,
              confirmedAt: r.confirmed_at,
            }
          : null,
        tags: tags.map((t) => t.tag),
        grid: placement.rows[0]
          ? {
              id: placement.rows[0].grid_org_id,
              name: placement.rows[0].name,
              placedOn: placement.rows[0].placed_on,
            }
          : null,
        teams: teams.rows.map((t) => ({ id: t.id, name: t.name })),
        counts: {
          claims: num(k.claims),
          confirmedRecords: num(k.confirmed_records),
          pendingRecords: num(k.pending_records),
          hours: num(k.hours),
        },
      });
    },
  );

  return app;
}

import { randomBytes } from 'node:crypto';
import {
  ApiError,
  actionsFor,
  describe,
  enforce,
  idParam,
  invalid,
  notFound,
  num,
  type PluginContext,
  type PluginEnv,
  paging,
  pathInScope,
  positiveId,
  queryId,
  recordAudit,
  refuse,
  requireOrgLevel,
  say,
  scopeCondition,
  todayOf,
  toLocalDate,
  validate,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { certificateNumber, periodOf } from '../../shared/model';
import { askerOf, communityOrgInScope, S, subjectMember, TAG } from '../common';
import type { LongyanTables } from '../db';
import { pageOf } from '../schemas';
import {
  type Asker,
  mayConfirm,
  mayIssueCertificate,
  maySeeCertificateNo,
  type ReportFacts,
} from './permissions';
import { comparisonRows, REPORT_COLUMNS, reportQuery } from './queries';
import { ruleTarget } from './rule';
import { certificateSchema, comparisonSchema, issuedSchema, reportSchema, ruleSchema } from './schemas';

const reportBody = z.object({
  memberId: positiveId.nullable().optional(),
  /** Only needed when the member's unit is paired with several communities. */
  communityOrgId: positiveId.nullable().optional(),
});
const ruleQuery = z.object({ memberId: queryId.optional() });
const period = z.string().regex(/^\d{4}$/, 'YYYY');
const listQuery = paging.extend({
  communityOrgId: queryId.optional(),
  status: z.enum(['online', 'confirmed', 'awaiting_certificate']).optional(),
  period: period.optional(),
  q: z.string().trim().max(60).optional(),
});
const confirmBody = z.object({ certificateNo: z.string().trim().min(1).max(40) });
const comparisonQuery = paging.extend({
  unitId: queryId.optional(),
  period: period.optional(),
  status: z.enum(['not_reported', 'online', 'unconfirmed']).default('unconfirmed'),
});

type C = Context<PluginEnv<Config>>;

export interface ReportRow {
  id: number;
  member_id: number;
  period: string;
  community_org_id: number;
  rule: string;
  issuer_org_id: number;
  status: 'online' | 'confirmed';
  reported_at: Date;
  certificate_no: string | null;
  certificate_issued_at: Date | null;
  confirmed_at: Date | null;
}

const factsOf = (r: any): ReportFacts => ({
  memberId: r.member_id,
  communityOrgId: r.community_org_id,
  issuerPath: r.issuer_path,
  status: r.status,
  certificateIssued: r.certificate_no != null,
});

/**
 * A report as one asker may see it: the 报到证 number only for those who may read it (never the confirming
 * community, which types it from the paper), and what the asker may do with it, in the asker's language.
 */
const reportFor = (c: C, who: Asker, r: any) => {
  const facts = factsOf(r);
  const view = reportView(r);
  return {
    ...view,
    certificateNo: maySeeCertificateNo(who, facts) ? view.certificateNo : null,
    certificateIssued: facts.certificateIssued,
    actions: actionsFor(
      { confirm: mayConfirm(who, facts), issueCertificate: mayIssueCertificate(who, facts) },
      c.get('locale'),
    ),
  };
};

export const reportView = (r: any) => ({
  id: r.id,
  memberId: r.member_id,
  memberName: r.member_name,
  period: r.period,
  communityOrgId: r.community_org_id,
  communityOrgName: r.community_org_name,
  rule: r.rule,
  issuerOrgId: r.issuer_org_id,
  issuerOrgName: r.issuer_org_name,
  unitName: r.unit_name ?? null,
  status: r.status,
  reportedAt: r.reported_at,
  certificateNo: r.certificate_no,
  certificateIssuedAt: r.certificate_issued_at,
  confirmedAt: r.confirmed_at,
});

export function reportRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db, clock } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  /** A report the actor may see: their own, or one whose member or community lies in their scope. */
  async function load(c: C, id: number) {
    const row: any = await reportQuery(db, c.get('city').id)
      .select(REPORT_COLUMNS)
      .where('r.id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound(say('报到记录', 'Report'));
    const access = c.get('access');
    const own = c.get('actor').memberId === row.member_id;
    const visible =
      own ||
      pathInScope(access, row.community_path) ||
      pathInScope(access, row.member_org_path) ||
      pathInScope(access, row.issuer_path);
    if (!visible) throw notFound(say('报到记录', 'Report'));
    return { row, own };
  }

  app.get(
    '/reports/rule',
    describe({ summary: '报到原则: where a member reports and why', response: ruleSchema, ...TAG }),
    validate('query', ruleQuery),
    async (c) => {
      const { member } = await subjectMember(db, c, c.req.valid('query').memberId);
      const target = await ruleTarget(db, c.get('city').id, member);
      const current = await db
        .selectFrom(`${S}.report`)
        .select(['id', 'status'])
        .where('city_id', '=', c.get('city').id)
        .where('member_id', '=', member.id)
        .where('period', '=', periodOf(todayOf(ctx)))
        .executeTakeFirst();
      return c.json({
        memberId: member.id,
        memberName: member.name,
        period: periodOf(todayOf(ctx)),
        ...target,
        current: current ?? null,
      });
    },
  );

  app.post(
    '/reports',
    describe({
      summary: 'Step 1: report online (线上报到) to the community the rule names',
      status: 201,
      response: reportSchema,
      ...TAG,
      responses: { 409: 'already reported this period, or no community to report to' },
    }),
    validate('json', reportBody),
    async (c) => {
      const body = c.req.valid('json');
      const city = c.get('city');
      const { member } = await subjectMember(db, c, body.memberId);
      if (member.category !== 'in_service' || !member.active)
        throw refuse(say('只有在职党员需要报到', 'only active in-service members report'), 'memberId');
      const now = clock.now();
      const thisPeriod = periodOf(toLocalDate(now));
      const existing = await db
        .selectFrom(`${S}.report`)
        .select('id')
        .where('city_id', '=', city.id)
        .where('member_id', '=', member.id)
        .where('period', '=', thisPeriod)
        .executeTakeFirst();
      if (existing)
        throw refuse(say(`本期（${thisPeriod}）已报到`, `already reported for ${thisPeriod}`), 'memberId');
      const rule = await ruleTarget(db, city.id, member);
      let target = rule.target;
      if (rule.problem === 'no_community_org')
        throw refuse(say('居住社区尚未建立党组织', 'the residence community has no party org'));
      if (rule.problem === 'not_paired')
        throw refuse(say('所在单位尚未与社区结对共建', 'the unit is not paired with any community'));
      if (rule.problem === 'several_paired') {
        target = rule.paired.find((p) => p.id === body.communityOrgId) ?? null;
        if (!target)
          throw invalid(
            say('单位结对了多个社区，请选择其一', 'the unit is paired with several communities: pick one'),
            'communityOrgId',
          );
      } else if (body.communityOrgId != null && body.communityOrgId !== target!.id) {
        throw invalid(
          say(`按报到原则应到「${target!.name}」报到`, `the rule sends this member to ${target!.name}`),
          'communityOrgId',
        );
      }
      const created = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.report`)
          .values({
            city_id: city.id,
            member_id: member.id,
            period: thisPeriod,
            community_org_id: target!.id,
            rule: rule.rule,
            issuer_org_id: rule.issuerOrgId,
            status: 'online',
            reported_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'report',
          entity: `${S}.report`,
          entityId: row.id,
          after: row,
        });
        return row;
      });
      return c.json(
        reportView({ ...created, member_name: member.name, community_org_name: target!.name }),
        201,
      );
    },
  );

  app.get(
    '/reports',
    describe({
      summary: 'Reports to communities (or of members) in scope; filter by community, status, period',
      response: pageOf(reportSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const city = c.get('city');
      let q = reportQuery(db, city.id)
        .where('r.period', '=', f.period ?? periodOf(todayOf(ctx)))
        .where(scopeCondition(c.get('access'), ['co.path', 'mo.path']));
      if (f.communityOrgId) {
        await communityOrgInScope(db, c, f.communityOrgId);
        q = q.where('r.community_org_id', '=', f.communityOrgId);
      }
      if (f.status === 'awaiting_certificate')
        q = q.where('r.status', '=', 'online').where('r.certificate_no', 'is', null);
      else if (f.status) q = q.where('r.status', '=', f.status);
      if (f.q) q = q.where('m.name', 'ilike', `%${f.q}%`);
      const [rows, total] = await Promise.all([
        q
          .select(REPORT_COLUMNS)
          .orderBy('r.reported_at', 'desc')
          .orderBy('r.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      const who = askerOf(c);
      return c.json({
        items: rows.map((r) => reportFor(c, who, r)),
        total: num((total as any).n),
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  app.get(
    '/reports/:id',
    describe({ summary: 'One report', response: reportSchema, ...TAG, responses: { 404: 'unknown report' } }),
    validate('param', idParam),
    async (c) => {
      const { row } = await load(c, c.req.valid('param').id);
      return c.json(reportFor(c, askerOf(c), row));
    },
  );

  app.post(
    '/reports/:id/certificate',
    describe({
      summary: 'The unit’s party org issues the 报到证 for an online report',
      status: 201,
      response: issuedSchema,
      noBody: true,
      ...TAG,
      responses: { 409: 'already issued or already confirmed' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const { row } = await load(c, c.req.valid('param').id);
      enforce(mayIssueCertificate(askerOf(c), factsOf(row)));
      const city = c.get('city');
      const config = c.get('pluginConfig');
      const certificateNo = certificateNumber(
        config.certificatePrefix,
        row.period,
        row.member_id,
        randomBytes(2).toString('hex'),
      );
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.report`)
          .set({
            certificate_no: certificateNo,
            certificate_issued_at: now,
            certificate_issued_by: c.get('actor').userId,
          })
          .where('city_id', '=', city.id)
          .where('id', '=', row.id)
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'issue_certificate',
          entity: `${S}.report`,
          entityId: row.id,
          before: { certificateNo: null },
          after: { certificateNo, memberId: row.member_id },
        });
      });
      return c.json(reportView({ ...row, certificate_no: certificateNo, certificate_issued_at: now }), 201);
    },
  );

  app.get(
    '/reports/:id/certificate',
    describe({
      summary: 'The printable 报到证',
      response: certificateSchema,
      ...TAG,
      responses: { 409: 'not issued yet' },
    }),
    validate('param', idParam),
    async (c) => {
      const { row } = await load(c, c.req.valid('param').id);
      if (!row.certificate_no)
        throw refuse(
          say('单位党组织尚未开具报到证', 'the unit’s party org has not issued the certificate yet'),
        );
      // The confirming community must not print what it is meant to check against the member's paper.
      if (!maySeeCertificateNo(askerOf(c), factsOf(row)))
        throw new ApiError(403, 'forbidden_because', {
          reason: say(
            '报到证由党员本人出示，社区党组织不能查看其编号',
            'the member shows the certificate; the community org does not see its number',
          ),
        });
      return c.json({ ...reportView(row), cityName: c.get('city').name_zh });
    },
  );

  app.post(
    '/reports/:id/confirm',
    describe({
      summary: 'Step 2: the community org checks the 报到证 and confirms the report offline',
      response: reportSchema,
      ...TAG,
      responses: { 403: 'not the community org', 409: 'no certificate yet, or already confirmed' },
    }),
    validate('param', idParam),
    validate('json', confirmBody),
    async (c) => {
      const { row } = await load(c, c.req.valid('param').id);
      enforce(mayConfirm(askerOf(c), factsOf(row)));
      const { certificateNo } = c.req.valid('json');
      if (certificateNo.toUpperCase() !== row.certificate_no)
        throw invalid(say('报到证编号不符', 'the certificate number does not match'), 'certificateNo');
      const city = c.get('city');
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable(`${S}.report`)
          .set({ status: 'confirmed', confirmed_at: now, confirmed_by: c.get('actor').userId })
          .where('city_id', '=', city.id)
          .where('id', '=', row.id)
          .where('status', '=', 'online')
          .executeTakeFirst();
        // The member hears of it in the shell's bell (their report page is the plugin's home for a member).
        if (Number(updated.numUpdatedRows) === 1)
          await ctx.notify(trx, {
            cityId: city.id,
            memberIds: [row.member_id],
            kind: 'report_confirmed',
            title: { 'zh-CN': '您的报到已线下确认', en: 'Your report was confirmed' },
            body: {
              'zh-CN': `社区党组织已核对报到证 ${row.certificate_no}，确认您 ${row.period} 的报到。`,
              en: `The community party org checked certificate ${row.certificate_no} and confirmed your report for ${row.period}.`,
            },
            onceKey: `report:${row.id}:confirmed`,
          });
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'confirm',
          entity: `${S}.report`,
          entityId: row.id,
          before: { status: 'online' },
          after: { status: 'confirmed', memberId: row.member_id },
        });
      });
      return c.json(reportView({ ...row, status: 'confirmed', confirmed_at: now }));
    },
  );

  // 检索比对: in-service members of each unit in scope who have not reported, or whose report is not yet confirmed.
  app.get(
    '/comparison',
    describe({
      summary: '检索比对: per unit, members not reported or not yet confirmed, for the unit’s org to chase',
      response: comparisonSchema,
      ...TAG,
    }),
    validate('query', comparisonQuery),
    async (c) => {
      requireOrgLevel(c);
      const f = c.req.valid('query');
      const city = c.get('city');
      const p = f.period ?? periodOf(todayOf(ctx));
      if (f.unitId) {
        const unit = await db
          .selectFrom('core.unit as u')
          .leftJoin('core.org as o', (j) =>
            j.onRef('o.city_id', '=', 'u.city_id').onRef('o.id', '=', 'u.org_id'),
          )
          .select(['u.id', 'o.path'])
          .where('u.city_id', '=', city.id)
          .where('u.id', '=', f.unitId)
          .executeTakeFirst();
        if (!unit) throw new ApiError(400, 'cross_city', { field: 'unitId' }, 'unitId');
        if (!unit.path || !pathInScope(c.get('access'), unit.path))
          throw new ApiError(400, 'out_of_scope', { field: 'unitId' }, 'unitId');
      }
      const scope = scopeCondition(c.get('access'), ['mo.path']);
      const { summary, items, total } = await comparisonRows(db, city.id, p, scope, f);
      return c.json({
        period: p,
        units: summary.rows.map((r) => ({
          unitId: r.unit_id,
          unitName: r.unit_name,
          orgId: r.org_id,
          total: num(r.total),
          notReported: num(r.not_reported),
          online: num(r.online),
          awaitingCertificate: num(r.awaiting_certificate),
          confirmed: num(r.confirmed),
        })),
        items: items.rows.map((r) => ({
          memberId: r.member_id,
          memberName: r.member_name,
          unitId: r.unit_id,
          unitName: r.unit_name,
          reportId: r.report_id,
          status: r.status,
          certificateIssued: r.certificate_no != null,
          reportedAt: r.reported_at,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
        })),
        total: num(total.rows[0]?.n),
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  return app;
}

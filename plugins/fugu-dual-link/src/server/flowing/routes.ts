import {
  ApiError,
  describe,
  forbidden,
  idParam,
  notFound,
  orgInScope,
  type PluginEnv,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { addDays, addMonths } from '../../shared/dates';
import {
  audit,
  type C,
  type Ctx,
  cityId,
  conflict,
  ENTITY,
  inScope,
  invalid,
  isoDate,
  requireAdmin,
  S,
  TAG,
  text,
  today,
  say,
} from '../common';
import {
  cardIssuedSchema,
  decisionSchema,
  decisionsSchema,
  flowingListSchema,
  flowingOutSchema,
  flowingStatusSchema,
  incomingSchema,
  orgLifeSchema,
} from '../schemas';
import type { FuguDb } from '../db';
import type { Config } from '../../manifest';

const outBody = z.object({
  memberId: z.number().int().positive(),
  destination: text(200),
  fixedPlace: z.boolean().default(false),
  leftOn: isoDate,
  expectedReturnOn: isoDate,
  /** Long-term at a fixed place but the relation cannot be moved yet: still a flowing member with a card. */
  cannotTransfer: z.boolean().default(false),
});
const inBody = z.object({
  memberId: z.number().int().positive(),
  cardNo: z.string().trim().min(1, '须持《流动党员活动证》/ the activity card is required').max(40),
  fromOrgName: text(100),
  arrivedOn: isoDate,
  branchOrgId: z.number().int().positive(),
});
const returnBody = z.object({
  on: isoDate.optional(),
  cardChecked: z.boolean().default(false),
  note: z.string().trim().max(500).nullable().optional(),
});
const endBody = z.object({ on: isoDate.optional(), note: z.string().trim().max(500).nullable().optional() });
const lifeBody = z.object({
  kind: z.enum(['org_life', 'dues']),
  onDate: isoDate,
  note: z.string().trim().max(200).nullable().optional(),
});
const listQuery = z.object({
  direction: z.enum(['out', 'in']).optional(),
  status: z.enum(['open', 'returned', 'transferred']).optional(),
});
const decideBody = z.object({
  decision: z.enum(['excused', 'warned', 'proposed']),
  branchMeetingOn: isoDate.optional(),
  note: z.string().trim().max(500).nullable().optional(),
});
const approveBody = z.object({
  approve: z.boolean(),
  note: z.string().trim().max(500).nullable().optional(),
});
const decisionQuery = z.object({
  status: z.enum(['pending', 'excused', 'warned', 'proposed', 'approved', 'rejected']).optional(),
});

async function memberInScope(db: FuguDb, c: C, memberId: number, field: string) {
  const m = await db
    .selectFrom('core.member as m')
    .innerJoin('core.org as o', (j) => j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'))
    .select(['m.id', 'm.name', 'm.org_id', 'm.active', 'o.path'])
    .where('m.city_id', '=', cityId(c))
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  if (!m) throw new ApiError(400, 'cross_city', { field }, field);
  return m as { id: number; name: string; org_id: number; active: boolean; path: string };
}

const cardNo = (id: number, on: string) => `LDZ${on.slice(0, 4)}${String(id).padStart(5, '0')}`;

export function flowingRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function loadFlow(c: C, id: number) {
    const f = await db
      .selectFrom(`${S}.flow_record as f`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'f.city_id').onRef('o.id', '=', 'f.branch_org_id'),
      )
      .selectAll('f')
      .select('o.path')
      .where('f.city_id', '=', cityId(c))
      .where('f.id', '=', id)
      .executeTakeFirst();
    if (!f || !inScope(c.get('access'), f.path)) throw notFound(ENTITY.flow);
    return f as any;
  }

  app.get(
    '/flowing',
    describe({
      summary:
        'Flowing members out of and into the actor’s branches, with months away and last organization life and dues',
      response: flowingListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireAdmin(c);
      const f = c.req.valid('query');
      const access = c.get('access');
      const t = today(ctx);
      const scope =
        access.level === 'city'
          ? sql`true`
          : access.level === 'orgs'
            ? sql`(${sql.join(
                access.paths.map((p) => sql`o.path like ${`${p}%`}`),
                sql` or `,
              )})`
            : sql`false`;
      const r =
        await sql<any>`select f.id, f.direction, f.member_id as "memberId", m.name as "memberName", f.branch_org_id as "branchOrgId", o.name as "branchName",
        f.place_text as "placeText", f.fixed_place as "fixedPlace", f.started_on as "startedOn", f.expected_return_on as "expectedReturnOn",
        f.card_no as "cardNo", f.card_issued_on as "cardIssuedOn", f.transfer_prompted as "transferPrompted", f.status, f.ended_on as "endedOn", f.card_checked as "cardChecked",
        (select max(l.on_date) from ${sql.table(`${S}.org_life_record`)} l where l.city_id = f.city_id and l.member_id = f.member_id and l.kind = 'org_life') as "lastOrgLife",
        (select max(l.on_date) from ${sql.table(`${S}.org_life_record`)} l where l.city_id = f.city_id and l.member_id = f.member_id and l.kind = 'dues') as "lastDues",
        (select d.status from ${sql.table(`${S}.branch_decision`)} d where d.city_id = f.city_id and d.member_id = f.member_id order by d.id desc limit 1) as "decisionStatus"
      from ${sql.table(`${S}.flow_record`)} f
      join core.member m on m.city_id = f.city_id and m.id = f.member_id
      join core.org o on o.city_id = f.city_id and o.id = f.branch_org_id
      where f.city_id = ${cityId(c)} and ${scope}
        ${f.direction ? sql`and f.direction = ${f.direction}` : sql``}
        ${f.status ? sql`and f.status = ${f.status}` : sql``}
      order by f.id desc limit 1000`.execute(db);
      const sixAgo = addMonths(t, -6);
      return c.json({
        items: r.rows.map((x: any) => {
          const since = (d: string | null) => (d && d > x.startedOn ? d : x.startedOn);
          return {
            ...x,
            transferSuggested:
              x.status === 'open' && x.direction === 'out' && x.fixedPlace && x.startedOn <= sixAgo,
            lapsed: x.status === 'open' && (since(x.lastOrgLife) < sixAgo || since(x.lastDues) < sixAgo),
          };
        }),
      });
    },
  );

  // Out under six months → 《流动党员活动证》; over six months at a fixed place → move the relation.
  app.post(
    '/flowing/out',
    describe({
      summary:
        'Register a member leaving: under six months gets an activity card, over six months at a fixed place is asked to transfer the relation',
      status: 201,
      response: flowingOutSchema,
      ...TAG,
    }),
    validate('json', outBody),
    async (c) => {
      requireAdmin(c);
      const b = c.req.valid('json');
      const m = await memberInScope(db, c, b.memberId, 'memberId');
      if (!inScope(c.get('access'), m.path))
        throw new ApiError(400, 'out_of_scope', { field: 'memberId' }, 'memberId');
      if (!m.active) throw invalid(say('党员已停用', 'member is inactive'), 'memberId');
      if (b.expectedReturnOn <= b.leftOn)
        throw invalid(
          say('预计返回日期须晚于外出日期', 'return must come after leaving'),
          'expectedReturnOn',
        );
      if (b.leftOn > addDays(today(ctx), 90))
        throw invalid(say('外出日期过远', 'leaving date too far ahead'), 'leftOn');
      const city = cityId(c);
      const open = await db
        .selectFrom(`${S}.flow_record`)
        .select('id')
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .where('direction', '=', 'out')
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (open)
        throw conflict(say('该党员已有外出登记', 'the member is already registered as away'), 'memberId');
      const longTerm = b.expectedReturnOn > addMonths(b.leftOn, 6);
      const transfer = longTerm && b.fixedPlace;
      const issueCard = !transfer || b.cannotTransfer;
      const on = today(ctx);
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.flow_record`)
          .values({
            city_id: city,
            member_id: m.id,
            direction: 'out',
            branch_org_id: m.org_id,
            place_text: b.destination,
            fixed_place: b.fixedPlace,
            started_on: b.leftOn,
            expected_return_on: b.expectedReturnOn,
            transfer_prompted: transfer,
            created_by: c.get('actor').userId,
          })
          .returning(['id'])
          .executeTakeFirstOrThrow();
        let card: string | null = null;
        if (issueCard) {
          card = cardNo(row.id, on);
          await trx
            .updateTable(`${S}.flow_record`)
            .set({ card_no: card, card_issued_on: on })
            .where('city_id', '=', city)
            .where('id', '=', row.id)
            .execute();
        }
        await audit(trx, c, 'create', 'flow_record', row.id, null, {
          ...b,
          longTerm,
          transferPrompted: transfer,
          cardNo: card,
        });
        return { id: row.id as number, cardNo: card };
      });
      return c.json(
        {
          id: row.id,
          longTerm,
          cardNo: row.cardNo,
          /** What the branch should do next. */
          outcome: row.cardNo ? 'activity_card' : 'transfer_relation',
          transferPrompted: transfer,
        },
        201,
      );
    },
  );

  app.post(
    '/flowing/:id/issue-card',
    describe({
      summary: 'Issue the activity card after all (the relation cannot be moved for now)',
      noBody: true,
      response: cardIssuedSchema,
      responses: { 404: 'no such record', 409: 'already has a card or closed' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireAdmin(c);
      const f = await loadFlow(c, c.req.valid('param').id);
      if (f.direction !== 'out' || f.status !== 'open')
        throw conflict(say('只对外出中的党员发证', 'only for a member away'), 'id');
      if (f.card_no) throw conflict(say('已发证', 'card already issued'), 'id');
      const on = today(ctx);
      const no = cardNo(f.id, on);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.flow_record`)
          .set({ card_no: no, card_issued_on: on })
          .where('city_id', '=', cityId(c))
          .where('id', '=', f.id)
          .execute();
        await audit(trx, c, 'issue_card', 'flow_record', f.id, null, { cardNo: no });
      });
      return c.json({ id: f.id, cardNo: no });
    },
  );

  app.post(
    '/flowing/:id/return',
    describe({
      summary: 'The member is back: the branch checks the activity card and closes the record',
      response: flowingStatusSchema,
      responses: { 404: 'no such record' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', returnBody),
    async (c) => {
      requireAdmin(c);
      const f = await loadFlow(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (f.status !== 'open') throw conflict(say('记录已结束', 'record already closed'), 'id');
      if (f.direction === 'out' && f.card_no && !b.cardChecked)
        throw invalid(say('返回后须查验《流动党员活动证》', 'check the activity card first'), 'cardChecked');
      const on = b.on ?? today(ctx);
      if (on < f.started_on) throw invalid(say('返回日期早于外出日期', 'before leaving'), 'on');
      if (on > today(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'on');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.flow_record`)
          .set({ status: 'returned', ended_on: on, card_checked: b.cardChecked, end_note: b.note ?? null })
          .where('city_id', '=', cityId(c))
          .where('id', '=', f.id)
          .execute();
        if (f.affiliation_id)
          await trx
            .updateTable('core.member_affiliation')
            .set({ until: on })
            .where('city_id', '=', cityId(c))
            .where('id', '=', f.affiliation_id)
            .where('until', 'is', null)
            .execute();
        await audit(
          trx,
          c,
          'return',
          'flow_record',
          f.id,
          { status: f.status },
          { status: 'returned', on, cardChecked: b.cardChecked },
        );
      });
      return c.json({ id: f.id, status: 'returned' });
    },
  );

  app.post(
    '/flowing/:id/transfer',
    describe({
      summary: 'The relation was transferred out (the member settled at a fixed place)',
      response: flowingStatusSchema,
      responses: { 404: 'no such record' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', endBody),
    async (c) => {
      requireAdmin(c);
      const f = await loadFlow(c, c.req.valid('param').id);
      if (f.direction !== 'out' || f.status !== 'open')
        throw conflict(say('只对外出中的党员办理', 'only for a member away'), 'id');
      const b = c.req.valid('json');
      const on = b.on ?? today(ctx);
      if (on < f.started_on || on > today(ctx))
        throw invalid(say('日期不在外出期间', 'date out of range'), 'on');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.flow_record`)
          .set({ status: 'transferred', ended_on: on, end_note: b.note ?? null })
          .where('city_id', '=', cityId(c))
          .where('id', '=', f.id)
          .execute();
        await audit(
          trx,
          c,
          'transfer',
          'flow_record',
          f.id,
          { status: f.status },
          { status: 'transferred', on },
        );
      });
      return c.json({ id: f.id, status: 'transferred' });
    },
  );

  // Incoming members holding the card must be accepted and placed in a branch.
  app.post(
    '/flowing/incoming',
    describe({
      summary: 'Accept an incoming flowing member holding the activity card and place them in a branch',
      status: 201,
      response: incomingSchema,
      ...TAG,
    }),
    validate('json', inBody),
    async (c) => {
      requireAdmin(c);
      const b = c.req.valid('json');
      const branch = await orgInScope(db, c, b.branchOrgId, 'branchOrgId');
      const m = await memberInScope(db, c, b.memberId, 'memberId');
      if (!m.active) throw invalid(say('党员已停用', 'member is inactive'), 'memberId');
      if (b.arrivedOn > today(ctx))
        throw invalid(say('日期不能晚于今天', 'date is in the future'), 'arrivedOn');
      const city = cityId(c);
      const open = await db
        .selectFrom(`${S}.flow_record`)
        .select('id')
        .where('city_id', '=', city)
        .where('member_id', '=', m.id)
        .where('direction', '=', 'in')
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (open) throw conflict(say('该党员已编入支部', 'already placed in a branch'), 'memberId');
      const row = await db.transaction().execute(async (trx) => {
        const aff = await trx
          .insertInto('core.member_affiliation')
          .values({
            city_id: city,
            member_id: m.id,
            kind: 'org',
            org_id: branch.id,
            place_id: null,
            since: b.arrivedOn,
            note: `流动党员 ${b.cardNo}`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const row = await trx
          .insertInto(`${S}.flow_record`)
          .values({
            city_id: city,
            member_id: m.id,
            direction: 'in',
            branch_org_id: branch.id,
            place_text: b.fromOrgName,
            started_on: b.arrivedOn,
            card_no: b.cardNo,
            card_issued_on: null,
            card_checked: true,
            affiliation_id: aff.id,
            created_by: c.get('actor').userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'accept', 'flow_record', row.id, null, { ...b, affiliationId: aff.id });
        return row;
      });
      return c.json({ id: row.id, branchOrgId: branch.id, branchName: branch.name }, 201);
    },
  );

  app.post(
    '/members/:id/org-life',
    describe({
      summary: 'Record organization life or a dues payment (for the six-month rule)',
      status: 201,
      response: orgLifeSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', lifeBody),
    async (c) => {
      requireAdmin(c);
      const memberId = c.req.valid('param').id;
      const m = await memberInScope(db, c, memberId, 'id').catch(() => {
        throw notFound('member');
      });
      const city = cityId(c);
      let allowed = inScope(c.get('access'), m.path);
      if (!allowed) {
        const placed = await db
          .selectFrom(`${S}.flow_record as f`)
          .innerJoin('core.org as o', (j) =>
            j.onRef('o.city_id', '=', 'f.city_id').onRef('o.id', '=', 'f.branch_org_id'),
          )
          .select('o.path')
          .where('f.city_id', '=', city)
          .where('f.member_id', '=', m.id)
          .where('f.status', '=', 'open')
          .execute();
        allowed = placed.some((p: any) => inScope(c.get('access'), p.path));
      }
      if (!allowed) throw notFound('member');
      const b = c.req.valid('json');
      if (b.onDate > today(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'onDate');
      const row = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.org_life_record`)
          .values({
            city_id: city,
            member_id: m.id,
            kind: b.kind,
            on_date: b.onDate,
            note: b.note ?? null,
            recorded_by: c.get('actor').userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, c, 'create', 'org_life_record', row.id, null, row);
        return row;
      });
      return c.json({ id: row.id, kind: row.kind, onDate: row.on_date }, 201);
    },
  );

  // 连续 6 个月不过组织生活或不交党费: raised by the rules, decided by the branch meeting, approved above — never automatic.
  app.get(
    '/decisions',
    describe({
      summary: 'Six-month lapses awaiting or past a branch decision',
      response: decisionsSchema,
      ...TAG,
    }),
    validate('query', decisionQuery),
    async (c) => {
      requireAdmin(c);
      const access = c.get('access');
      let q = db
        .selectFrom(`${S}.branch_decision as d`)
        .innerJoin('core.member as m', (j) =>
          j.onRef('m.city_id', '=', 'd.city_id').onRef('m.id', '=', 'd.member_id'),
        )
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'd.city_id').onRef('o.id', '=', 'd.branch_org_id'),
        )
        .select([
          'd.id',
          'd.member_id as memberId',
          'm.name as memberName',
          'd.branch_org_id as branchOrgId',
          'o.name as branchName',
          'd.reason',
          'd.lapse_since as lapseSince',
          'd.raised_on as raisedOn',
          'd.status',
          'd.branch_meeting_on as branchMeetingOn',
          'd.decided_on as decidedOn',
          'd.upper_decided_on as upperDecidedOn',
          'd.note',
        ])
        .where('d.city_id', '=', cityId(c));
      if (access.level === 'orgs')
        q = q.where((eb) => eb.or(access.paths.map((p) => eb('o.path', 'like', `${p}%`))));
      const status = c.req.valid('query').status;
      if (status) q = q.where('d.status', '=', status);
      return c.json({ items: await q.orderBy('d.id', 'desc').limit(500).execute() });
    },
  );

  async function loadDecision(c: C, id: number) {
    const d = await db
      .selectFrom(`${S}.branch_decision as d`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'd.city_id').onRef('o.id', '=', 'd.branch_org_id'),
      )
      .selectAll('d')
      .select('o.path')
      .where('d.city_id', '=', cityId(c))
      .where('d.id', '=', id)
      .executeTakeFirst();
    if (!d || !inScope(c.get('access'), d.path)) throw notFound(ENTITY.decision);
    return d as any;
  }

  app.post(
    '/decisions/:id/decide',
    describe({
      summary:
        'The branch decides: justified, warned with a deadline, or (by branch meeting) proposed as having left the Party',
      response: decisionSchema,
      responses: { 404: 'no such lapse' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', decideBody),
    async (c) => {
      requireAdmin(c);
      const d = await loadDecision(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (d.status !== 'pending') throw conflict(say('该事项已研究', 'already decided'), 'status');
      if (b.decision === 'proposed' && !b.branchMeetingOn)
        throw invalid(
          say('须经支部大会通过，请填写会议日期', 'a branch meeting must decide'),
          'branchMeetingOn',
        );
      if (b.branchMeetingOn && b.branchMeetingOn > today(ctx))
        throw invalid(say('日期不能晚于今天', 'date is in the future'), 'branchMeetingOn');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.branch_decision`)
          .set({
            status: b.decision,
            branch_meeting_on: b.branchMeetingOn ?? null,
            decided_on: today(ctx),
            decided_by: c.get('actor').userId,
            note: b.note ?? null,
          })
          .where('city_id', '=', cityId(c))
          .where('id', '=', d.id)
          .execute();
        await audit(trx, c, 'decide', 'branch_decision', d.id, { status: d.status }, b);
      });
      return c.json({ id: d.id, status: b.decision });
    },
  );

  app.post(
    '/decisions/:id/approve',
    describe({
      summary: 'The higher org approves or rejects a branch meeting’s proposal',
      response: decisionSchema,
      ...TAG,
      responses: { 403: 'only an org above the branch approves' },
    }),
    validate('param', idParam),
    validate('json', approveBody),
    async (c) => {
      requireAdmin(c);
      const d = await loadDecision(c, c.req.valid('param').id);
      const access = c.get('access');
      const above =
        access.level === 'city' ||
        (access.level === 'orgs' && access.paths.some((p) => d.path.startsWith(p) && d.path !== p));
      if (!above) throw forbidden();
      if (d.status !== 'proposed')
        throw conflict(say('须先经支部大会决定', 'the branch meeting has not proposed it'), 'status');
      const b = c.req.valid('json');
      const status = b.approve ? 'approved' : 'rejected';
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.branch_decision`)
          .set({
            status,
            upper_decided_on: today(ctx),
            upper_decided_by: c.get('actor').userId,
            note: b.note ?? d.note,
          })
          .where('city_id', '=', cityId(c))
          .where('id', '=', d.id)
          .execute();
        await audit(trx, c, 'approve', 'branch_decision', d.id, { status: d.status }, { status });
      });
      return c.json({ id: d.id, status });
    },
  );

  return app;
}

import {
  assertInCity,
  describe,
  idParam,
  notFound,
  orgPathFilter,
  type PluginContext,
  type PluginEnv,
  paging,
  requireOrgAdmin,
  toLocalDate,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql, type UpdateObject } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import {
  DEMAND_CATEGORIES,
  DEMAND_SOURCES,
  DEMAND_STATUSES,
  type DemandStatus,
  LEDGERS,
  type Ledger,
  SATISFACTION,
} from '../../shared/terms';
import {
  audit,
  type C,
  daysBetween,
  gridBranchInScope,
  id,
  invalid,
  isoDate,
  maskPhone,
  optionalText,
  phone,
  prefixOf,
  queryId,
  refused,
  S,
  TAG,
  text,
  today,
  say,
} from '../util';
import { summaryRoutes } from './summary';
import { pageOf } from '../schemas';
import { demandDetailSchema, demandSchema, overdueSchema } from './schemas';
import type { CoreDatabase } from '@jiceng/plugin-kit';
import type { GulouDb, GulouTables } from '../db';

/** The columns a demand action changes (its plan). */
type DemandSet = UpdateObject<CoreDatabase & GulouTables, 'p_gulou_grid_alliance.demand'>;

const recordBody = z.object({
  gridOrgId: id,
  residentName: text(40),
  residentPhone: phone.nullable().default(null),
  address: optionalText(120),
  content: text(2000, 2),
  category: z.enum(DEMAND_CATEGORIES),
  source: z.enum(DEMAND_SOURCES).default('grid_patrol'),
  ledger: z.enum(LEDGERS),
  deadline: isoDate.nullable().default(null),
  /** For entering a paper ledger after the fact; defaults to now and may not lie in the future. */
  receivedAt: z.iso.datetime({ offset: true }).optional(),
});
const classifyBody = z.object({
  ledger: z.enum(LEDGERS),
  deadline: isoDate.nullable().default(null),
  note: optionalText(500),
});
const assignBody = z.object({
  unitId: id.nullable().default(null),
  department: optionalText(60),
  agentMemberId: id.nullable().default(null),
  agentName: optionalText(40),
  deadline: isoDate.nullable().default(null),
  note: optionalText(500),
});
const noteBody = z.object({ note: text(1000) });
const escalateBody = z.object({ studioId: id, note: optionalText(500) });
const closeBody = z.object({
  reply: text(2000, 2),
  satisfaction: z.enum(SATISFACTION).nullable().default(null),
});
const reopenBody = z.object({ reason: text(500, 2) });
const listQuery = paging.extend({
  ledger: z.enum(LEDGERS).optional(),
  status: z.enum([...DEMAND_STATUSES, 'open'] as const).optional(),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  escalated: z.enum(['true', 'false']).optional(),
  orgId: queryId.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(60).optional(),
});
const overdueQuery = z.object({
  orgId: queryId.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

type DemandRow = Record<string, any>;

/** Whether an item is past its deadline and still open, as of `day`. */
export const isOverdue = (d: { deadline: string | null; status: string }, day: string) =>
  d.deadline != null && d.status !== 'closed' && d.deadline < day;

export function demandView(d: DemandRow, day: string, reveal = false) {
  const overdue = isOverdue({ deadline: d.deadline, status: d.status }, day);
  return {
    id: d.id,
    gridOrgId: d.grid_org_id,
    gridName: d.grid_name,
    communityName: d.community_name ?? null,
    ledger: d.ledger as Ledger,
    status: d.status as DemandStatus,
    category: d.category,
    source: d.source,
    residentName: d.resident_name,
    residentPhone: reveal ? d.resident_phone : maskPhone(d.resident_phone),
    address: d.address,
    content: d.content,
    deadline: d.deadline,
    overdue,
    daysOverdue: overdue ? daysBetween(d.deadline, day) : 0,
    closedOnTime: d.deadline && d.closed_on ? d.closed_on <= d.deadline : null,
    assigneeUnitId: d.assignee_unit_id,
    assigneeUnitName: d.assignee_unit_name ?? null,
    assigneeDepartment: d.assignee_department,
    agentMemberId: d.agent_member_id,
    agentName: d.agent_name,
    studioId: d.studio_id,
    studioName: d.studio_name ?? null,
    escalatedAt: d.escalated_at,
    receivedAt: d.received_at,
    receivedOn: d.received_on,
    assignedAt: d.assigned_at,
    closedAt: d.closed_at,
    closedOn: d.closed_on,
    reply: d.reply,
    satisfaction: d.satisfaction,
    reopenCount: d.reopen_count,
  };
}

/** Demands joined to their grid, community, assignee and studio names. */
export function demandBase(db: GulouDb, cityId: number) {
  return db
    .selectFrom(`${S}.demand as d`)
    .innerJoin('core.org as g', (j) =>
      j.onRef('g.city_id', '=', 'd.city_id').onRef('g.id', '=', 'd.grid_org_id'),
    )
    .leftJoin('core.org as cm', (j) =>
      j.onRef('cm.city_id', '=', 'g.city_id').onRef('cm.id', '=', 'g.parent_id'),
    )
    .leftJoin('core.unit as u', (j) =>
      j.onRef('u.city_id', '=', 'd.city_id').onRef('u.id', '=', 'd.assignee_unit_id'),
    )
    .leftJoin(`${S}.studio as st`, (j) =>
      j.onRef('st.city_id', '=', 'd.city_id').onRef('st.id', '=', 'd.studio_id'),
    )
    .where('d.city_id', '=', cityId);
}
const viewColumns = [
  'g.name as grid_name',
  'g.path as grid_path',
  'cm.name as community_name',
  'u.name as assignee_unit_name',
  'st.name as studio_name',
] as const;

export function demandRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function load(c: C, demandId: number, trx: GulouDb = db) {
    const row = await demandBase(trx, c.get('city').id)
      .selectAll('d')
      .select([...viewColumns])
      .where('d.id', '=', demandId)
      .executeTakeFirst();
    if (!row) throw notFound(say('诉求', 'Demand'));
    const access = c.get('access');
    if (
      access.level === 'self' ||
      (access.level === 'orgs' && !access.paths.some((p) => (row.grid_path as string).startsWith(p)))
    )
      throw notFound(say('诉求', 'Demand'));
    return row as DemandRow;
  }

  /**
   * One lifecycle step: re-reads the row inside the transaction, lets `plan` check the rules and say what changes,
   * updates only if the status is still what was read (a racing close loses with a 409), logs the event and audits.
   */
  async function step(
    c: C,
    demandId: number,
    action: string,
    plan: (
      d: DemandRow,
      trx: GulouDb,
    ) => Promise<{ set: DemandSet; note?: string | null }> | { set: DemandSet; note?: string | null },
  ) {
    requireOrgAdmin(c);
    await load(c, demandId);
    const now = ctx.clock.now();
    const cityId = c.get('city').id;
    await db.transaction().execute(async (trx) => {
      const before = await load(c, demandId, trx);
      const { set, note } = await plan(before, trx);
      const updated = await trx
        .updateTable(`${S}.demand`)
        .set({ ...set, updated_at: now })
        .where('city_id', '=', cityId)
        .where('id', '=', demandId)
        .where('status', '=', before.status)
        .where('reopen_count', '=', before.reopen_count)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw refused(say('诉求已被他人更新，请刷新', 'changed meanwhile, reload'));
      await trx
        .insertInto(`${S}.demand_event`)
        .values({
          city_id: cityId,
          demand_id: demandId,
          at: now,
          action,
          from_status: before.status,
          to_status: updated.status,
          note: note ?? null,
          actor_user_id: c.get('actor').userId,
        })
        .execute();
      await audit(trx, c, action, 'demand', demandId, pick(before), pick(updated));
    });
    const after = await load(c, demandId);
    return c.json(demandView(after, today(ctx), true));
  }
  /**
   * A demand assigned to a unit: the admins of the unit's party org hear of it in the bell, in the assignment's
   * transaction (a refused assignment tells nobody). Once per assignment round (a reopened demand may be assigned again).
   */
  async function tellUnitAdmins(trx: GulouDb, cityId: number, unitId: number, d: DemandRow) {
    const admins = await trx
      .selectFrom('core.unit as u')
      .innerJoin('core.role_grant as g', (j) =>
        j.onRef('g.city_id', '=', 'u.city_id').onRef('g.org_id', '=', 'u.org_id'),
      )
      .select('g.user_id')
      .where('u.city_id', '=', cityId)
      .where('u.id', '=', unitId)
      .where('g.role', '=', 'org_admin')
      .execute();
    if (!admins.length) return;
    await ctx.notify(trx, {
      cityId,
      userIds: admins.map((a: { user_id: number }) => a.user_id),
      kind: 'demand_assigned',
      title: {
        'zh-CN': `网格诉求交办到本单位（${d.grid_name}）`,
        en: `A demand from ${d.grid_name} was assigned to your unit`,
      },
      body: { 'zh-CN': String(d.content).slice(0, 200), en: String(d.content).slice(0, 200) },
      href: 'demands',
      onceKey: `demand:${d.id}:${d.reopen_count}:unit:${unitId}`,
    });
  }
  const pick = (d: DemandRow) => ({
    status: d.status,
    ledger: d.ledger,
    deadline: d.deadline,
    assigneeUnitId: d.assignee_unit_id,
    assigneeDepartment: d.assignee_department,
    agentMemberId: d.agent_member_id,
    agentName: d.agent_name,
    studioId: d.studio_id,
    reply: d.reply,
    reopenCount: d.reopen_count,
  });
  const open = (d: DemandRow) => {
    if (d.status === 'closed')
      throw refused(say('已销号，不能再办理；如需重办请先重新打开', 'already closed; reopen it first'));
  };

  app.get(
    '/',
    describe({
      summary: 'Demands in the actor’s grids, filtered and paged',
      response: pageOf(demandSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const day = today(ctx);
      let q = demandBase(db, c.get('city').id).where(orgPathFilter(c.get('access'), 'g.path'));
      const prefix = await prefixOf(db, c, f.orgId);
      if (prefix) q = q.where('g.path', 'like', `${prefix}%`);
      if (f.ledger) q = q.where('d.ledger', '=', f.ledger);
      if (f.status === 'open') q = q.where('d.status', '<>', 'closed');
      else if (f.status) q = q.where('d.status', '=', f.status);
      if (f.category) q = q.where('d.category', '=', f.category);
      if (f.overdue === 'true') q = q.where('d.status', '<>', 'closed').where('d.deadline', '<', day);
      if (f.overdue === 'false')
        q = q.where((eb) =>
          eb.or([eb('d.status', '=', 'closed'), eb('d.deadline', 'is', null), eb('d.deadline', '>=', day)]),
        );
      if (f.escalated === 'true') q = q.where('d.studio_id', 'is not', null);
      if (f.escalated === 'false') q = q.where('d.studio_id', 'is', null);
      if (f.from) q = q.where('d.received_on', '>=', f.from);
      if (f.to) q = q.where('d.received_on', '<=', f.to);
      if (f.q) {
        const like = `%${f.q}%`;
        q = q.where((eb) =>
          eb.or([
            eb('d.content', 'ilike', like),
            eb('d.resident_name', 'ilike', like),
            eb('g.name', 'ilike', like),
          ]),
        );
      }
      const [rows, total] = await Promise.all([
        q
          .selectAll('d')
          .select([...viewColumns])
          .orderBy('d.received_at', 'desc')
          .orderBy('d.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return c.json({
        items: rows.map((r) => demandView(r, day)),
        total: Number(total.n),
        page: f.page,
        pageSize: f.pageSize,
      });
    },
  );

  app.get(
    '/overdue',
    describe({
      summary: 'Open items past their deadline (as of the clock), oldest deadline first',
      response: overdueSchema,
      ...TAG,
    }),
    validate('query', overdueQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const day = today(ctx);
      let q = demandBase(db, c.get('city').id)
        .where(orgPathFilter(c.get('access'), 'g.path'))
        .where('d.status', '<>', 'closed')
        .where('d.deadline', '<', day);
      const prefix = await prefixOf(db, c, f.orgId);
      if (prefix) q = q.where('g.path', 'like', `${prefix}%`);
      const [rows, total] = await Promise.all([
        q
          .selectAll('d')
          .select([...viewColumns])
          .orderBy('d.deadline')
          .orderBy('d.id')
          .limit(f.limit)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return c.json({ asOf: day, total: Number(total.n), items: rows.map((r) => demandView(r, day)) });
    },
  );

  app.route('/', summaryRoutes(ctx));

  app.get(
    '/:id',
    describe({
      summary: 'One demand with its history',
      response: demandDetailSchema,
      responses: { 404: 'unknown demand' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const row = await load(c, c.req.valid('param').id);
      const events = await db
        .selectFrom(`${S}.demand_event as e`)
        .leftJoin('core.app_user as a', 'a.id', 'e.actor_user_id')
        .select(['e.id', 'e.at', 'e.action', 'e.from_status', 'e.to_status', 'e.note', 'a.display_name'])
        .where('e.city_id', '=', c.get('city').id)
        .where('e.demand_id', '=', row.id)
        .orderBy('e.at')
        .orderBy('e.id')
        .execute();
      return c.json({
        ...demandView(row, today(ctx), true),
        events: events.map((e) => ({
          id: e.id,
          at: e.at,
          action: e.action,
          fromStatus: e.from_status,
          toStatus: e.to_status,
          note: e.note,
          actor: e.display_name,
        })),
      });
    },
  );

  app.post(
    '/',
    describe({
      summary: 'Record a resident demand in a grid and classify it into a ledger',
      status: 201,
      response: demandSchema,
      ...TAG,
    }),
    validate('json', recordBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await gridBranchInScope(db, c, b.gridOrgId, 'gridOrgId');
      const now = ctx.clock.now();
      const receivedAt = b.receivedAt ? new Date(b.receivedAt) : now;
      if (receivedAt.getTime() > now.getTime() + 60_000)
        throw invalid('receivedAt', say('登记时间不能晚于现在', 'cannot lie in the future'));
      const receivedOn = toLocalDate(receivedAt);
      if (b.ledger === 'time_limited' && !b.deadline)
        throw invalid('deadline', say('限时件需要截止日期', 'a time-limited item needs a deadline'));
      if (b.deadline && b.deadline < receivedOn)
        throw invalid('deadline', say('截止日期早于登记日期', 'deadline before the day received'));
      const cityId = c.get('city').id;
      const created = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.demand`)
          .values({
            city_id: cityId,
            grid_org_id: b.gridOrgId,
            resident_name: b.residentName,
            resident_phone: b.residentPhone,
            address: b.address,
            content: b.content,
            category: b.category,
            source: b.source,
            ledger: b.ledger,
            deadline: b.deadline,
            status: 'received',
            received_at: receivedAt,
            received_on: receivedOn,
            created_by: c.get('actor').userId,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.demand_event`)
          .values({
            city_id: cityId,
            demand_id: row.id,
            at: now,
            action: 'record',
            from_status: null,
            to_status: 'received',
            note: null,
            actor_user_id: c.get('actor').userId,
          })
          .execute();
        await audit(trx, c, 'create', 'demand', row.id, null, pick(row));
        return row;
      });
      return c.json(demandView(await load(c, created.id), today(ctx), true), 201);
    },
  );

  app.post(
    '/:id/classify',
    describe({
      summary: 'Move an open demand to another ledger',
      response: demandSchema,
      responses: { 409: 'closed, or the deadline is already set' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', classifyBody),
    (c) => {
      const b = c.req.valid('json');
      return step(c, c.req.valid('param').id, 'classify', (d) => {
        open(d);
        if (d.ledger === b.ledger) throw invalid('ledger', say('已在该台账', 'already in this ledger'));
        const deadline = b.deadline ?? d.deadline;
        if (b.ledger === 'time_limited' && !deadline)
          throw invalid('deadline', say('限时件需要截止日期', 'a time-limited item needs a deadline'));
        if (b.deadline && d.deadline && b.deadline !== d.deadline)
          throw refused(say('截止日期已确定，不能更改', 'the deadline is already set'), 'deadline');
        if (deadline && deadline < d.received_on)
          throw invalid('deadline', say('截止日期早于登记日期', 'deadline before the day received'));
        return { set: { ledger: b.ledger, deadline }, note: b.note ?? `${d.ledger} → ${b.ledger}` };
      });
    },
  );

  app.post(
    '/:id/assign',
    describe({
      summary: 'Assign to a department or unit (承办件 etc.) or to an agent (代办件)',
      response: demandSchema,
      responses: { 409: 'closed, or an immediate item' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', assignBody),
    (c) => {
      const b = c.req.valid('json');
      return step(c, c.req.valid('param').id, 'assign', async (d, trx) => {
        open(d);
        if (d.ledger === 'immediate')
          throw refused(say('即办件当场办结，无需交办', 'handled at once, not assigned'), 'ledger');
        const set: Record<string, unknown> = { status: 'assigned', assigned_at: ctx.clock.now() };
        if (d.ledger === 'proxy') {
          if (!b.agentMemberId && !b.agentName)
            throw invalid('agentName', say('代办件需要代办人', 'a proxy item needs an agent'));
          await assertInCity(trx, 'core.member', c.get('city').id, b.agentMemberId, 'agentMemberId');
          let agentName = b.agentName;
          if (!agentName && b.agentMemberId)
            agentName = (
              await trx
                .selectFrom('core.member')
                .select('name')
                .where('city_id', '=', c.get('city').id)
                .where('id', '=', b.agentMemberId)
                .executeTakeFirstOrThrow()
            ).name;
          Object.assign(set, { agent_member_id: b.agentMemberId, agent_name: agentName });
        } else {
          if (!b.unitId && !b.department)
            throw invalid('unitId', say('请指定承办部门或单位', 'name the department or unit'));
          await assertInCity(trx, 'core.unit', c.get('city').id, b.unitId, 'unitId');
          Object.assign(set, { assignee_unit_id: b.unitId, assignee_department: b.department });
          if (b.unitId) await tellUnitAdmins(trx, c.get('city').id, b.unitId, d);
        }
        if (b.deadline) {
          if (d.deadline && d.deadline !== b.deadline)
            throw refused(say('截止日期已确定，不能更改', 'the deadline is already set'), 'deadline');
          if (b.deadline < d.received_on)
            throw invalid('deadline', say('截止日期早于登记日期', 'deadline before the day received'));
          set.deadline = b.deadline;
        }
        const to =
          (set.agent_name as string | undefined) ?? (b.department || (b.unitId ? `unit ${b.unitId}` : ''));
        return { set, note: b.note ?? to };
      });
    },
  );

  app.post(
    '/:id/start',
    describe({
      summary: 'Start handling (办理中)',
      response: demandSchema,
      responses: { 409: 'closed, already in progress, or not assigned yet' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', z.object({ note: optionalText(500) })),
    (c) => {
      const b = c.req.valid('json');
      return step(c, c.req.valid('param').id, 'start', (d) => {
        open(d);
        if (d.status === 'in_progress') throw refused(say('已在办理中', 'already in progress'));
        if (d.ledger === 'undertaken' && !d.assignee_unit_id && !d.assignee_department)
          throw refused(say('承办件须先交办', 'assign an undertaken item first'));
        if (d.ledger === 'proxy' && !d.agent_name)
          throw refused(say('代办件须先指定代办人', 'name the agent first'));
        return { set: { status: 'in_progress' }, note: b.note };
      });
    },
  );

  app.post(
    '/:id/notes',
    describe({
      summary: 'Add a progress note',
      response: demandSchema.meta({ description: 'the demand; the note is in its history' }),
      responses: { 409: 'closed' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', noteBody),
    (c) => {
      const b = c.req.valid('json');
      return step(c, c.req.valid('param').id, 'note', (d) => {
        open(d);
        return { set: {}, note: b.note };
      });
    },
  );

  app.post(
    '/:id/escalate',
    describe({
      summary: 'Escalate a hard case to a party-representative studio (党代表工作室)',
      response: demandSchema,
      responses: { 409: 'closed or already escalated' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', escalateBody),
    (c) => {
      const b = c.req.valid('json');
      return step(c, c.req.valid('param').id, 'escalate', async (d, trx) => {
        open(d);
        if (d.studio_id) throw refused(say('已提交党代表工作室', 'already escalated'));
        const studio = await trx
          .selectFrom(`${S}.studio`)
          .select(['id', 'name'])
          .where('city_id', '=', c.get('city').id)
          .where('id', '=', b.studioId)
          .executeTakeFirst();
        if (!studio) throw invalid('studioId', say('没有这个党代表工作室', 'no such studio'));
        return { set: { studio_id: studio.id, escalated_at: ctx.clock.now() }, note: b.note ?? studio.name };
      });
    },
  );

  app.post(
    '/:id/close',
    describe({
      summary: '销号: close with a reply to the resident',
      response: demandSchema,
      responses: { 409: 'already closed, or not assigned yet' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', closeBody),
    (c) => {
      const b = c.req.valid('json');
      return step(c, c.req.valid('param').id, 'close', (d) => {
        if (d.status === 'closed') throw refused(say('已销号，不能重复销号', 'already closed'));
        if (d.ledger === 'undertaken' && !d.assignee_unit_id && !d.assignee_department)
          throw refused(say('承办件须先交办再销号', 'assign an undertaken item before closing'));
        if (d.ledger === 'proxy' && !d.agent_name)
          throw refused(say('代办件须先指定代办人', 'name the agent before closing'));
        const now = ctx.clock.now();
        return {
          set: {
            status: 'closed',
            closed_at: now,
            closed_on: today(ctx),
            reply: b.reply,
            satisfaction: b.satisfaction,
          },
          note: b.reply,
        };
      });
    },
  );

  app.post(
    '/:id/reopen',
    describe({
      summary: 'Reopen a closed item; a reason is required',
      response: demandSchema,
      responses: { 409: 'not closed' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', reopenBody),
    (c) => {
      const b = c.req.valid('json');
      return step(c, c.req.valid('param').id, 'reopen', (d) => {
        if (d.status !== 'closed') throw refused(say('未销号，无需重新打开', 'not closed'));
        return {
          set: {
            status: 'in_progress',
            closed_at: null,
            closed_on: null,
            reply: null,
            satisfaction: null,
            reopen_count: sql`reopen_count + 1`,
          },
          note: b.reason,
        };
      });
    },
  );

  return app;
}

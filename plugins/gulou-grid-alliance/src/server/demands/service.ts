import {
  assertInCity,
  type CityAccess,
  invalid,
  type PluginContext,
  pluginAudit,
  refuse,
  say,
  todayOf,
  toLocalDate,
  type Who,
} from '@jiceng/plugin-kit';
import type { Config } from '../../manifest';
import type { GulouDb, GulouTables } from '../db';
import { S } from '../util';
import { findDemand, findStudio, memberName, unitAdmins } from './queries';
import {
  type AssignBody,
  assignTarget,
  auditView,
  checkEscalatable,
  checkRecorded,
  type DemandChange,
  type DemandRow,
  demandView,
  planAssign,
  planClassify,
  planClose,
  planNote,
  planReopen,
  planStart,
} from './rules';

const audit = pluginAudit(S);

/** What a step plans: the columns it changes and the note in the history. */
type Plan = { set: DemandChange; note?: string | null };

/** The demand ledger's writes: each step in one transaction with its history event and audit entry. */
export function demandService(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;

  /**
   * One lifecycle step: re-reads the row inside the transaction, lets `plan` check the rules and say what changes,
   * updates only if the status and reopen round are still what was read (a racing step loses with a 409), logs the
   * event and audits. Answers the demand as it now is.
   */
  async function step(
    who: Who,
    access: CityAccess,
    demandId: number,
    action: string,
    plan: (d: DemandRow, trx: GulouDb) => Promise<Plan> | Plan,
  ) {
    await findDemand(db, who.cityId, access, demandId);
    const now = ctx.clock.now();
    await db.transaction().execute(async (trx) => {
      const before = await findDemand(trx, who.cityId, access, demandId);
      const { set, note } = await plan(before, trx);
      const updated = await trx
        .updateTable(`${S}.demand`)
        .set({ ...set, updated_at: now })
        .where('city_id', '=', who.cityId)
        .where('id', '=', demandId)
        .where('status', '=', before.status)
        .where('reopen_count', '=', before.reopen_count)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw refuse(say('诉求已被他人更新，请刷新', 'changed meanwhile, reload'));
      await trx
        .insertInto(`${S}.demand_event`)
        .values({
          city_id: who.cityId,
          demand_id: demandId,
          at: now,
          action,
          from_status: before.status,
          to_status: updated.status,
          note: note ?? null,
          actor_user_id: who.userId,
        })
        .execute();
      await audit(trx, who, {
        action,
        entity: 'demand',
        entityId: demandId,
        before: auditView(before),
        after: auditView(updated),
      });
    });
    return demandView(await findDemand(db, who.cityId, access, demandId), todayOf(ctx), true);
  }

  /**
   * A demand assigned to a unit: the admins of the unit's party org hear of it in the bell, in the assignment's
   * transaction (a refused assignment tells nobody). Once per assignment round (a reopened demand may be assigned again).
   */
  async function tellUnitAdmins(trx: GulouDb, cityId: number, unitId: number, d: DemandRow) {
    const userIds = await unitAdmins(trx, cityId, unitId);
    if (!userIds.length) return;
    await ctx.notify(trx, {
      cityId,
      userIds,
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

  return {
    /** Records a resident's demand in a grid (the caller checked the grid branch is in scope). */
    async record(
      who: Who,
      b: {
        gridOrgId: number;
        residentName: string;
        residentPhone: string | null;
        address: string | null;
        content: string;
        category: string;
        source: string;
        ledger: string;
        deadline: string | null;
        receivedAt?: string;
      },
    ) {
      const now = ctx.clock.now();
      const receivedAt = b.receivedAt ? new Date(b.receivedAt) : now;
      const receivedOn = toLocalDate(receivedAt);
      checkRecorded(b, receivedAt, receivedOn, now);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.demand`)
          .values({
            city_id: who.cityId,
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
            created_by: who.userId,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.demand_event`)
          .values({
            city_id: who.cityId,
            demand_id: row.id,
            at: now,
            action: 'record',
            from_status: null,
            to_status: 'received',
            note: null,
            actor_user_id: who.userId,
          })
          .execute();
        await audit(trx, who, {
          action: 'create',
          entity: 'demand',
          entityId: row.id,
          before: null,
          after: auditView(row),
        });
        return row;
      });
    },

    classify: (
      who: Who,
      access: CityAccess,
      id: number,
      b: { ledger: string; deadline: string | null; note?: string | null },
    ) => step(who, access, id, 'classify', (d) => planClassify(d, b)),

    assign: (who: Who, access: CityAccess, id: number, b: AssignBody) =>
      step(who, access, id, 'assign', async (d, trx) => {
        let agentName: string | null = null;
        if (assignTarget(d, b) === 'agent') {
          await assertInCity(trx, 'core.member', who.cityId, b.agentMemberId, 'agentMemberId');
          agentName = b.agentName;
          if (!agentName && b.agentMemberId) agentName = await memberName(trx, who.cityId, b.agentMemberId);
        } else await assertInCity(trx, 'core.unit', who.cityId, b.unitId, 'unitId');
        const plan = planAssign(d, b, ctx.clock.now(), agentName);
        if (d.ledger !== 'proxy' && b.unitId) await tellUnitAdmins(trx, who.cityId, b.unitId, d);
        return plan;
      }),

    start: (who: Who, access: CityAccess, id: number, note?: string | null) =>
      step(who, access, id, 'start', (d) => planStart(d, note)),

    note: (who: Who, access: CityAccess, id: number, note: string) =>
      step(who, access, id, 'note', (d) => planNote(d, note)),

    escalate: (who: Who, access: CityAccess, id: number, b: { studioId: number; note?: string | null }) =>
      step(who, access, id, 'escalate', async (d, trx) => {
        checkEscalatable(d);
        const studio = await findStudio(trx, who.cityId, b.studioId);
        if (!studio) throw invalid(say('没有这个党代表工作室', 'no such studio'), 'studioId');
        return { set: { studio_id: studio.id, escalated_at: ctx.clock.now() }, note: b.note ?? studio.name };
      }),

    close: (who: Who, access: CityAccess, id: number, b: { reply: string; satisfaction: string | null }) =>
      step(who, access, id, 'close', (d) => planClose(d, b, ctx.clock.now(), todayOf(ctx))),

    reopen: (who: Who, access: CityAccess, id: number, reason: string) =>
      step(who, access, id, 'reopen', (d) => planReopen(d, reason)),
  };
}

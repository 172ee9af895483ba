import { conflict, enforce, invalid, recordAudit, todayOf, type Who } from '@jiceng/plugin-kit';
import { type Ctx, T } from '../common';
import { decidedStatus, mayDecide, type ServiceStatus, serviceProblem } from './rules';

/** The transactions of the service-record routes, each write with its audit entry, after the rules' checks. */

interface RegistrationState {
  id: number;
  member_id: number;
  region_id: number;
  registered_on: string;
  ended_on: string | null;
}

/** A member logs a service in their region under their current registration; it awaits the region's confirmation. */
export async function logService(
  ctx: Ctx,
  who: Who,
  reg: RegistrationState,
  b: { servedOn: string; hours: number; content: string },
) {
  const problem = serviceProblem(b, { registeredOn: reg.registered_on, endedOn: reg.ended_on }, todayOf(ctx));
  if (problem?.field === 'registrationId') throw conflict(problem.text, problem.field);
  if (problem) throw invalid(problem.text, problem.field);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(T.serviceRecord)
      .values({
        city_id: who.cityId,
        registration_id: reg.id,
        member_id: reg.member_id,
        region_id: reg.region_id,
        served_on: b.servedOn,
        hours: b.hours,
        content: b.content,
        status: 'submitted',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: 'log_service',
      entity: T.serviceRecord,
      entityId: row.id,
      after: { registrationId: reg.id, memberId: reg.member_id, ...b },
    });
    return {
      id: row.id,
      registrationId: reg.id,
      memberId: reg.member_id,
      regionId: reg.region_id,
      servedOn: b.servedOn,
      hours: b.hours,
      content: b.content,
      status: 'submitted' as const,
    };
  });
}

/** The region's org confirms or rejects a submitted record, once; who and when are kept. */
export async function decideServiceRecord(
  ctx: Ctx,
  who: Who,
  rec: { id: number; status: string },
  b: { confirmed: boolean },
) {
  enforce(mayDecide(rec.status as ServiceStatus));
  const decided = { status: decidedStatus(b.confirmed) };
  const on = todayOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable(T.serviceRecord)
      .set({ status: decided.status, confirmed_by: who.userId, confirmed_on: on })
      .where('city_id', '=', who.cityId)
      .where('id', '=', rec.id)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    // Someone else decided it between the read and this write: decided once.
    if (!done.numUpdatedRows)
      throw conflict({ 'zh-CN': '该服务记录已处理', en: 'this service record has already been decided' });
    await recordAudit(trx, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: decided.status === 'confirmed' ? 'confirm' : 'reject',
      entity: T.serviceRecord,
      entityId: rec.id,
      before: { status: rec.status },
      after: { status: decided.status, decidedOn: on },
    });
  });
  return { id: rec.id, status: decided.status, confirmedOn: on };
}

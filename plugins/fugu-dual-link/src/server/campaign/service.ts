import type { Who } from '@jiceng/plugin-kit';
import { CAMPAIGN_STEPS, type CampaignStep } from '../../shared/terms';
import { audit, S } from '../common';
import type { FuguDb } from '../db';

/** The transactions of the rollout campaign, service centres and inspection groups, each with its audit entry. */

/** A campaign: its five step deadlines, and every step for every org given. */
export function startCampaign(
  db: FuguDb,
  who: Who,
  b: { name: string; startedOn: string; deadlines: Record<CampaignStep, string>; orgIds?: number[] },
  orgIds: number[],
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.campaign`)
      .values({ city_id: who.cityId, name: b.name, started_on: b.startedOn, created_by: who.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto(`${S}.campaign_step`)
      .values(
        CAMPAIGN_STEPS.map((step) => ({
          city_id: who.cityId,
          campaign_id: row.id,
          step,
          deadline: b.deadlines[step],
        })),
      )
      .execute();
    const progress = orgIds.flatMap((orgId) =>
      CAMPAIGN_STEPS.map((step) => ({
        city_id: who.cityId,
        campaign_id: row.id,
        org_id: orgId,
        step,
        deadline: b.deadlines[step],
      })),
    );
    for (let i = 0; i < progress.length; i += 2000)
      await trx
        .insertInto(`${S}.campaign_progress`)
        .values(progress.slice(i, i + 2000))
        .execute();
    await audit(trx, who, {
      action: 'create',
      entity: 'campaign',
      entityId: row.id,
      before: null,
      after: { ...b, orgs: orgIds.length },
    });
    return row;
  });
}

type StepKey = { id: number; orgId: number; step: CampaignStep };

export function setDeadline(db: FuguDb, who: Who, p: StepKey, before: string, deadline: string) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.campaign_progress`)
      .set({ deadline })
      .where('city_id', '=', who.cityId)
      .where('campaign_id', '=', p.id)
      .where('org_id', '=', p.orgId)
      .where('step', '=', p.step)
      .execute();
    await audit(trx, who, {
      action: 'deadline',
      entity: 'campaign_progress',
      entityId: `${p.id}:${p.orgId}:${p.step}`,
      before: { deadline: before },
      after: { deadline },
    });
  });
}

export function markDone(db: FuguDb, who: Who, p: StepKey, on: string, note?: string | null) {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable(`${S}.campaign_progress`)
      .set({ done_on: on, done_by: who.userId, note: note ?? null })
      .where('city_id', '=', who.cityId)
      .where('campaign_id', '=', p.id)
      .where('org_id', '=', p.orgId)
      .where('step', '=', p.step)
      .execute();
    await audit(trx, who, {
      action: 'done',
      entity: 'campaign_progress',
      entityId: `${p.id}:${p.orgId}:${p.step}`,
      before: null,
      after: {
        doneOn: on,
        note,
      },
    });
  });
}

export function createCentre(
  db: FuguDb,
  who: Who,
  b: { name: string; communityOrgIds: number[] },
  ids: number[],
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.service_centre`)
      .values({ city_id: who.cityId, name: b.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto(`${S}.service_centre_community`)
      .values(ids.map((id) => ({ city_id: who.cityId, centre_id: row.id, org_id: id })))
      .execute();
    await audit(trx, who, {
      action: 'create',
      entity: 'service_centre',
      entityId: row.id,
      before: null,
      after: b,
    });
    return row;
  });
}

export function createInspectionGroup(
  db: FuguDb,
  who: Who,
  campaignId: number,
  b: { name: string; leader: string; members?: string | null; centreId: number },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.inspection_group`)
      .values({
        city_id: who.cityId,
        campaign_id: campaignId,
        name: b.name,
        leader: b.leader,
        members: b.members ?? null,
        centre_id: b.centreId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'inspection_group',
      entityId: row.id,
      before: null,
      after: b,
    });
    return row;
  });
}

export function recordInspection(
  db: FuguDb,
  who: Who,
  groupId: number,
  b: { orgId: number; visitedOn: string; findings: string },
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto(`${S}.inspection_record`)
      .values({
        city_id: who.cityId,
        group_id: groupId,
        org_id: b.orgId,
        visited_on: b.visitedOn,
        findings: b.findings,
        created_by: who.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, who, {
      action: 'create',
      entity: 'inspection_record',
      entityId: row.id,
      before: null,
      after: b,
    });
    return row;
  });
}

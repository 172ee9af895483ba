import type { CityAccess } from '@jiceng/plugin-kit';
import { orgPathFilter } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import type { AssessmentAccess } from '../access';
import type { JinanDb } from '../db';

/** The SQL of the assessment routes: reads only; the writes are in ./service. */

/** The result row of one standard in an assessment, with the standard's scoring rule. */
export function findResultRow(db: JinanDb, cityId: number, assessmentId: number, standardId: number) {
  return db
    .selectFrom('p_jinan_standards.result as r')
    .innerJoin('p_jinan_standards.standard as s', (j) =>
      j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'),
    )
    .select([
      'r.id',
      'r.self_result',
      'r.self_score',
      'r.self_note',
      'r.review_result',
      'r.review_score',
      'r.review_note',
      's.code',
      's.title',
      's.max_score',
      's.pass_score',
      's.scoring_rule',
    ])
    .where('r.city_id', '=', cityId)
    .where('r.assessment_id', '=', assessmentId)
    .where('r.standard_id', '=', standardId)
    .executeTakeFirst();
}
export type ResultRow = NonNullable<Awaited<ReturnType<typeof findResultRow>>>;

/** A standard of a template version (to tell "does not apply to this type" from "not of this version"). */
export function findStandardOfVersion(db: JinanDb, cityId: number, versionId: number, standardId: number) {
  return db
    .selectFrom('p_jinan_standards.standard')
    .select(['code', 'title'])
    .where('city_id', '=', cityId)
    .where('id', '=', standardId)
    .where('template_version_id', '=', versionId)
    .executeTakeFirst();
}

/** Everything the detail view shows besides the campaign: head, result rows, evidence, rectifications, standards not applicable. */
export async function loadDetailParts(db: JinanDb, cityId: number, a: AssessmentAccess) {
  const head = await db
    .selectFrom('p_jinan_standards.assessment as a')
    .innerJoin('core.place as p', (j) =>
      j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.community_place_id'),
    )
    .leftJoin('core.place as s', (j) =>
      j.onRef('s.city_id', '=', 'p.city_id').onRef('s.id', '=', 'p.parent_id'),
    )
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'),
    )
    .leftJoin('core.app_user as su', 'su.id', 'a.submitted_by')
    .leftJoin('core.app_user as lu', 'lu.id', 'a.locked_by')
    .select([
      'a.submitted_at',
      'a.returned_reason',
      'a.locked_at',
      'a.review_comment',
      'p.name as community_name',
      's.name as street_name',
      'o.name as org_name',
      'su.display_name as submitted_by_name',
      'lu.display_name as locked_by_name',
    ])
    .where('a.city_id', '=', cityId)
    .where('a.id', '=', a.id)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('p_jinan_standards.result as r')
    .innerJoin('p_jinan_standards.standard as s', (j) =>
      j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'),
    )
    .leftJoin('core.app_user as u1', 'u1.id', 'r.self_by')
    .leftJoin('core.app_user as u2', 'u2.id', 'r.review_by')
    .selectAll('r')
    .select([
      's.code',
      's.area',
      's.seq',
      's.title',
      's.title_en',
      's.description',
      's.source',
      's.max_score',
      's.pass_score',
      's.scoring_rule',
      's.scoring_note',
      'u1.display_name as self_by_name',
      'u2.display_name as review_by_name',
    ])
    .where('r.city_id', '=', cityId)
    .where('r.assessment_id', '=', a.id)
    .orderBy('s.seq')
    .orderBy('s.id')
    .execute();
  const evidence = rows.length
    ? await db
        .selectFrom('p_jinan_standards.evidence')
        .select([
          'id',
          'result_id',
          'filename',
          'mime_type',
          'size_bytes',
          'evidence_date',
          'note',
          'placeholder',
          'uploaded_at',
        ])
        .where('city_id', '=', cityId)
        .where(
          'result_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('id')
        .execute()
    : [];
  const rectifications = await db
    .selectFrom('p_jinan_standards.rectification')
    .select(['id', 'result_id', 'status', 'due_date', 'owner_name', 'closed_on'])
    .where('city_id', '=', cityId)
    .where('assessment_id', '=', a.id)
    .execute();
  const notApplicable = await db
    .selectFrom('p_jinan_standards.standard as s')
    .select(['s.id', 's.code', 's.title', 's.title_en', 's.area'])
    .where('s.city_id', '=', cityId)
    .where('s.template_version_id', '=', a.templateVersionId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('p_jinan_standards.result as r')
            .select('r.id')
            .whereRef('r.city_id', '=', 's.city_id')
            .whereRef('r.standard_id', '=', 's.id')
            .where('r.assessment_id', '=', a.id),
        ),
      ),
    )
    .orderBy('s.seq')
    .execute();
  return { head, rows, evidence, rectifications, notApplicable };
}
export type DetailParts = Awaited<ReturnType<typeof loadDetailParts>>;

/** The campaign with the latest period, the list's default. */
export async function newestCampaignId(db: JinanDb, cityId: number): Promise<number | undefined> {
  const r = await db
    .selectFrom('p_jinan_standards.campaign')
    .select('id')
    .where('city_id', '=', cityId)
    .orderBy('period_to', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.id;
}

/** The assessments of a campaign in the actor's scope, with the community org's path. */
export function assessmentHeads(db: JinanDb, cityId: number, campaignId: number, access: CityAccess) {
  return db
    .selectFrom('p_jinan_standards.assessment as a')
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'),
    )
    .select([
      'a.id',
      'a.community_place_id',
      'a.community_type',
      'a.state',
      'a.submitted_at',
      'a.locked_at',
      'o.path',
    ])
    .where('a.city_id', '=', cityId)
    .where('a.campaign_id', '=', campaignId)
    .where(orgPathFilter(access, 'o.path'))
    .orderBy('a.id')
    .execute();
}

/** Codes of the standards with neither a self-assessment nor a review, in order. */
export async function unassessedCodes(db: JinanDb, cityId: number, assessmentId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('p_jinan_standards.result as r')
    .innerJoin('p_jinan_standards.standard as s', (j) =>
      j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'),
    )
    .select('s.code')
    .where('r.city_id', '=', cityId)
    .where('r.assessment_id', '=', assessmentId)
    .where('r.self_result', 'is', null)
    .where('r.review_result', 'is', null)
    .orderBy('s.seq')
    .execute();
  return rows.map((r) => r.code);
}

/** The audit entries of an assessment and of its results, evidence and rectifications, newest first (500 at most). */
export function historyRows(db: JinanDb, cityId: number, assessmentId: number) {
  const id = String(assessmentId);
  return db
    .selectFrom('core.audit_log as l')
    .leftJoin('core.app_user as u', 'u.id', 'l.actor_user_id')
    .select([
      'l.id',
      'l.action',
      'l.entity',
      'l.entity_id',
      'l.before',
      'l.after',
      'l.at',
      'u.display_name',
      'u.username',
    ])
    .where('l.city_id', '=', cityId)
    .where((eb) =>
      eb.or([
        eb.and([eb('l.entity', '=', 'p_jinan_standards.assessment'), eb('l.entity_id', '=', id)]),
        eb.and([
          eb('l.entity', 'in', [
            'p_jinan_standards.result',
            'p_jinan_standards.evidence',
            'p_jinan_standards.rectification',
          ]),
          eb.or([
            eb(sql`l.after ->> 'assessmentId'`, '=', id),
            eb(sql`l.before ->> 'assessmentId'`, '=', id),
          ]),
        ]),
      ]),
    )
    .orderBy('l.id', 'desc')
    .limit(500)
    .execute();
}
export type HistoryRow = Awaited<ReturnType<typeof historyRows>>[number];

/** An evidence file's metadata with its assessment and standard code. */
export function findEvidence(db: JinanDb, cityId: number, id: number) {
  return db
    .selectFrom('p_jinan_standards.evidence as e')
    .innerJoin('p_jinan_standards.result as r', (j) =>
      j.onRef('r.city_id', '=', 'e.city_id').onRef('r.id', '=', 'e.result_id'),
    )
    .innerJoin('p_jinan_standards.standard as s', (j) =>
      j.onRef('s.city_id', '=', 'r.city_id').onRef('s.id', '=', 'r.standard_id'),
    )
    .select([
      'e.id',
      'e.filename',
      'e.mime_type',
      'e.size_bytes',
      'e.evidence_date',
      'r.assessment_id',
      's.code',
    ])
    .where('e.city_id', '=', cityId)
    .where('e.id', '=', id)
    .executeTakeFirst();
}
export type EvidenceRow = NonNullable<Awaited<ReturnType<typeof findEvidence>>>;

export async function evidenceContent(db: JinanDb, cityId: number, id: number): Promise<Uint8Array> {
  const row = await db
    .selectFrom('p_jinan_standards.evidence')
    .select('content')
    .where('city_id', '=', cityId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.content as Uint8Array;
}

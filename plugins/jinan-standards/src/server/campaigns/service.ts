import { insertBatches } from '@jiceng/plugin-kit';
import { COMMUNITY_TYPE_KEY } from '../../shared/model';
import type { JinanDb } from '../db';

export const COMMUNITY_ORG_KINDS = ['community_committee', 'community_general_branch', 'community_branch'];

export interface Community {
  placeId: number;
  placeName: string;
  streetPlaceId: number | null;
  streetName: string | null;
  type: string | null;
  orgId: number | null;
}

/** Communities of the city with their type (the place attribute core keeps for us), street and community party org (the first one, if several). */
export async function loadCommunities(db: JinanDb, cityId: number): Promise<Community[]> {
  const rows = await db
    .selectFrom('core.place as p')
    .leftJoin('core.place as s', (j) =>
      j.onRef('s.city_id', '=', 'p.city_id').onRef('s.id', '=', 'p.parent_id'),
    )
    .leftJoin('core.place_attribute as t', (j) =>
      j
        .onRef('t.city_id', '=', 'p.city_id')
        .onRef('t.place_id', '=', 'p.id')
        .on('t.key', '=', COMMUNITY_TYPE_KEY),
    )
    .leftJoin('core.org as o', (j) =>
      j
        .onRef('o.city_id', '=', 'p.city_id')
        .onRef('o.place_id', '=', 'p.id')
        .on('o.kind', 'in', COMMUNITY_ORG_KINDS)
        .on('o.active', '=', true),
    )
    .select([
      'p.id as place_id',
      'p.name as place_name',
      't.value as community_type',
      's.id as street_id',
      's.name as street_name',
      'o.id as org_id',
    ])
    .where('p.city_id', '=', cityId)
    .where('p.kind', '=', 'community')
    .orderBy('p.id')
    .orderBy('o.id')
    .execute();
  const out = new Map<number, Community>();
  for (const r of rows)
    if (!out.has(r.place_id))
      out.set(r.place_id, {
        placeId: r.place_id,
        placeName: r.place_name,
        streetPlaceId: r.street_id,
        streetName: r.street_name,
        type: r.community_type,
        orgId: r.org_id,
      });
  return [...out.values()];
}

/**
 * Creates one assessment per community with a result row for every standard that applies to the community's
 * type (weight taken from the version), so "applicable" is fixed when the assessment begins.
 */
export async function addAssessments(
  db: JinanDb,
  cityId: number,
  campaign: { id: number; templateVersionId: number },
  communities: { placeId: number; orgId: number; type: string }[],
): Promise<number[]> {
  if (!communities.length) return [];
  const ids = await insertBatches(
    db,
    'p_jinan_standards.assessment',
    communities.map((c) => ({
      city_id: cityId,
      campaign_id: campaign.id,
      template_version_id: campaign.templateVersionId,
      community_place_id: c.placeId,
      community_org_id: c.orgId,
      community_type: c.type,
    })),
  );
  const types = await db
    .selectFrom('p_jinan_standards.standard_type as t')
    .innerJoin('p_jinan_standards.standard as s', (j) =>
      j.onRef('s.city_id', '=', 't.city_id').onRef('s.id', '=', 't.standard_id'),
    )
    .select(['t.standard_id', 't.community_type', 't.weight'])
    .where('s.city_id', '=', cityId)
    .where('s.template_version_id', '=', campaign.templateVersionId)
    .orderBy('s.seq')
    .execute();
  const rows = communities.flatMap((c, n) =>
    types
      .filter((t) => t.community_type === c.type)
      .map((t) => ({
        city_id: cityId,
        assessment_id: ids[n]!,
        standard_id: t.standard_id,
        template_version_id: campaign.templateVersionId,
        weight: t.weight,
      })),
  );
  await insertBatches(db, 'p_jinan_standards.result', rows);
  return ids;
}

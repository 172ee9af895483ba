import {
  type CityAccess,
  notFound,
  pathInScope,
  type PluginEnv,
  pluginAudit,
  type Who,
  say,
} from '@jiceng/plugin-kit';
import type { Context } from 'hono';
import type { StateCode } from '../shared/model';
import type { Config } from '../manifest';
import type { JinanDb } from './db';

export type Ctx = Context<PluginEnv<Config>>;

export interface AssessmentAccess {
  id: number;
  campaignId: number;
  templateVersionId: number;
  communityPlaceId: number;
  communityOrgId: number;
  communityType: string;
  state: StateCode;
  orgPath: string;
  /** May fill in the self-assessment: the community's own org admin, anyone above it, or a city admin. */
  canSelf: boolean;
  /** May review, return and approve: an admin of an org strictly above the community (the street), or a city admin. */
  canReview: boolean;
}

/** The actor reviews a community when one of their grants sits strictly above its org. */
export function reviewsPath(c: Ctx, orgPath: string): boolean {
  return reviewsWithin(c.get('access'), orgPath);
}

/** The pure rule behind `reviewsPath`: a city-wide reach, or a grant strictly above the community's org. */
export function reviewsWithin(access: CityAccess, orgPath: string): boolean {
  if (access.level === 'city') return true;
  if (access.level !== 'orgs') return false;
  return access.paths.some((p) => orgPath.startsWith(p) && p !== orgPath);
}

/** An assessment in the actor's scope (404 otherwise, so other communities' ids are not confirmed). */
export async function loadAssessment(db: JinanDb, c: Ctx, id: number): Promise<AssessmentAccess> {
  const row = await db
    .selectFrom('p_jinan_standards.assessment as a')
    .innerJoin('core.org as o', (j) =>
      j.onRef('o.city_id', '=', 'a.city_id').onRef('o.id', '=', 'a.community_org_id'),
    )
    .select([
      'a.id',
      'a.campaign_id',
      'a.template_version_id',
      'a.community_place_id',
      'a.community_org_id',
      'a.community_type',
      'a.state',
      'o.path',
    ])
    .where('a.city_id', '=', c.get('city').id)
    .where('a.id', '=', id)
    .executeTakeFirst();
  const access = c.get('access');
  if (!row || !pathInScope(access, row.path)) throw notFound(say('考评', 'Assessment'));
  return {
    id: row.id,
    campaignId: row.campaign_id,
    templateVersionId: row.template_version_id,
    communityPlaceId: row.community_place_id,
    communityOrgId: row.community_org_id,
    communityType: row.community_type,
    state: row.state,
    orgPath: row.path,
    canSelf: true,
    canReview: reviewsPath(c, row.path),
  };
}

/** Every write's audit entry, stored as `p_jinan_standards.<entity>`. */
export const audit = pluginAudit('p_jinan_standards');

import { sql } from 'kysely';
import type { ReportRule } from '../../shared/model';
import { communityKindsSql, type MemberRow } from '../common';
import type { LongyanDb } from '../db';

export interface RuleTarget {
  rule: ReportRule;
  /** The community place the member lives in (rule 'residence'). */
  residenceCommunity: { id: number; name: string } | null;
  /** Where the member reports; null when the rule cannot name one (see `problem`). */
  target: { id: number; name: string; path: string } | null;
  /** Community orgs the member's unit is paired with (rule 'co_building'); more than one means the member picks. */
  paired: { id: number; name: string; path: string }[];
  /** The org that issues the 报到证: the unit's party org, else the member's own organization relation. */
  issuerOrgId: number;
  problem: 'no_community_org' | 'not_paired' | 'several_paired' | null;
}

/**
 * 报到原则: lives in a community → report to the residence community; lives outside any community →
 * report to the community the member's unit is paired with for co-building (结对共建).
 */
export async function ruleTarget(db: LongyanDb, cityId: number, member: MemberRow): Promise<RuleTarget> {
  const unit = member.unit_id
    ? await db
        .selectFrom('core.unit')
        .select(['org_id'])
        .where('city_id', '=', cityId)
        .where('id', '=', member.unit_id)
        .executeTakeFirst()
    : undefined;
  const issuerOrgId = unit?.org_id ?? member.org_id;

  if (member.residence_place_id != null) {
    const community = (
      await sql<{ id: number; name: string }>`
        select c.id, c.name from core.place c
        join core.place p on p.city_id = c.city_id and p.id = ${member.residence_place_id}
        where c.city_id = ${cityId} and c.kind = 'community' and p.path like c.path || '%'
        order by c.depth desc limit 1`.execute(db)
    ).rows[0];
    if (community) {
      const org = (
        await sql<{ id: number; name: string; path: string }>`
          select id, name, path from core.org
          where city_id = ${cityId} and place_id = ${community.id} and kind in (${communityKindsSql}) and active
          order by id limit 1`.execute(db)
      ).rows[0];
      return {
        rule: 'residence',
        residenceCommunity: community,
        target: org ?? null,
        paired: [],
        issuerOrgId,
        problem: org ? null : 'no_community_org',
      };
    }
  }

  const paired = (
    await sql<{ id: number; name: string; path: string }>`
      select o.id, o.name, o.path from core.org_link l
      join core.org o on o.city_id = l.city_id and o.id = l.to_org_id
      where l.city_id = ${cityId} and l.kind = 'co_building' and l.from_org_id = ${issuerOrgId} and l.until is null
        and o.kind in (${communityKindsSql}) and o.active
      order by o.id`.execute(db)
  ).rows;
  return {
    rule: 'co_building',
    residenceCommunity: null,
    target: paired.length === 1 ? paired[0]! : null,
    paired,
    issuerOrgId,
    problem: paired.length === 0 ? 'not_paired' : paired.length > 1 ? 'several_paired' : null,
  };
}

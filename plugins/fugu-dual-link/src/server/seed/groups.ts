import { sql } from 'kysely';
import { S } from '../common';
import { groupName, planGroups } from '../posts/rules';
import type { SeedPost } from './posts';
import type { Structure } from './structure';
import { bulkInsert, type Reg, type SeedWorld } from './world';

/** Party groups: one per 20–30 members of similar posts, led by the most active. */
export async function seedGroups(w: SeedWorld, s: Structure, active: Reg[], postOf: Map<Reg, SeedPost>) {
  const { db, city, cfg, progress } = w;
  const { communities } = s;
  progress('party groups', 0, communities.length);
  const groupRows: Record<string, unknown>[] = [];
  const groupMembers: number[][] = [];
  for (const c of communities) {
    const plan = planGroups(
      active
        .filter((r) => r.communityOrgId === c.id)
        .map((r) => ({
          id: r.id!,
          category: postOf.get(r)?.category ?? null,
          activities: r.activities.length,
        })),
      cfg,
    );
    plan.forEach((g, i) => {
      groupRows.push({
        city_id: city,
        community_org_id: c.id,
        name: groupName(i + 1, g.category),
        category: g.category,
        leader_registration_id: g.leaderId,
      });
      groupMembers.push(g.memberIds);
    });
  }
  const groupIds = await bulkInsert(db, `${S}.party_group`, groupRows);
  const membership = groupIds.flatMap((g, i) => groupMembers[i]!.map((id) => ({ id, g })));
  for (let i = 0; i < membership.length; i += 5000)
    await sql`update ${sql.table(`${S}.registration`)} r set party_group_id = x.g
      from jsonb_to_recordset(${JSON.stringify(membership.slice(i, i + 5000))}::jsonb) as x(id int, g int)
      where r.city_id = ${city} and r.id = x.id`.execute(db);
  progress('party groups', communities.length, communities.length);
}

import { insertBatches, intBetween, pick, spread } from '@jiceng/plugin-kit';
import { sql } from 'kysely';
import { ORG_KINDS } from '../../shared/model';
import { S } from '../common';
import { addDays, bulk, dayIn, minDate, PUBLISHED } from './data';
import type { Reports } from './reports';
import type { World } from './world';

/** 立体网格: volunteer teams and grid temporary branches; reported members placed into them. */
export async function seedGrids(s: World & Reports) {
  const { db, cityId, random, progress, now, rnd, k, reported, activeCommunities } = s;
  progress('grids', 0, 1);
  const teamRows: Record<string, unknown>[] = [];
  const teamCommunity: number[] = [];
  const teamCounts = spread(rnd(PUBLISHED.teams * k) || activeCommunities.length, activeCommunities.length);
  activeCommunities.forEach((c, i) => {
    for (let t = 0; t < Math.max(1, teamCounts[i]!); t++) {
      teamRows.push({
        city_id: cityId,
        community_org_id: c.id,
        name: `${['党员先锋', '红色志愿', '邻里互助', '文明劝导', '平安巡逻', '关爱帮扶', '环境卫士'][t % 7]}服务队${t >= 7 ? t + 1 : ''}`,
        leader_member_id: null,
        founded_on: dayIn(random, '2016-01-01', '2018-06-30'),
      });
      teamCommunity.push(c.id);
    }
  });
  const teamIds = await bulk(db, `${S}.volunteer_team`, teamRows, true);
  const teamsOf = new Map<number, number[]>();
  teamIds.forEach((id, i) => {
    teamsOf.set(teamCommunity[i]!, [...(teamsOf.get(teamCommunity[i]!) ?? []), id]);
  });
  const gridCounts = spread(rnd(PUBLISHED.grids * k) || activeCommunities.length, activeCommunities.length);
  const gridRows: { community: number; n: number }[] = [];
  activeCommunities.forEach((c, i) => {
    for (let g = 0; g < Math.max(1, gridCounts[i]!); g++) gridRows.push({ community: c.id, n: g + 1 });
  });
  const gridOrgIds = await insertBatches(
    db,
    'core.org',
    gridRows.map((g) => ({
      city_id: cityId,
      parent_id: g.community,
      kind: ORG_KINDS.gridBranch,
      name: `第${g.n}网格临时党支部`,
      place_id: null,
    })),
  );
  const gridsOf = new Map<number, number[]>();
  await bulk(
    db,
    `${S}.grid_branch`,
    gridRows.map((g, i) => {
      gridsOf.set(g.community, [...(gridsOf.get(g.community) ?? []), gridOrgIds[i]!]);
      const teams = teamsOf.get(g.community) ?? [];
      return {
        city_id: cityId,
        org_id: gridOrgIds[i],
        community_org_id: g.community,
        volunteer_team_id: teams.length ? teams[(g.n - 1) % teams.length] : null,
        formed_on: dayIn(random, '2016-06-01', '2018-06-30'),
      };
    }),
  );
  const placementRows: Record<string, unknown>[] = [];
  const teamMemberRows: Record<string, unknown>[] = [];
  const leaders = new Map<number, number>();
  for (const r of reported) {
    const grids = gridsOf.get(r.community) ?? [];
    if (grids.length && random() < 0.97)
      placementRows.push({
        city_id: cityId,
        member_id: r.memberId,
        grid_org_id: pick(random, grids),
        placed_on: minDate(now, addDays(r.date, intBetween(random, 0, 20))),
      });
    const teams = teamsOf.get(r.community) ?? [];
    if (teams.length && random() < 0.25) {
      const team = pick(random, teams);
      if (!leaders.has(team)) leaders.set(team, r.memberId);
      teamMemberRows.push({
        city_id: cityId,
        team_id: team,
        member_id: r.memberId,
        joined_on: minDate(now, addDays(r.date, intBetween(random, 0, 30))),
      });
    }
  }
  await bulk(db, `${S}.grid_placement`, placementRows);
  await bulk(db, `${S}.team_member`, teamMemberRows);
  if (leaders.size)
    await sql`
      update ${sql.raw(S)}.volunteer_team t set leader_member_id = l.member_id
      from json_to_recordset(${JSON.stringify([...leaders].map(([team, member]) => ({ team, member_id: member })))}::json) as l(team integer, member_id integer)
      where t.city_id = ${cityId} and t.id = l.team`.execute(db);
  progress('grids', 1, 1);
}

import {
  ApiError,
  describe,
  idParam,
  invalid,
  isoDate,
  notFound,
  num,
  type PluginContext,
  type PluginEnv,
  pathInScope,
  positiveId,
  queryId,
  recordAudit,
  refuse,
  requireOrgLevel,
  say,
  scopeCondition,
  text,
  todayOf,
  validate,
} from '@jiceng/plugin-kit';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { ORG_KINDS, periodOf } from '../../shared/model';
import { communityOrgInScope, loadMember, S, TAG } from '../common';
import type { LongyanTables } from '../db';
import { itemsOf } from '../schemas';
import { reportedCommunity } from '../service/queries';
import {
  gridListItemSchema,
  gridMemberSchema,
  gridSchema,
  placementSchema,
  teamListItemSchema,
  teamMemberSchema,
  teamSchema,
  unplacedSchema,
} from './schemas';

const schema = sql.raw(S);
const teamBody = z.object({
  communityOrgId: positiveId,
  name: text(80),
  leaderMemberId: positiveId.nullable().optional(),
  foundedOn: isoDate.optional(),
});
const gridBody = z.object({
  communityOrgId: positiveId,
  name: text(80),
  volunteerTeamId: positiveId.nullable().optional(),
  formedOn: isoDate.optional(),
});
const memberBody = z.object({ memberId: positiveId });
const listQuery = z.object({ communityOrgId: queryId.optional() });

type C = Context<PluginEnv<Config>>;

export function gridRoutes(ctx: PluginContext<Config, LongyanTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const currentPeriod = () => periodOf(todayOf(ctx));

  /** Only members who reported to this community this period are placed in its teams and grids. */
  async function reportedHere(c: C, memberId: number, communityOrgId: number) {
    const city = c.get('city');
    const member = await loadMember(db, city.id, memberId, 'memberId');
    const r = await reportedCommunity(db, city.id, member.id, currentPeriod());
    if (!r || r.community_org_id !== communityOrgId)
      throw refuse(
        say('该党员本期未到本社区报到', 'the member has not reported to this community this period'),
        'memberId',
      );
    return member;
  }

  async function loadTeam(c: C, id: number) {
    const city = c.get('city');
    const team = await db
      .selectFrom(`${S}.volunteer_team as t`)
      .innerJoin('core.org as co', (j) =>
        j.onRef('co.city_id', '=', 't.city_id').onRef('co.id', '=', 't.community_org_id'),
      )
      .select(['t.id', 't.name', 't.community_org_id', 'co.path'])
      .where('t.city_id', '=', city.id)
      .where('t.id', '=', id)
      .executeTakeFirst();
    if (!team || !pathInScope(c.get('access'), team.path))
      throw notFound(say('志愿服务队', 'Volunteer team'));
    return team;
  }

  async function loadGrid(c: C, id: number) {
    const city = c.get('city');
    const grid = await db
      .selectFrom(`${S}.grid_branch as g`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'g.city_id').onRef('o.id', '=', 'g.org_id'),
      )
      .select(['g.org_id', 'o.name', 'o.path', 'g.community_org_id'])
      .where('g.city_id', '=', city.id)
      .where('g.org_id', '=', id)
      .executeTakeFirst();
    if (!grid || !pathInScope(c.get('access'), grid.path)) throw notFound('org');
    return grid;
  }

  // --- Volunteer teams (志愿服务队) ---
  app.get(
    '/teams',
    describe({
      summary: 'Volunteer teams of the communities in scope',
      response: itemsOf(teamListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const { communityOrgId } = c.req.valid('query');
      if (communityOrgId) await communityOrgInScope(db, c, communityOrgId);
      const rows = await sql<any>`
      select t.id, t.name, t.community_org_id, co.name as community_org_name, t.leader_member_id, lm.name as leader_name, t.founded_on,
        (select count(*) from ${schema}.team_member tm where tm.city_id = t.city_id and tm.team_id = t.id)::int as members
      from ${schema}.volunteer_team t
      join core.org co on co.city_id = t.city_id and co.id = t.community_org_id
      left join core.member lm on lm.city_id = t.city_id and lm.id = t.leader_member_id
      where t.city_id = ${c.get('city').id} and ${scopeCondition(c.get('access'), ['co.path'])} ${communityOrgId ? sql`and t.community_org_id = ${communityOrgId}` : sql``}
      order by t.community_org_id, t.id limit 2000`.execute(db);
      return c.json({
        items: rows.rows.map((r) => ({
          id: r.id,
          name: r.name,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
          leaderMemberId: r.leader_member_id,
          leaderName: r.leader_name,
          foundedOn: r.founded_on,
          members: num(r.members),
        })),
      });
    },
  );

  app.post(
    '/teams',
    describe({ summary: 'Form a volunteer team in a community', status: 201, response: teamSchema, ...TAG }),
    validate('json', teamBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      if (b.leaderMemberId)
        await reportedHere(c, b.leaderMemberId, community.id).catch((e) => {
          throw e instanceof ApiError ? new ApiError(e.status, e.key, e.params, 'leaderMemberId') : e;
        });
      const exists = await db
        .selectFrom(`${S}.volunteer_team`)
        .select('id')
        .where('city_id', '=', city.id)
        .where('community_org_id', '=', community.id)
        .where('name', '=', b.name)
        .executeTakeFirst();
      if (exists) throw refuse(say('本社区已有同名志愿服务队', 'a team of that name exists'), 'name');
      const team = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto(`${S}.volunteer_team`)
          .values({
            city_id: city.id,
            community_org_id: community.id,
            name: b.name,
            leader_member_id: b.leaderMemberId ?? null,
            founded_on: b.foundedOn ?? todayOf(ctx),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        if (b.leaderMemberId)
          await trx
            .insertInto(`${S}.team_member`)
            .values({
              city_id: city.id,
              team_id: row.id,
              member_id: b.leaderMemberId,
              joined_on: row.founded_on,
            })
            .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.volunteer_team`,
          entityId: row.id,
          after: row,
        });
        return row;
      });
      return c.json(
        {
          id: team.id,
          name: team.name,
          communityOrgId: community.id,
          leaderMemberId: team.leader_member_id,
          foundedOn: team.founded_on,
          members: b.leaderMemberId ? 1 : 0,
        },
        201,
      );
    },
  );

  app.post(
    '/teams/:id/members',
    describe({
      summary: 'Add a reported member to a volunteer team',
      status: 201,
      response: teamMemberSchema,
      ...TAG,
      responses: { 404: 'unknown team', 409: 'already in the team, or not reported here' },
    }),
    validate('param', idParam),
    validate('json', memberBody),
    async (c) => {
      requireOrgLevel(c);
      const team = await loadTeam(c, c.req.valid('param').id);
      const member = await reportedHere(c, c.req.valid('json').memberId, team.community_org_id);
      const city = c.get('city');
      const dup = await db
        .selectFrom(`${S}.team_member`)
        .select('member_id')
        .where('city_id', '=', city.id)
        .where('team_id', '=', team.id)
        .where('member_id', '=', member.id)
        .executeTakeFirst();
      if (dup) throw refuse(say('已在该服务队', 'already in the team'), 'memberId');
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto(`${S}.team_member`)
          .values({ city_id: city.id, team_id: team.id, member_id: member.id, joined_on: todayOf(ctx) })
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'join',
          entity: `${S}.team_member`,
          entityId: team.id,
          after: { memberId: member.id },
        });
      });
      return c.json({ teamId: team.id, memberId: member.id, memberName: member.name }, 201);
    },
  );

  // --- 网格临时党支部 (立体网格) ---
  app.get(
    '/grid-branches',
    describe({
      summary: 'Grid temporary party branches and how many reported members each holds',
      response: itemsOf(gridListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const { communityOrgId } = c.req.valid('query');
      if (communityOrgId) await communityOrgInScope(db, c, communityOrgId);
      const rows = await sql<any>`
      select g.org_id as id, o.name, g.community_org_id, co.name as community_org_name, g.volunteer_team_id, t.name as volunteer_team_name, g.formed_on,
        (select count(*) from ${schema}.grid_placement p where p.city_id = g.city_id and p.grid_org_id = g.org_id)::int as members
      from ${schema}.grid_branch g
      join core.org o on o.city_id = g.city_id and o.id = g.org_id
      join core.org co on co.city_id = g.city_id and co.id = g.community_org_id
      left join ${schema}.volunteer_team t on t.city_id = g.city_id and t.id = g.volunteer_team_id
      where g.city_id = ${c.get('city').id} and ${scopeCondition(c.get('access'), ['o.path'])} ${communityOrgId ? sql`and g.community_org_id = ${communityOrgId}` : sql``}
      order by g.community_org_id, g.org_id limit 2000`.execute(db);
      return c.json({
        items: rows.rows.map((r) => ({
          id: r.id,
          name: r.name,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
          volunteerTeamId: r.volunteer_team_id,
          volunteerTeamName: r.volunteer_team_name,
          formedOn: r.formed_on,
          members: num(r.members),
        })),
      });
    },
  );

  app.post(
    '/grid-branches',
    describe({
      summary: 'Set up a grid temporary party branch, led horizontally by a volunteer team',
      status: 201,
      response: gridSchema,
      ...TAG,
    }),
    validate('json', gridBody),
    async (c) => {
      requireOrgLevel(c);
      const b = c.req.valid('json');
      const city = c.get('city');
      const community = await communityOrgInScope(db, c, b.communityOrgId);
      if (b.volunteerTeamId) {
        const team = await db
          .selectFrom(`${S}.volunteer_team`)
          .select(['id', 'community_org_id'])
          .where('city_id', '=', city.id)
          .where('id', '=', b.volunteerTeamId)
          .executeTakeFirst();
        if (!team) throw new ApiError(400, 'cross_city', { field: 'volunteerTeamId' }, 'volunteerTeamId');
        if (team.community_org_id !== community.id)
          throw invalid(
            say('志愿服务队不属于本社区', 'the team belongs to another community'),
            'volunteerTeamId',
          );
      }
      const formedOn = b.formedOn ?? todayOf(ctx);
      const grid = await db.transaction().execute(async (trx) => {
        const org = await trx
          .insertInto('core.org')
          .values({
            city_id: city.id,
            parent_id: community.id,
            kind: ORG_KINDS.gridBranch,
            name: b.name,
            place_id: null,
          })
          .returning(['id', 'name'])
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.grid_branch`)
          .values({
            city_id: city.id,
            org_id: org.id,
            community_org_id: community.id,
            volunteer_team_id: b.volunteerTeamId ?? null,
            formed_on: formedOn,
          })
          .execute();
        const view = {
          id: org.id,
          name: org.name,
          communityOrgId: community.id,
          volunteerTeamId: b.volunteerTeamId ?? null,
          formedOn,
          members: 0,
        };
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: 'create',
          entity: `${S}.grid_branch`,
          entityId: org.id,
          after: view,
        });
        return view;
      });
      return c.json(grid, 201);
    },
  );

  app.get(
    '/grid-branches/:id/members',
    describe({
      summary: 'Reported members placed in a grid branch',
      response: itemsOf(gridMemberSchema),
      ...TAG,
      responses: { 404: 'unknown grid branch' },
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgLevel(c);
      const grid = await loadGrid(c, c.req.valid('param').id);
      const rows = await db
        .selectFrom(`${S}.grid_placement as p`)
        .innerJoin('core.member as m', (j) =>
          j.onRef('m.city_id', '=', 'p.city_id').onRef('m.id', '=', 'p.member_id'),
        )
        .leftJoin('core.unit as u', (j) =>
          j.onRef('u.city_id', '=', 'm.city_id').onRef('u.id', '=', 'm.unit_id'),
        )
        .select(['m.id as memberId', 'm.name as memberName', 'u.name as unitName', 'p.placed_on as placedOn'])
        .where('p.city_id', '=', c.get('city').id)
        .where('p.grid_org_id', '=', grid.org_id)
        .orderBy('m.id')
        .limit(2000)
        .execute();
      return c.json({ items: rows });
    },
  );

  app.post(
    '/grid-branches/:id/placements',
    describe({
      summary:
        'Place a reported member into a grid branch (moves them if placed elsewhere: movedFrom says from where)',
      status: 201,
      response: placementSchema,
      ...TAG,
      responses: { 404: 'unknown grid branch', 409: 'already placed here, or not reported here' },
    }),
    validate('param', idParam),
    validate('json', memberBody),
    async (c) => {
      requireOrgLevel(c);
      const grid = await loadGrid(c, c.req.valid('param').id);
      const member = await reportedHere(c, c.req.valid('json').memberId, grid.community_org_id);
      const city = c.get('city');
      const before = await db
        .selectFrom(`${S}.grid_placement`)
        .selectAll()
        .where('city_id', '=', city.id)
        .where('member_id', '=', member.id)
        .executeTakeFirst();
      if (before?.grid_org_id === grid.org_id)
        throw refuse(say('已在该网格党支部', 'already placed here'), 'memberId');
      const placedOn = todayOf(ctx);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto(`${S}.grid_placement`)
          .values({ city_id: city.id, member_id: member.id, grid_org_id: grid.org_id, placed_on: placedOn })
          .onConflict((oc) =>
            oc
              .columns(['city_id', 'member_id'])
              .doUpdateSet({ grid_org_id: grid.org_id, placed_on: placedOn }),
          )
          .execute();
        await recordAudit(trx, {
          cityId: city.id,
          actorUserId: c.get('actor').userId,
          action: before ? 'move' : 'place',
          entity: `${S}.grid_placement`,
          entityId: member.id,
          before: before ?? null,
          after: { gridOrgId: grid.org_id, placedOn },
        });
      });
      return c.json(
        {
          memberId: member.id,
          memberName: member.name,
          gridOrgId: grid.org_id,
          placedOn,
          movedFrom: before?.grid_org_id ?? null,
        },
        201,
      );
    },
  );

  app.get(
    '/placements/unplaced',
    describe({
      summary: 'Members who reported to a community this period but are in no grid branch yet',
      response: itemsOf(unplacedSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgLevel(c);
      const { communityOrgId } = c.req.valid('query');
      if (communityOrgId) await communityOrgInScope(db, c, communityOrgId);
      const rows = await sql<any>`
      select m.id as member_id, m.name as member_name, r.community_org_id, co.name as community_org_name, r.status
      from ${schema}.report r
      join core.member m on m.city_id = r.city_id and m.id = r.member_id
      join core.org co on co.city_id = r.city_id and co.id = r.community_org_id
      left join ${schema}.grid_placement p on p.city_id = r.city_id and p.member_id = r.member_id
      where r.city_id = ${c.get('city').id} and r.period = ${currentPeriod()} and p.member_id is null and ${scopeCondition(c.get('access'), ['co.path'])}
        ${communityOrgId ? sql`and r.community_org_id = ${communityOrgId}` : sql``}
      order by r.id limit 500`.execute(db);
      return c.json({
        items: rows.rows.map((r) => ({
          memberId: r.member_id,
          memberName: r.member_name,
          communityOrgId: r.community_org_id,
          communityOrgName: r.community_org_name,
          reportStatus: r.status,
        })),
      });
    },
  );

  return app;
}

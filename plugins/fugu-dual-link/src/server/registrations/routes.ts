import {
  ApiError,
  describe,
  forbidden,
  idParam,
  notFound,
  paging,
  type PluginEnv,
  validate,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUSES,
  type RegistrationStatus,
} from '../../shared/terms';
import {
  ACTIVE,
  audit,
  type C,
  type Ctx,
  cityId,
  communityOrg,
  conflict,
  ENTITY,
  inScope,
  invalid,
  isoDate,
  loadRegistration,
  notify,
  OPEN,
  optionalText,
  queryId,
  type RegistrationRow,
  registrationQuery,
  requireCommunitySide,
  requireUnitSide,
  S,
  type Sides,
  sidesOf,
  TAG,
  today,
  visibleRegistrations,
  say,
} from '../common';
import {
  movedSchema,
  okSchema,
  registrationDetailSchema,
  registrationListSchema,
  registrationSchema,
} from '../schemas';
import type { FuguDb } from '../db';
import type { Config } from '../../manifest';

export function registrationView(
  r: RegistrationRow & { place_name?: string | null; post_name?: string | null; group_name?: string | null },
  sides?: Sides,
) {
  return {
    id: r.id,
    letterNo: r.letter_no,
    memberId: r.member_id,
    memberName: r.member_name,
    cadreRank: r.cadre_rank,
    unitOrgId: r.unit_org_id,
    unitOrgName: r.unit_org_name,
    communityOrgId: r.community_org_id,
    communityName: r.community_name,
    residencePlaceId: r.residence_place_id,
    residencePlaceName: r.place_name ?? null,
    address: r.address,
    occupation: r.occupation,
    skills: r.skills,
    commitment: r.commitment,
    board: {
      onBoard: r.on_board,
      showPhoto: r.show_photo,
      showUnit: r.show_unit,
      showCommitment: r.show_commitment,
      showPost: r.show_post,
    },
    status: r.status,
    sentOn: r.sent_on,
    stampedOn: r.stamped_on,
    part1FiledOn: r.part1_filed_on,
    returnedOn: r.returned_on,
    returnReason: r.return_reason,
    closedOn: r.closed_on,
    closeReason: r.close_reason,
    previousId: r.previous_id,
    partyGroupId: r.party_group_id,
    partyGroupName: r.group_name ?? null,
    postName: r.post_name ?? null,
    /** The two parts of 《机关党员报到登记卡》: part 1 goes back to the unit, part 2 stays with the community. */
    card: {
      part1: { keptBy: 'unit', stamped: !!r.stamped_on, filedOn: r.part1_filed_on },
      part2: { keptBy: 'community', stamped: !!r.stamped_on, filedOn: r.stamped_on },
      complete: !!r.stamped_on && !!r.part1_filed_on,
    },
    ...(sides ? { sides } : {}),
  };
}

const boardFields = {
  onBoard: z.boolean().optional(),
  showPhoto: z.boolean().optional(),
  showUnit: z.boolean().optional(),
  showCommitment: z.boolean().optional(),
  showPost: z.boolean().optional(),
};

const createBody = z.object({
  memberId: z.number().int().positive(),
  communityOrgId: z.number().int().positive(),
  residencePlaceId: z.number().int().positive().nullable().optional(),
  address: optionalText(200),
  occupation: optionalText(60),
  skills: optionalText(200),
  commitment: optionalText(300),
  sentOn: isoDate.optional(),
  ...boardFields,
});
const updateBody = z
  .object({
    address: optionalText(200),
    occupation: optionalText(60),
    skills: optionalText(200),
    commitment: optionalText(300),
    ...boardFields,
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const dateBody = z.object({ on: isoDate.optional() });
const returnBody = z.object({ reason: z.string().trim().min(1).max(200), on: isoDate.optional() });
const moveBody = z.object({
  newCommunityOrgId: z.number().int().positive(),
  newResidencePlaceId: z.number().int().positive().nullable().optional(),
  address: optionalText(200),
  movedOn: isoDate.optional(),
});
const closeBody = z.object({
  reason: z.enum(['left_unit', 'other']),
  note: optionalText(200),
  on: isoDate.optional(),
});
const photoBody = z.object({
  dataUrl: z
    .string()
    .max(400_000) // about 300 KB of image
    .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, 'PNG/JPEG/WebP data URL'),
});
const listQuery = paging.extend({
  side: z.enum(['unit', 'community', 'all']).default('all'),
  status: z.enum(REGISTRATION_STATUSES).optional(),
  open: z.enum(['true', 'false']).optional(),
  communityOrgId: queryId.optional(),
  unitOrgId: queryId.optional(),
  memberId: queryId.optional(),
  q: z.string().trim().max(60).optional(),
});

/** The place must lie in the community's area (its compound or building). */
async function checkResidence(
  db: FuguDb,
  city: number,
  communityPlaceId: number | null,
  placeId: number,
  field: string,
) {
  const place = await db
    .selectFrom('core.place')
    .select(['id', 'path', 'kind'])
    .where('city_id', '=', city)
    .where('id', '=', placeId)
    .executeTakeFirst();
  if (!place) throw new ApiError(400, 'cross_city', { field }, field);
  if (communityPlaceId) {
    const community = await db
      .selectFrom('core.place')
      .select('path')
      .where('city_id', '=', city)
      .where('id', '=', communityPlaceId)
      .executeTakeFirst();
    if (community && !place.path.startsWith(community.path))
      throw invalid(say('住址不在该社区范围内', 'the address is not in this community'), field);
  }
}

async function nextLetterNo(db: FuguDb, city: number, memberId: number, on: string) {
  const r = await db
    .selectFrom(`${S}.registration`)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .executeTakeFirstOrThrow();
  return `SLSG${on.replace(/-/g, '')}-${memberId}-${Number(r.n) + 1}`;
}

/** Opens a registration (the unit's 报到函) at a community; shared by "send" and "moved away". */
export async function openRegistration(
  trx: FuguDb,
  c: C,
  input: {
    memberId: number;
    unitOrgId: number;
    communityOrgId: number;
    residencePlaceId: number | null;
    address?: string | null;
    occupation?: string | null;
    skills?: string | null;
    commitment?: string | null;
    board?: {
      onBoard?: boolean;
      showPhoto?: boolean;
      showUnit?: boolean;
      showCommitment?: boolean;
      showPost?: boolean;
    };
    sentOn: string;
    previousId?: number | null;
  },
) {
  const city = cityId(c);
  const b = input.board ?? {};
  const row = await trx
    .insertInto(`${S}.registration`)
    .values({
      city_id: city,
      member_id: input.memberId,
      unit_org_id: input.unitOrgId,
      community_org_id: input.communityOrgId,
      residence_place_id: input.residencePlaceId,
      address: input.address ?? null,
      occupation: input.occupation ?? null,
      skills: input.skills ?? null,
      commitment: input.commitment ?? null,
      on_board: b.onBoard ?? false,
      show_photo: b.showPhoto ?? false,
      show_unit: b.showUnit ?? false,
      show_commitment: b.showCommitment ?? false,
      show_post: b.showPost ?? false,
      status: 'sent',
      letter_no: await nextLetterNo(trx, city, input.memberId, input.sentOn),
      sent_on: input.sentOn,
      sent_by: c.get('actor').userId,
      previous_id: input.previousId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, c, 'create', 'registration', row.id, null, { ...input });
  return row.id as number;
}

/** Ends what an active registration holds in the community: post, party group, the core activity affiliation. */
export async function releaseRegistration(trx: FuguDb, city: number, reg: RegistrationRow, on: string) {
  await trx
    .updateTable(`${S}.post_assignment`)
    .set({ until: on })
    .where('city_id', '=', city)
    .where('registration_id', '=', reg.id)
    .where('until', 'is', null)
    .execute();
  await trx
    .updateTable(`${S}.party_group`)
    .set({ leader_registration_id: null })
    .where('city_id', '=', city)
    .where('leader_registration_id', '=', reg.id)
    .execute();
  if (reg.affiliation_id)
    await trx
      .updateTable('core.member_affiliation')
      .set({ until: sql`greatest(since, ${on}::date)` })
      .where('city_id', '=', city)
      .where('id', '=', reg.affiliation_id)
      .where('until', 'is', null)
      .execute();
}

/** Only the community itself stamps its part: an admin of exactly that community org — not the unit, not a level above. */
function canStamp(c: C, reg: Pick<RegistrationRow, 'community_path' | 'status'>) {
  const access = c.get('access');
  return access.level === 'orgs' && access.paths.includes(reg.community_path);
}

export function registrationRoutes(ctx: Ctx) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  app.get(
    '/registrations',
    describe({
      summary: 'Registrations (报到登记卡) the actor sees from either side, filtered',
      response: registrationListSchema,
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      const f = c.req.valid('query');
      const city = cityId(c);
      const access = c.get('access');
      let q = registrationQuery(db, city).where(visibleRegistrations(access));
      if (access.level === 'orgs' && f.side !== 'all') {
        const col = f.side === 'unit' ? 'uo.path' : 'co.path';
        q = q.where((eb) => eb.or(access.paths.map((p) => eb(col, 'like', `${p}%`))));
      }
      if (f.status) q = q.where('r.status', '=', f.status);
      if (f.open === 'true') q = q.where('r.status', 'in', OPEN);
      if (f.communityOrgId) q = q.where('r.community_org_id', '=', f.communityOrgId);
      if (f.unitOrgId) q = q.where('r.unit_org_id', '=', f.unitOrgId);
      if (f.memberId) q = q.where('r.member_id', '=', f.memberId);
      if (f.q) q = q.where((eb) => eb.or([eb('m.name', 'like', `%${f.q}%`), eb('r.letter_no', '=', f.q!)]));
      const [rows, total, counts] = await Promise.all([
        q
          .leftJoin('core.place as pl', (j) =>
            j.onRef('pl.city_id', '=', 'r.city_id').onRef('pl.id', '=', 'r.residence_place_id'),
          )
          .select('pl.name as place_name')
          .orderBy('r.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
        registrationQuery(db, city)
          .where(visibleRegistrations(access))
          .clearSelect()
          .select(['r.status', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('r.status')
          .execute(),
      ]);
      return c.json({
        items: rows.map((r: any) => ({ ...registrationView(r, sidesOf(c, r)), canStamp: canStamp(c, r) })),
        total: Number(total.n),
        page: f.page,
        pageSize: f.pageSize,
        statusCounts: Object.fromEntries(counts.map((r: any) => [r.status, Number(r.n)])),
      });
    },
  );

  app.get(
    '/registrations/:id',
    describe({
      summary: 'One registration with both parts of the card, and which sides the actor stands on',
      response: registrationDetailSchema,
      responses: { 404: 'no such registration in the actor’s scope' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      const city = cityId(c);
      const extra = await db
        .selectFrom(`${S}.registration as r`)
        .leftJoin('core.place as pl', (j) =>
          j.onRef('pl.city_id', '=', 'r.city_id').onRef('pl.id', '=', 'r.residence_place_id'),
        )
        .leftJoin(`${S}.party_group as g`, (j) =>
          j.onRef('g.city_id', '=', 'r.city_id').onRef('g.id', '=', 'r.party_group_id'),
        )
        .leftJoin(`${S}.post_assignment as a`, (j) =>
          j
            .onRef('a.city_id', '=', 'r.city_id')
            .onRef('a.registration_id', '=', 'r.id')
            .on('a.until', 'is', null),
        )
        .leftJoin(`${S}.post as p`, (j) =>
          j.onRef('p.city_id', '=', 'a.city_id').onRef('p.id', '=', 'a.post_id'),
        )
        .select(['pl.name as place_name', 'g.name as group_name', 'p.name as post_name'])
        .where('r.city_id', '=', city)
        .where('r.id', '=', reg.id)
        .executeTakeFirst();
      const history = await db
        .selectFrom(`${S}.registration as r`)
        .innerJoin('core.org as co', (j) =>
          j.onRef('co.city_id', '=', 'r.city_id').onRef('co.id', '=', 'r.community_org_id'),
        )
        .select([
          'r.id',
          'r.letter_no as letterNo',
          'r.status',
          'co.name as communityName',
          'r.sent_on as sentOn',
          'r.stamped_on as stampedOn',
          'r.closed_on as closedOn',
          'r.close_reason as closeReason',
        ])
        .where('r.city_id', '=', city)
        .where('r.member_id', '=', reg.member_id)
        .where('r.id', '<>', reg.id)
        .orderBy('r.id', 'desc')
        .execute();
      const photo = await db
        .selectFrom(`${S}.member_photo`)
        .select('mime')
        .where('city_id', '=', city)
        .where('member_id', '=', reg.member_id)
        .executeTakeFirst();
      return c.json({
        ...registrationView({ ...reg, ...extra }, sides),
        canStamp: canStamp(c, reg),
        hasPhoto: !!photo,
        history,
      });
    },
  );

  app.post(
    '/registrations',
    describe({
      summary: 'The unit sends its member to the residence community (报到函 + 登记表)',
      status: 201,
      response: registrationSchema,
      ...TAG,
      responses: { 409: 'member already has an open registration' },
    }),
    validate('json', createBody),
    async (c) => {
      const b = c.req.valid('json');
      const city = cityId(c);
      const access = c.get('access');
      if (access.level === 'self') throw forbidden();
      const member = await db
        .selectFrom('core.member as m')
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'm.city_id').onRef('o.id', '=', 'm.org_id'),
        )
        .select([
          'm.id',
          'm.org_id',
          'm.category',
          'm.active',
          'm.residence_place_id',
          'm.occupation',
          'm.skills',
          'o.path',
        ])
        .where('m.city_id', '=', city)
        .where('m.id', '=', b.memberId)
        .executeTakeFirst();
      if (!member) throw new ApiError(400, 'cross_city', { field: 'memberId' }, 'memberId');
      if (!inScope(access, member.path))
        throw new ApiError(400, 'out_of_scope', { field: 'memberId' }, 'memberId');
      if (!member.active) throw invalid(say('党员已停用', 'member is inactive'), 'memberId');
      if (member.category !== 'in_service')
        throw invalid(
          say('双向报到面向在职党员', 'only in-service members register at a community'),
          'memberId',
        );
      const community = await communityOrg(db, c, b.communityOrgId, 'communityOrgId');
      let residence = b.residencePlaceId ?? null;
      if (residence) await checkResidence(db, city, community.place_id, residence, 'residencePlaceId');
      else if (b.residencePlaceId === undefined && member.residence_place_id) {
        try {
          await checkResidence(db, city, community.place_id, member.residence_place_id, 'residencePlaceId');
          residence = member.residence_place_id;
        } catch {
          residence = null;
        }
      }
      const sentOn = b.sentOn ?? today(ctx);
      if (sentOn > today(ctx)) throw invalid(say('发函日期不能晚于今天', 'date is in the future'), 'sentOn');
      const open = await db
        .selectFrom(`${S}.registration`)
        .select('id')
        .where('city_id', '=', city)
        .where('member_id', '=', member.id)
        .where('status', 'in', OPEN)
        .executeTakeFirst();
      if (open)
        throw conflict(
          say('该党员已有未注销的报到登记', 'the member already has an open registration'),
          'memberId',
        );
      const newId = await db.transaction().execute((trx) =>
        openRegistration(trx, c, {
          memberId: member.id,
          unitOrgId: member.org_id,
          communityOrgId: community.id,
          residencePlaceId: residence,
          address: b.address,
          occupation: b.occupation ?? member.occupation,
          skills: b.skills ?? member.skills,
          commitment: b.commitment,
          board: b,
          sentOn,
        }),
      );
      const { reg, sides } = await loadRegistration(db, c, newId);
      return c.json(registrationView(reg, sides), 201);
    },
  );

  app.patch(
    '/registrations/:id',
    describe({
      summary: 'Update the registration form and the member’s board consent (member or either side)',
      response: registrationSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      const { reg } = await loadRegistration(db, c, c.req.valid('param').id);
      if (!OPEN.includes(reg.status))
        throw conflict(say('登记已注销或退回', 'registration is closed'), 'status');
      const b = c.req.valid('json');
      const set: Record<string, unknown> = { updated_at: ctx.clock.now() };
      const map: Record<string, string> = {
        address: 'address',
        occupation: 'occupation',
        skills: 'skills',
        commitment: 'commitment',
        onBoard: 'on_board',
        showPhoto: 'show_photo',
        showUnit: 'show_unit',
        showCommitment: 'show_commitment',
        showPost: 'show_post',
      };
      for (const [k, col] of Object.entries(map)) if ((b as any)[k] !== undefined) set[col] = (b as any)[k];
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.registration`)
          .set(set)
          .where('city_id', '=', cityId(c))
          .where('id', '=', reg.id)
          .execute();
        await audit(trx, c, 'update', 'registration', reg.id, registrationView(reg), b);
      });
      const fresh = await loadRegistration(db, c, reg.id);
      return c.json(registrationView(fresh.reg, fresh.sides));
    },
  );

  app.post(
    '/registrations/:id/stamp',
    describe({
      summary: 'The community receives the member and stamps the card; part 2 stays with the community',
      response: registrationSchema,
      ...TAG,
      responses: { 403: 'only the community stamps its part' },
    }),
    validate('param', idParam),
    validate('json', dateBody),
    async (c) => {
      const { reg } = await loadRegistration(db, c, c.req.valid('param').id);
      if (!canStamp(c, reg)) throw forbidden();
      if (reg.status !== 'sent')
        throw conflict(
          say(
            `当前状态为「${REGISTRATION_STATUS_LABELS[reg.status as RegistrationStatus]?.['zh-CN'] ?? reg.status}」，不能盖章`,
            `cannot stamp: the registration is “${REGISTRATION_STATUS_LABELS[reg.status as RegistrationStatus]?.en ?? reg.status}”`,
          ),
          'status',
        );
      const on = c.req.valid('json').on ?? today(ctx);
      if (on > today(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'on');
      if (on < reg.sent_on)
        throw invalid(say('盖章日期早于发函日期', 'stamped before the letter was sent'), 'on');
      const city = cityId(c);
      await db.transaction().execute(async (trx) => {
        const aff = await trx
          .insertInto('core.member_affiliation')
          .values({
            city_id: city,
            member_id: reg.member_id,
            kind: 'community',
            org_id: reg.community_org_id,
            place_id: reg.residence_place_id,
            since: on,
            note: `双联双管 ${reg.letter_no}`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .updateTable(`${S}.registration`)
          .set({
            status: 'stamped',
            stamped_on: on,
            stamped_by: c.get('actor').userId,
            affiliation_id: aff.id,
            updated_at: ctx.clock.now(),
          })
          .where('city_id', '=', city)
          .where('id', '=', reg.id)
          .execute();
        await audit(
          trx,
          c,
          'stamp',
          'registration',
          reg.id,
          { status: reg.status },
          { status: 'stamped', stampedOn: on, affiliationId: aff.id },
        );
      });
      const fresh = await loadRegistration(db, c, reg.id);
      return c.json(registrationView(fresh.reg, fresh.sides));
    },
  );

  app.post(
    '/registrations/:id/file-part1',
    describe({
      summary: 'The unit files part 1 of the stamped card (交回单位备案)',
      response: registrationSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', dateBody),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      requireUnitSide(sides);
      if (reg.status === 'sent')
        throw conflict(
          say('社区尚未盖章，第一联不能备案', 'the community has not stamped the card yet'),
          'status',
        );
      if (reg.status !== 'stamped')
        throw conflict(
          say(
            `当前状态为「${REGISTRATION_STATUS_LABELS[reg.status as RegistrationStatus]?.['zh-CN'] ?? reg.status}」`,
            `the registration is “${REGISTRATION_STATUS_LABELS[reg.status as RegistrationStatus]?.en ?? reg.status}”`,
          ),
          'status',
        );
      const on = c.req.valid('json').on ?? today(ctx);
      if (on > today(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'on');
      if (on < reg.stamped_on!)
        throw invalid(say('备案日期早于盖章日期', 'filed before it was stamped'), 'on');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.registration`)
          .set({
            status: 'filed',
            part1_filed_on: on,
            part1_filed_by: c.get('actor').userId,
            updated_at: ctx.clock.now(),
          })
          .where('city_id', '=', cityId(c))
          .where('id', '=', reg.id)
          .execute();
        await audit(
          trx,
          c,
          'file_part1',
          'registration',
          reg.id,
          { status: reg.status },
          { status: 'filed', part1FiledOn: on },
        );
      });
      const fresh = await loadRegistration(db, c, reg.id);
      return c.json(registrationView(fresh.reg, fresh.sides));
    },
  );

  app.post(
    '/registrations/:id/return',
    describe({
      summary: 'The community returns a letter it cannot accept (e.g. not resident), telling the unit',
      response: registrationSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', returnBody),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      requireCommunitySide(sides);
      if (reg.status !== 'sent')
        throw conflict(say('只能退回尚未盖章的报到函', 'only an unstamped letter can be returned'), 'status');
      const b = c.req.valid('json');
      const on = b.on ?? today(ctx);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.registration`)
          .set({ status: 'returned', returned_on: on, return_reason: b.reason, updated_at: ctx.clock.now() })
          .where('city_id', '=', cityId(c))
          .where('id', '=', reg.id)
          .execute();
        await notify(trx, cityId(c), {
          toOrgId: reg.unit_org_id,
          kind: 'registration_returned',
          memberId: reg.member_id,
          registrationId: reg.id,
          dedupeKey: `r${reg.id}`,
          payload: { reason: b.reason, community: reg.community_name },
          on,
        });
        await audit(
          trx,
          c,
          'return',
          'registration',
          reg.id,
          { status: reg.status },
          { status: 'returned', reason: b.reason },
        );
      });
      const fresh = await loadRegistration(db, c, reg.id);
      return c.json(registrationView(fresh.reg, fresh.sides));
    },
  );

  app.post(
    '/registrations/:id/move',
    describe({
      summary: 'Moving away: close this registration and open one at the new community (the unit is told)',
      status: 201,
      response: movedSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', moveBody),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      if (!sides.unit && !sides.community) throw forbidden();
      if (!OPEN.includes(reg.status))
        throw conflict(say('登记已注销或退回', 'registration is not open'), 'status');
      const b = c.req.valid('json');
      if (b.newCommunityOrgId === reg.community_org_id)
        throw invalid(say('新社区与原社区相同', 'same community'), 'newCommunityOrgId');
      const city = cityId(c);
      const community = await communityOrg(db, c, b.newCommunityOrgId, 'newCommunityOrgId');
      const place = b.newResidencePlaceId ?? null;
      if (place) await checkResidence(db, city, community.place_id, place, 'newResidencePlaceId');
      const on = b.movedOn ?? today(ctx);
      if (on > today(ctx)) throw invalid(say('日期不能晚于今天', 'date is in the future'), 'movedOn');
      if (on < reg.sent_on) throw invalid(say('迁居日期早于报到', 'moved before registering'), 'movedOn');
      const newId = await db.transaction().execute(async (trx) => {
        await releaseRegistration(trx, city, reg, on);
        await trx
          .updateTable(`${S}.registration`)
          .set({
            status: 'closed',
            closed_on: on,
            close_reason: 'moved',
            party_group_id: null,
            updated_at: ctx.clock.now(),
          })
          .where('city_id', '=', city)
          .where('id', '=', reg.id)
          .execute();
        await audit(
          trx,
          c,
          'close',
          'registration',
          reg.id,
          { status: reg.status },
          { status: 'closed', reason: 'moved', to: community.id },
        );
        if (place) {
          const before = await trx
            .selectFrom('core.member')
            .select('residence_place_id')
            .where('city_id', '=', city)
            .where('id', '=', reg.member_id)
            .executeTakeFirst();
          await trx
            .updateTable('core.member')
            .set({ residence_place_id: place, updated_at: ctx.clock.now() })
            .where('city_id', '=', city)
            .where('id', '=', reg.member_id)
            .execute();
          await audit(trx, c, 'update', 'member_residence', reg.member_id, before, {
            residence_place_id: place,
          });
        }
        const id = await openRegistration(trx, c, {
          memberId: reg.member_id,
          unitOrgId: reg.unit_org_id,
          communityOrgId: community.id,
          residencePlaceId: place,
          address: b.address ?? null,
          occupation: reg.occupation,
          skills: reg.skills,
          commitment: reg.commitment,
          board: {
            onBoard: reg.on_board,
            showPhoto: reg.show_photo,
            showUnit: reg.show_unit,
            showCommitment: reg.show_commitment,
            showPost: reg.show_post,
          },
          sentOn: on,
          previousId: reg.id,
        });
        await notify(trx, city, {
          toOrgId: reg.unit_org_id,
          kind: 'moved',
          memberId: reg.member_id,
          registrationId: id,
          dedupeKey: `r${reg.id}`,
          payload: { from: reg.community_name, to: community.name },
          on,
        });
        return id;
      });
      const fresh = await loadRegistration(db, c, newId).catch(() => undefined);
      // A community-side actor may not see the new registration at another community.
      return c.json(
        {
          closedId: reg.id,
          newRegistrationId: newId,
          newRegistration: fresh ? registrationView(fresh.reg, fresh.sides) : null,
        },
        201,
      );
    },
  );

  app.post(
    '/registrations/:id/close',
    describe({
      summary: 'Close a registration (left the unit, or another reason) — the unit side decides',
      response: registrationSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', closeBody),
    async (c) => {
      const { reg, sides } = await loadRegistration(db, c, c.req.valid('param').id);
      requireUnitSide(sides);
      if (!OPEN.includes(reg.status))
        throw conflict(say('登记已注销或退回', 'registration is not open'), 'status');
      const b = c.req.valid('json');
      const on = b.on ?? today(ctx);
      const city = cityId(c);
      await db.transaction().execute(async (trx) => {
        await releaseRegistration(trx, city, reg, on);
        await trx
          .updateTable(`${S}.registration`)
          .set({
            status: 'closed',
            closed_on: on,
            close_reason: b.reason,
            party_group_id: null,
            updated_at: ctx.clock.now(),
          })
          .where('city_id', '=', city)
          .where('id', '=', reg.id)
          .execute();
        await audit(
          trx,
          c,
          'close',
          'registration',
          reg.id,
          { status: reg.status },
          { status: 'closed', reason: b.reason, note: b.note },
        );
      });
      const fresh = await loadRegistration(db, c, reg.id);
      return c.json(registrationView(fresh.reg, fresh.sides));
    },
  );

  app.put(
    '/registrations/:id/photo',
    describe({
      summary: 'Set the member’s photo for the supervision board (member or either side)',
      response: okSchema,
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', photoBody),
    async (c) => {
      const { reg } = await loadRegistration(db, c, c.req.valid('param').id);
      const m = /^data:(image\/(?:png|jpeg|webp));base64,(.+)$/.exec(c.req.valid('json').dataUrl)!;
      const city = cityId(c);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto(`${S}.member_photo`)
          .values({ city_id: city, member_id: reg.member_id, mime: m[1]!, data_base64: m[2]! })
          .onConflict((oc) =>
            oc
              .columns(['city_id', 'member_id'])
              .doUpdateSet({ mime: m[1]!, data_base64: m[2]!, updated_at: ctx.clock.now() }),
          )
          .execute();
        await audit(trx, c, 'update', 'member_photo', reg.member_id, null, {
          mime: m[1],
          bytes: Math.floor((m[2]!.length * 3) / 4),
        });
      });
      return c.json({ ok: true });
    },
  );

  app.get(
    '/registrations/:id/photo',
    describe({
      summary: 'The member’s photo (signed-in view)',
      file: ['image/jpeg', 'image/png', 'image/webp'],
      responses: { 404: 'no photo' },
      ...TAG,
    }),
    validate('param', idParam),
    async (c) => {
      const { reg } = await loadRegistration(db, c, c.req.valid('param').id);
      return photoResponse(db, cityId(c), reg.member_id);
    },
  );

  return app;
}

export async function photoResponse(db: FuguDb, city: number, memberId: number) {
  const photo = await db
    .selectFrom(`${S}.member_photo`)
    .select(['mime', 'data_base64'])
    .where('city_id', '=', city)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  if (!photo) throw notFound(ENTITY.photo);
  return new Response(Buffer.from(photo.data_base64, 'base64'), {
    headers: { 'content-type': photo.mime, 'cache-control': 'private, max-age=300' },
  });
}

export { ACTIVE };

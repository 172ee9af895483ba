import {
  ApiError,
  actionsFor,
  conflict,
  describe,
  enforce,
  forbidden,
  idParam,
  inScope,
  invalid,
  isoDate,
  notFound,
  optionalText,
  type PluginEnv,
  paging,
  queryId,
  say,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { REGISTRATION_STATUSES } from '../../shared/terms';
import {
  type C,
  type Ctx,
  cityId,
  communityOrg,
  ENTITY,
  loadRegistration,
  OPEN,
  type RegistrationRow,
  requireCommunitySide,
  requireUnitSide,
  sidesOf,
  TAG,
} from '../common';
import type { FuguDb } from '../db';
import {
  movedSchema,
  okSchema,
  registrationDetailSchema,
  registrationListSchema,
  registrationSchema,
} from '../schemas';
import {
  findMember,
  findPhoto,
  hasPhoto,
  listRegistrations,
  openRegistrationOf,
  registrationExtras,
  registrationHistory,
} from './queries';
import { filePart1Refusal, mayStamp, parsePhoto, registrationView } from './rules';
import * as service from './service';

/** The HTTP side of 双向登记: the unit's letter, the community's stamp, the two-part card, moving and closing. */

export { registrationView } from './rules';

/** What a row offers: the stamp, refused with the reason when this actor may not (or not now). */
const actionsOf = (c: C, reg: Pick<RegistrationRow, 'community_path' | 'status'>) =>
  actionsFor({ stamp: mayStamp(c.get('access'), reg) }, c.get('locale'));

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

/** A date given for a step: not after today. */
function notFuture(on: string, todayIs: string, field: string) {
  if (on > todayIs) throw invalid(say('日期不能晚于今天', 'date is in the future'), field);
}

export function registrationRoutes(ctx: Ctx) {
  const { db, clock } = ctx;
  const app = new Hono<PluginEnv<Config>>();
  const fresh = async (c: C, id: number) => {
    const { reg, sides } = await loadRegistration(db, c, id);
    return registrationView(reg, sides);
  };

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
      const { rows, total, statusCounts } = await listRegistrations(db, cityId(c), c.get('access'), f);
      return c.json({
        items: rows.map((r) => ({ ...registrationView(r, sidesOf(c, r)), actions: actionsOf(c, r) })),
        total,
        page: f.page,
        pageSize: f.pageSize,
        statusCounts,
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
      const extra = await registrationExtras(db, city, reg.id);
      const history = await registrationHistory(db, city, reg.member_id, reg.id);
      return c.json({
        ...registrationView({ ...reg, ...extra }, sides),
        actions: actionsOf(c, reg),
        hasPhoto: await hasPhoto(db, city, reg.member_id),
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
      const member = await findMember(db, city, b.memberId);
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
      if (residence)
        await service.checkResidence(db, city, community.place_id, residence, 'residencePlaceId');
      else if (b.residencePlaceId === undefined && member.residence_place_id) {
        // The member's recorded residence is taken only when it lies in the community.
        try {
          await service.checkResidence(
            db,
            city,
            community.place_id,
            member.residence_place_id,
            'residencePlaceId',
          );
          residence = member.residence_place_id;
        } catch {
          residence = null;
        }
      }
      const sentOn = b.sentOn ?? todayOf(ctx);
      if (sentOn > todayOf(ctx))
        throw invalid(say('发函日期不能晚于今天', 'date is in the future'), 'sentOn');
      if (await openRegistrationOf(db, city, member.id))
        throw conflict(
          say('该党员已有未注销的报到登记', 'the member already has an open registration'),
          'memberId',
        );
      const newId = await service.sendLetter(db, whoOf(c), {
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
      });
      return c.json(await fresh(c, newId), 201);
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
      await service.updateForm(db, whoOf(c), clock, reg, c.req.valid('json'));
      return c.json(await fresh(c, reg.id));
    },
  );

  app.post(
    '/registrations/:id/stamp',
    describe({
      summary: 'The community receives the member and stamps the card; part 2 stays with the community',
      response: registrationSchema,
      ...TAG,
      responses: { 403: 'only the community stamps its part', 409: 'the letter is no longer waiting' },
    }),
    validate('param', idParam),
    validate('json', dateBody),
    async (c) => {
      const { reg } = await loadRegistration(db, c, c.req.valid('param').id);
      const permit = mayStamp(c.get('access'), reg);
      // A state refusal names the status; the actor's own refusal names no field.
      enforce(permit, !permit.allowed && permit.status === 409 ? 'status' : undefined);
      const on = c.req.valid('json').on ?? todayOf(ctx);
      notFuture(on, todayOf(ctx), 'on');
      if (on < reg.sent_on)
        throw invalid(say('盖章日期早于发函日期', 'stamped before the letter was sent'), 'on');
      await service.stamp(db, whoOf(c), clock, reg, on);
      return c.json(await fresh(c, reg.id));
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
      const refusal = filePart1Refusal(reg.status);
      if (refusal) throw conflict(refusal, 'status');
      const on = c.req.valid('json').on ?? todayOf(ctx);
      notFuture(on, todayOf(ctx), 'on');
      if (on < reg.stamped_on!)
        throw invalid(say('备案日期早于盖章日期', 'filed before it was stamped'), 'on');
      await service.filePart1(db, whoOf(c), clock, reg, on);
      return c.json(await fresh(c, reg.id));
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
      await service.returnLetter(db, whoOf(c), clock, reg, b.reason, b.on ?? todayOf(ctx));
      return c.json(await fresh(c, reg.id));
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
      if (place) await service.checkResidence(db, city, community.place_id, place, 'newResidencePlaceId');
      const on = b.movedOn ?? todayOf(ctx);
      notFuture(on, todayOf(ctx), 'movedOn');
      if (on < reg.sent_on) throw invalid(say('迁居日期早于报到', 'moved before registering'), 'movedOn');
      const newId = await service.move(db, whoOf(c), clock, reg, community, {
        place,
        address: b.address ?? null,
        on,
      });
      // A community-side actor may not see the new registration at another community.
      const next = await fresh(c, newId).catch(() => null);
      return c.json({ closedId: reg.id, newRegistrationId: newId, newRegistration: next }, 201);
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
      await service.close(db, whoOf(c), clock, reg, {
        reason: b.reason,
        note: b.note,
        on: b.on ?? todayOf(ctx),
      });
      return c.json(await fresh(c, reg.id));
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
      // photoBody's pattern admits only what parsePhoto reads.
      const photo = parsePhoto(c.req.valid('json').dataUrl)!;
      await service.setPhoto(db, whoOf(c), clock, reg.member_id, photo);
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
  const photo = await findPhoto(db, city, memberId);
  if (!photo) throw notFound(ENTITY.photo);
  return new Response(Buffer.from(photo.data_base64, 'base64'), {
    headers: { 'content-type': photo.mime, 'cache-control': 'private, max-age=300' },
  });
}

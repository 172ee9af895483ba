import {
  assertInCity,
  describe,
  idParam,
  invalid,
  isoDate,
  maskPhone,
  notFound,
  optionalText,
  orgInScope,
  orgPathFilter,
  phoneNumber,
  type PluginContext,
  type PluginEnv,
  positiveId,
  queryId,
  refuse,
  requireOrgAdmin,
  say,
  text,
  todayOf,
  validate,
  whoOf,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { CAREER_CHAINS, type CareerChain, POST_CHAIN, TITLE_CHAIN } from '../../shared/terms';
import { audit, type C, prefixOf, S, TAG } from '../util';
import { itemsOf, okSchema } from '../schemas';
import {
  careersSchema,
  createdWorkerSchema,
  stepSchema,
  workerDetailSchema,
  workerListItemSchema,
} from './schemas';
import type { GulouDb, GulouTables } from '../db';

const listQuery = z.object({
  orgId: queryId.optional(),
  q: z.string().trim().max(60).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});
const createBody = z.object({
  name: text(40),
  gender: z.enum(['male', 'female']),
  phone: phoneNumber.nullable().default(null),
  memberId: positiveId.nullable().default(null),
  orgId: positiveId,
  hiredOn: isoDate,
});
const patchBody = z
  .object({ orgId: positiveId, phone: phoneNumber.nullable(), active: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const revealQuery = z.object({ reveal: z.enum(['true', 'false']).default('false') });
const stepBody = z.object({
  chain: z.enum(['post', 'title']),
  step: z.string().trim().min(1).max(60),
  startedOn: isoDate,
  note: optionalText(200).default(null),
});

/** Latest step on each chain, for lists. */
function currentSteps(steps: { worker_id: number; chain: string; step: string; started_on: string }[]) {
  const out = new Map<
    number,
    { post: string | null; title: string | null; postSince: string | null; titleSince: string | null }
  >();
  for (const s of steps) {
    const cur = out.get(s.worker_id) ?? { post: null, title: null, postSince: null, titleSince: null };
    const chain = CAREER_CHAINS[s.chain as CareerChain] as readonly string[];
    const key = s.chain as 'post' | 'title';
    if (cur[key] == null || chain.indexOf(s.step) > chain.indexOf(cur[key]!)) {
      cur[key] = s.step;
      cur[`${key}Since`] = String(s.started_on);
    }
    out.set(s.worker_id, cur);
  }
  return out;
}

export function workerRoutes(ctx: PluginContext<Config, GulouTables>) {
  const { db } = ctx;
  const app = new Hono<PluginEnv<Config>>();

  async function load(c: C, workerId: number, trx: GulouDb = db) {
    const w = await trx
      .selectFrom(`${S}.grid_worker as w`)
      .innerJoin('core.org as o', (j) =>
        j.onRef('o.city_id', '=', 'w.city_id').onRef('o.id', '=', 'w.org_id'),
      )
      .selectAll('w')
      .select(['o.name as org_name', 'o.path as org_path'])
      .where('w.city_id', '=', c.get('city').id)
      .where('w.id', '=', workerId)
      .executeTakeFirst();
    if (!w) throw notFound(say('网格员', 'Grid worker'));
    await orgInScope(db, c, w.org_id).catch(() => {
      throw notFound(say('网格员', 'Grid worker'));
    });
    return w;
  }
  const stepsOf = (cityId: number, workerIds: number[]) =>
    workerIds.length
      ? db
          .selectFrom(`${S}.career_step`)
          .select(['id', 'worker_id', 'chain', 'step', 'started_on', 'note'])
          .where('city_id', '=', cityId)
          .where('worker_id', 'in', workerIds)
          .orderBy('started_on')
          .orderBy('id')
          .execute()
      : Promise.resolve([]);

  app.get(
    '/workers',
    describe({
      summary: 'Grid workers (网格工作者) with their current post and title',
      response: itemsOf(workerListItemSchema),
      ...TAG,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      const f = c.req.valid('query');
      const cityId = c.get('city').id;
      let q = db
        .selectFrom(`${S}.grid_worker as w`)
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'w.city_id').onRef('o.id', '=', 'w.org_id'),
        )
        .select([
          'w.id',
          'w.name',
          'w.gender',
          'w.phone',
          'w.member_id',
          'w.org_id',
          'o.name as org_name',
          'w.hired_on',
          'w.active',
        ])
        .where('w.city_id', '=', cityId)
        .where(orgPathFilter(c.get('access'), 'o.path'));
      const prefix = await prefixOf(db, c, f.orgId);
      if (prefix) q = q.where('o.path', 'like', `${prefix}%`);
      if (f.active !== 'all') q = q.where('w.active', '=', f.active === 'true');
      if (f.q)
        q = q.where((eb) => eb.or([eb('w.name', 'ilike', `%${f.q}%`), eb('o.name', 'ilike', `%${f.q}%`)]));
      const workers = await q.orderBy('o.path').orderBy('w.id').limit(2000).execute();
      const current = currentSteps(
        await stepsOf(
          cityId,
          workers.map((w) => w.id),
        ),
      );
      return c.json({
        items: workers.map((w) => ({
          id: w.id,
          name: w.name,
          gender: w.gender,
          phone: maskPhone(w.phone),
          masked: true,
          memberId: w.member_id,
          orgId: w.org_id,
          orgName: w.org_name,
          hiredOn: w.hired_on,
          active: w.active,
          ...(current.get(w.id) ?? { post: null, title: null, postSince: null, titleSince: null }),
        })),
      });
    },
  );

  app.get(
    '/workers/careers',
    describe({
      summary: 'How many active workers stand on each step of the post and title chains',
      response: careersSchema,
      ...TAG,
    }),
    validate('query', z.object({ orgId: queryId.optional() })),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      let q = db
        .selectFrom(`${S}.grid_worker as w`)
        .innerJoin('core.org as o', (j) =>
          j.onRef('o.city_id', '=', 'w.city_id').onRef('o.id', '=', 'w.org_id'),
        )
        .select('w.id')
        .where('w.city_id', '=', cityId)
        .where('w.active', '=', true)
        .where(orgPathFilter(c.get('access'), 'o.path'));
      const prefix = await prefixOf(db, c, c.req.valid('query').orgId);
      if (prefix) q = q.where('o.path', 'like', `${prefix}%`);
      const ids = (await q.execute()).map((w) => w.id);
      const current = [...currentSteps(await stepsOf(cityId, ids)).values()];
      return c.json({
        workers: ids.length,
        post: POST_CHAIN.map((step) => ({ step, count: current.filter((x) => x.post === step).length })),
        title: TITLE_CHAIN.map((step) => ({ step, count: current.filter((x) => x.title === step).length })),
      });
    },
  );

  app.get(
    '/workers/:id',
    describe({
      summary:
        'One grid worker with the dated steps of both chains; ?reveal=true shows the phone to city admins (audited)',
      response: workerDetailSchema,
      responses: { 404: 'unknown grid worker' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('query', revealQuery),
    async (c) => {
      requireOrgAdmin(c);
      const w = await load(c, c.req.valid('param').id);
      // As core does for members: the phone is masked unless a city admin asks to see it, and that is audited.
      const reveal = c.req.valid('query').reveal === 'true' && c.get('access').level === 'city';
      if (reveal && w.phone)
        await audit(db, whoOf(c), { action: 'reveal', entity: 'grid_worker', entityId: w.id });
      const steps = await stepsOf(c.get('city').id, [w.id]);
      return c.json({
        id: w.id,
        name: w.name,
        gender: w.gender,
        phone: reveal ? w.phone : maskPhone(w.phone),
        masked: !reveal,
        memberId: w.member_id,
        orgId: w.org_id,
        orgName: w.org_name,
        hiredOn: w.hired_on,
        active: w.active,
        steps: steps.map((s) => ({
          id: s.id,
          chain: s.chain,
          step: s.step,
          startedOn: s.started_on,
          note: s.note,
        })),
      });
    },
  );

  app.post(
    '/workers',
    describe({
      summary: 'Add a grid worker; the title chain starts at 网格工作者 on the hiring day',
      status: 201,
      response: createdWorkerSchema,
      ...TAG,
    }),
    validate('json', createBody),
    async (c) => {
      requireOrgAdmin(c);
      const b = c.req.valid('json');
      await orgInScope(db, c, b.orgId, 'orgId');
      const cityId = c.get('city').id;
      await assertInCity(db, 'core.member', cityId, b.memberId, 'memberId');
      if (b.hiredOn > todayOf(ctx))
        throw invalid(say('入职日期不能晚于今天', 'cannot lie in the future'), 'hiredOn');
      const row = await db.transaction().execute(async (trx) => {
        const w = await trx
          .insertInto(`${S}.grid_worker`)
          .values({
            city_id: cityId,
            name: b.name,
            gender: b.gender,
            phone: b.phone,
            member_id: b.memberId,
            org_id: b.orgId,
            hired_on: b.hiredOn,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .insertInto(`${S}.career_step`)
          .values({
            city_id: cityId,
            worker_id: w.id,
            chain: 'title',
            step: 'grid_worker',
            started_on: b.hiredOn,
            note: null,
          })
          .execute();
        await audit(trx, whoOf(c), { action: 'create', entity: 'grid_worker', entityId: w.id, after: w });
        return w;
      });
      return c.json({ id: row.id, name: row.name, orgId: row.org_id, hiredOn: row.hired_on }, 201);
    },
  );

  app.patch(
    '/workers/:id',
    describe({
      summary: 'Move a worker to another grid or org, change the phone, or deactivate',
      response: okSchema,
      responses: { 404: 'unknown grid worker' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', patchBody),
    async (c) => {
      requireOrgAdmin(c);
      const before = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      if (b.orgId) await orgInScope(db, c, b.orgId, 'orgId');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable(`${S}.grid_worker`)
          .set({ org_id: b.orgId, phone: b.phone, active: b.active })
          .where('city_id', '=', c.get('city').id)
          .where('id', '=', before.id)
          .execute();
        await audit(trx, whoOf(c), {
          action: 'update',
          entity: 'grid_worker',
          entityId: before.id,
          before: { orgId: before.org_id, phone: before.phone, active: before.active },
          after: b,
        });
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/workers/:id/steps',
    describe({
      summary:
        'Record a step up the post chain (网格书记→…→街镇副职) or title chain (网格工作者→…→高级社会工作师)',
      status: 201,
      response: stepSchema,
      responses: { 409: 'not a step up the chain' },
      ...TAG,
    }),
    validate('param', idParam),
    validate('json', stepBody),
    async (c) => {
      requireOrgAdmin(c);
      const w = await load(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const chain = CAREER_CHAINS[b.chain] as readonly string[];
      const index = chain.indexOf(b.step);
      if (index < 0)
        throw invalid(
          say(
            `不在${b.chain === 'post' ? '职务' : '职称'}培养链上`,
            `not a step of this chain: ${chain.join(' → ')}`,
          ),
          'step',
        );
      if (b.startedOn > todayOf(ctx))
        throw invalid(say('日期不能晚于今天', 'cannot lie in the future'), 'startedOn');
      if (b.startedOn < String(w.hired_on))
        throw invalid(say('早于入职日期', 'before the hiring day'), 'startedOn');
      const cityId = c.get('city').id;
      const steps = (await stepsOf(cityId, [w.id])).filter((s) => s.chain === b.chain);
      const last = steps.reduce<(typeof steps)[number] | undefined>(
        (top, s) => (!top || chain.indexOf(s.step) > chain.indexOf(top.step) ? s : top),
        undefined,
      );
      if (last && chain.indexOf(last.step) >= index)
        throw refuse(say(`只能沿培养链向上`, `steps only go up the chain (now: ${last.step})`), 'step');
      if (last && b.startedOn < String(last.started_on))
        throw invalid(say('早于上一步的日期', 'before the previous step'), 'startedOn');
      const row = await db.transaction().execute(async (trx) => {
        const s = await trx
          .insertInto(`${S}.career_step`)
          .values({
            city_id: cityId,
            worker_id: w.id,
            chain: b.chain,
            step: b.step,
            started_on: b.startedOn,
            note: b.note,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, whoOf(c), { action: 'create', entity: 'career_step', entityId: s.id, after: s });
        return s;
      });
      return c.json(
        { id: row.id, chain: row.chain, step: row.step, startedOn: row.started_on, note: row.note },
        201,
      );
    },
  );

  return app;
}

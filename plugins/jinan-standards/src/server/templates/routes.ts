import {
  allowBody,
  ApiError,
  describe,
  fileField,
  idParam,
  localizedIssue,
  okSchema,
  XLSX,
  type PluginContext,
  type PluginEnv,
  recordAudit,
  requireCityAdmin,
  requireOrgAdmin,
  validate,
  xlsxResponse,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { AREA_CODES, COMMUNITY_TYPE_CODES, type CommunityType, SCORING_RULE_CODES } from '../../shared/model';
import { type Ctx, conflictReason, invalid, missing, say } from '../access';
import { templateItemSchema, versionDetailSchema, versionListSchema, versionSchema } from '../schemas';
import { csvToItems, templateToCsv } from './csv';
import { templateToXlsx, xlsxToItems } from './xlsx';
import { JINAN_TEMPLATE, JINAN_TEMPLATE_NAME, type TemplateItem } from './jinan';
import {
  createDraft,
  insertItems,
  itemProblem,
  latestPublished,
  loadItems,
  loadVersion,
  publish,
  type StoredItem,
} from './service';
import type { JinanDb, JinanTables } from '../db';

const weight = z.number().positive().max(10).nullable().optional();
const weightsSchema = z
  .object(
    Object.fromEntries(COMMUNITY_TYPE_CODES.map((t) => [t, weight])) as Record<CommunityType, typeof weight>,
  )
  .strict();
const itemFields = {
  code: z
    .string()
    .trim()
    .refine(
      (v) => /^[0-9A-Za-z][0-9A-Za-z._-]{0,15}$/.test(v),
      localizedIssue(say('1–16 位字母、数字、点或横线', '1–16 letters, digits, dots or dashes')),
    ),
  area: z.enum(AREA_CODES),
  seq: z.number().int().min(0).max(9999),
  title: z.string().trim().min(1).max(100),
  titleEn: z.string().trim().max(200).nullable(),
  description: z.string().trim().max(1000),
  maxScore: z.number().positive().max(100),
  passScore: z.number().positive().max(100),
  scoringRule: z.enum(SCORING_RULE_CODES),
  scoringNote: z.string().trim().max(1000),
  weights: weightsSchema,
};
const createItemBody = z.object({
  ...itemFields,
  seq: itemFields.seq.optional(),
  titleEn: itemFields.titleEn.default(null),
  description: itemFields.description.default(''),
  passScore: itemFields.passScore.optional(),
  scoringNote: itemFields.scoringNote.default(''),
});
const updateItemBody = z
  .object(itemFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const createBody = z.object({
  /** 'jinan' = the shipped template; otherwise a copy of basedOnId (default: the newest published version). */
  from: z.enum(['jinan', 'version']).default('version'),
  basedOnId: z.number().int().positive().optional(),
  name: z.string().trim().min(1).max(100).optional(),
  note: z.string().trim().max(500).nullable().default(null),
});
const updateBody = z
  .object({ name: z.string().trim().min(1).max(100), note: z.string().trim().max(500).nullable() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
const itemParam = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});

const importForm = z.object({
  file: fileField('the template: .xlsx or .csv (UTF-8, GBK or UTF-16), the export’s columns; at most 1 MB'),
  name: z.string().max(100).optional().meta({ description: 'the draft’s name (default: the file name)' }),
});

export const MAX_IMPORT_BYTES = 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import's format: by extension, else by declared type; .xls (binary Excel) and anything else is refused. */
function fileFormat(file: File): 'xlsx' | 'csv' | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext) return null;
  const type = file.type.split(';')[0]!.trim().toLowerCase();
  return type === XLSX_TYPE ? 'xlsx' : type === 'text/csv' || type === 'text/plain' ? 'csv' : null;
}

function versionView(v: NonNullable<Awaited<ReturnType<typeof loadVersion>>>) {
  return { ...v, label: v.version ? `v${v.version}` : 'draft' };
}

export function templateRoutes(ctx: PluginContext<Config, JinanTables>) {
  const db = ctx.db;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['jinan-standards: templates'] };
  const audit = (
    trx: JinanDb,
    c: Ctx,
    action: string,
    entity: string,
    entityId: number,
    before?: unknown,
    after?: unknown,
  ) =>
    recordAudit(trx, {
      cityId: c.get('city').id,
      actorUserId: c.get('actor').userId,
      action,
      entity: `p_jinan_standards.${entity}`,
      entityId,
      before,
      after,
    });

  async function version(c: Ctx, id: number) {
    const v = await loadVersion(db, c.get('city').id, id);
    if (!v) throw missing(c, '标准版本', 'Template version');
    return v;
  }
  async function draft(c: Ctx, id: number) {
    const v = await version(c, id);
    if (v.status !== 'draft')
      throw conflictReason(
        say('已发布的版本不可修改，请新建草稿', 'a published version is frozen; start a new draft'),
      );
    return v;
  }
  function check(item: TemplateItem) {
    const p = itemProblem(item);
    if (p) throw invalid(p.reason, p.field);
  }
  async function codeFree(c: Ctx, versionId: number, code: string, exceptId?: number) {
    let q = db
      .selectFrom('p_jinan_standards.standard')
      .select('id')
      .where('city_id', '=', c.get('city').id)
      .where('template_version_id', '=', versionId)
      .where('code', '=', code);
    if (exceptId) q = q.where('id', '<>', exceptId);
    if (await q.executeTakeFirst())
      throw conflictReason(say(`代码 ${code} 已存在`, `code ${code} already used`), 'code');
  }
  async function noOtherDraft(c: Ctx) {
    const d = await db
      .selectFrom('p_jinan_standards.template_version')
      .select('id')
      .where('city_id', '=', c.get('city').id)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (d)
      throw conflictReason(
        say(
          `已有草稿（编号 ${d.id}），请先发布或删除`,
          `a draft (id ${d.id}) already exists; publish or discard it first`,
        ),
      );
  }

  app.get(
    '/templates',
    describe({
      summary: 'Template versions of the city (drafts and published), newest first',
      response: versionListSchema,
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const cityId = c.get('city').id;
      const rows = await db
        .selectFrom('p_jinan_standards.template_version as v')
        .leftJoin('p_jinan_standards.standard as s', (j) =>
          j.onRef('s.city_id', '=', 'v.city_id').onRef('s.template_version_id', '=', 'v.id'),
        )
        .select([
          'v.id',
          'v.version',
          'v.name',
          'v.status',
          'v.based_on_id',
          'v.note',
          'v.created_at',
          'v.published_at',
        ])
        .select((eb) => eb.fn.count<number>('s.id').as('items'))
        .where('v.city_id', '=', cityId)
        .groupBy([
          'v.id',
          'v.version',
          'v.name',
          'v.status',
          'v.based_on_id',
          'v.note',
          'v.created_at',
          'v.published_at',
        ])
        .orderBy('v.id', 'desc')
        .execute();
      const used = await db
        .selectFrom('p_jinan_standards.campaign')
        .select(['template_version_id'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('city_id', '=', cityId)
        .groupBy('template_version_id')
        .execute();
      const current = await latestPublished(db, cityId);
      return c.json({
        currentId: current?.id ?? null,
        items: rows.map((r) => ({
          id: r.id,
          version: r.version,
          label: r.version ? `v${r.version}` : 'draft',
          name: r.name,
          status: r.status,
          basedOnId: r.based_on_id,
          note: r.note,
          createdAt: r.created_at,
          publishedAt: r.published_at,
          items: Number(r.items),
          campaigns: Number(used.find((u) => u.template_version_id === r.id)?.n ?? 0),
        })),
      });
    },
  );

  app.get(
    '/templates/:id',
    describe({
      summary: 'One template version with its standards and type weights',
      response: versionDetailSchema,
      responses: { 404: 'no such version' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const v = await version(c, c.req.valid('param').id);
      return c.json({ ...versionView(v), items: await loadItems(db, c.get('city').id, v.id) });
    },
  );

  app.post(
    '/templates',
    describe({
      summary: 'Start a draft: a copy of a version, or the shipped Jinan template',
      status: 201,
      response: versionDetailSchema,
      ...tag,
      responses: { 409: 'a draft already exists' },
    }),
    validate('json', createBody),
    async (c) => {
      requireCityAdmin(c);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      await noOtherDraft(c);
      let items: (TemplateItem & { seq?: number })[];
      let basedOn: Awaited<ReturnType<typeof loadVersion>> | undefined;
      if (b.from === 'jinan') items = JINAN_TEMPLATE;
      else {
        const baseId = b.basedOnId ?? (await latestPublished(db, cityId))?.id;
        if (!baseId)
          throw invalid(
            say(
              '本市还没有已发布的版本，可从济南模板开始',
              'no published version yet; start from the Jinan template',
            ),
            'basedOnId',
          );
        basedOn = await loadVersion(db, cityId, baseId);
        if (!basedOn) throw new ApiError(400, 'cross_city', { field: 'basedOnId' }, 'basedOnId');
        items = (await loadItems(db, cityId, baseId)).map(({ id: _id, ...rest }) => rest);
      }
      const name = b.name ?? basedOn?.name ?? JINAN_TEMPLATE_NAME;
      const created = await db.transaction().execute(async (trx) => {
        const id = await createDraft(
          trx,
          cityId,
          { name, basedOnId: basedOn?.id ?? null, note: b.note, createdBy: c.get('actor').userId },
          items,
        );
        await audit(trx, c, 'create', 'template_version', id, null, {
          name,
          from: b.from,
          basedOnId: basedOn?.id ?? null,
          items: items.length,
        });
        return id;
      });
      const v = (await loadVersion(db, cityId, created))!;
      return c.json({ ...versionView(v), items: await loadItems(db, cityId, created) }, 201);
    },
  );

  app.patch(
    '/templates/:id',
    describe({
      summary: 'Rename a draft or change its note',
      response: versionSchema,
      responses: { 404: 'no such version', 409: 'published versions are frozen' },
      ...tag,
    }),
    validate('param', idParam),
    validate('json', updateBody),
    async (c) => {
      requireCityAdmin(c);
      const v = await draft(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('p_jinan_standards.template_version')
          .set({
            ...(b.name !== undefined ? { name: b.name } : {}),
            ...(b.note !== undefined ? { note: b.note } : {}),
          })
          .where('city_id', '=', c.get('city').id)
          .where('id', '=', v.id)
          .execute();
        await audit(trx, c, 'update', 'template_version', v.id, { name: v.name, note: v.note }, b);
      });
      return c.json(versionView((await loadVersion(db, c.get('city').id, v.id))!));
    },
  );

  app.delete(
    '/templates/:id',
    describe({
      summary: 'Discard a draft',
      response: okSchema,
      responses: { 404: 'no such version', 409: 'published versions are frozen' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireCityAdmin(c);
      const v = await draft(c, c.req.valid('param').id);
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('p_jinan_standards.template_version')
          .where('city_id', '=', c.get('city').id)
          .where('id', '=', v.id)
          .execute();
        await audit(trx, c, 'delete', 'template_version', v.id, { name: v.name }, null);
      });
      return c.json({ ok: true });
    },
  );

  app.post(
    '/templates/:id/publish',
    describe({
      summary: 'Publish a draft as the next version; it is frozen from then on',
      noBody: true,
      response: versionSchema,
      responses: { 404: 'no such version', 409: 'already published' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireCityAdmin(c);
      const v = await draft(c, c.req.valid('param').id);
      const cityId = c.get('city').id;
      const items = await loadItems(db, cityId, v.id);
      if (!items.length) throw conflictReason(say('草稿没有任何标准条目', 'the draft has no standards'));
      for (const i of items) {
        const p = itemProblem(i);
        if (p)
          throw invalid(
            say(`${i.code}：${p.reason['zh-CN']}`, `${i.code}: ${p.reason.en}`),
            `items.${i.code}.${p.field}`,
          );
      }
      const published = await db.transaction().execute(async (trx) => {
        const n = await publish(trx, cityId, v.id, c.get('actor').userId, ctx.clock.now());
        await audit(
          trx,
          c,
          'publish',
          'template_version',
          v.id,
          { status: 'draft' },
          { status: 'published', version: n, items: items.length },
        );
        return n;
      });
      return c.json({ ...versionView((await loadVersion(db, cityId, v.id))!), version: published });
    },
  );

  app.post(
    '/templates/:id/items',
    describe({
      summary: 'Add a standard to a draft (source: city)',
      status: 201,
      response: templateItemSchema,
      responses: { 409: 'published versions are frozen, or the code is taken' },
      ...tag,
    }),
    validate('param', idParam),
    validate('json', createItemBody),
    async (c) => {
      requireCityAdmin(c);
      const v = await draft(c, c.req.valid('param').id);
      const b = c.req.valid('json');
      const cityId = c.get('city').id;
      const item = {
        ...b,
        titleEn: b.titleEn ?? '',
        passScore: b.scoringRule === 'all_or_nothing' ? b.maxScore : (b.passScore ?? b.maxScore),
        source: 'city' as const,
        weights: Object.fromEntries(
          Object.entries(b.weights).filter(([, w]) => w != null),
        ) as TemplateItem['weights'],
      };
      check(item);
      await codeFree(c, v.id, item.code);
      const seq =
        b.seq ??
        Number(
          (
            await db
              .selectFrom('p_jinan_standards.standard')
              .select((eb) => eb.fn.max('seq').as('m'))
              .where('city_id', '=', cityId)
              .where('template_version_id', '=', v.id)
              .executeTakeFirst()
          )?.m ?? 0,
        ) + 1;
      const id = await db.transaction().execute(async (trx) => {
        const [newId] = await insertItems(trx, cityId, v.id, [{ ...item, seq }]);
        await audit(trx, c, 'create', 'standard', newId!, null, { ...item, seq, templateVersionId: v.id });
        return newId!;
      });
      return c.json(
        (await loadItems(db, cityId, v.id)).find((i) => i.id === id),
        201,
      );
    },
  );

  app.patch(
    '/templates/:id/items/:itemId',
    describe({
      summary: 'Change a draft’s standard: wording, weight, scoring rule, community types',
      response: templateItemSchema,
      responses: { 404: 'no such standard', 409: 'published versions are frozen, or the code is taken' },
      ...tag,
    }),
    validate('param', itemParam),
    validate('json', updateItemBody),
    async (c) => {
      requireCityAdmin(c);
      const { id, itemId } = c.req.valid('param');
      const v = await draft(c, id);
      const cityId = c.get('city').id;
      const before = (await loadItems(db, cityId, v.id)).find((i) => i.id === itemId);
      if (!before) throw missing(c, '标准条目', 'Standard');
      const b = c.req.valid('json');
      if (
        before.source === 'article' &&
        ((b.title !== undefined && b.title !== before.title) ||
          (b.area !== undefined && b.area !== before.area) ||
          (b.code !== undefined && b.code !== before.code))
      )
        throw conflictReason(
          say('《意见》原文条目的代码、名称和领域不可修改', 'a source item keeps its code, title and area'),
          b.title !== undefined ? 'title' : b.area !== undefined ? 'area' : 'code',
        );
      const scoringRule = b.scoringRule ?? before.scoringRule;
      const maxScore = b.maxScore ?? before.maxScore;
      const after: StoredItem = {
        ...before,
        ...b,
        titleEn: b.titleEn === undefined ? before.titleEn : (b.titleEn ?? ''),
        maxScore,
        passScore:
          scoringRule === 'all_or_nothing' ? maxScore : (b.passScore ?? Math.min(before.passScore, maxScore)),
        weights: b.weights
          ? (Object.fromEntries(
              Object.entries(b.weights).filter(([, w]) => w != null),
            ) as TemplateItem['weights'])
          : before.weights,
      };
      check(after);
      if (after.code !== before.code) await codeFree(c, v.id, after.code, itemId);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('p_jinan_standards.standard')
          .set({
            code: after.code,
            area: after.area,
            seq: after.seq,
            title: after.title,
            title_en: after.titleEn || null,
            description: after.description,
            max_score: after.maxScore,
            pass_score: after.passScore,
            scoring_rule: after.scoringRule,
            scoring_note: after.scoringNote,
          })
          .where('city_id', '=', cityId)
          .where('id', '=', itemId)
          .execute();
        if (b.weights) {
          await trx
            .deleteFrom('p_jinan_standards.standard_type')
            .where('city_id', '=', cityId)
            .where('standard_id', '=', itemId)
            .execute();
          const rows = (Object.entries(after.weights) as [CommunityType, number][]).map(([type, w]) => ({
            city_id: cityId,
            standard_id: itemId,
            community_type: type,
            weight: w,
          }));
          if (rows.length) await trx.insertInto('p_jinan_standards.standard_type').values(rows).execute();
        }
        await audit(trx, c, 'update', 'standard', itemId, before, after);
      });
      return c.json((await loadItems(db, cityId, v.id)).find((i) => i.id === itemId));
    },
  );

  app.delete(
    '/templates/:id/items/:itemId',
    describe({
      summary: 'Remove a drafted or city-added standard from a draft',
      response: okSchema,
      responses: { 404: 'no such standard', 409: 'published versions are frozen' },
      ...tag,
    }),
    validate('param', itemParam),
    async (c) => {
      requireCityAdmin(c);
      const { id, itemId } = c.req.valid('param');
      const v = await draft(c, id);
      const cityId = c.get('city').id;
      const before = (await loadItems(db, cityId, v.id)).find((i) => i.id === itemId);
      if (!before) throw missing(c, '标准条目', 'Standard');
      if (before.source === 'article')
        throw conflictReason(
          say(
            '《意见》原文条目不可删除，可调整其适用类型和权重',
            'a source item cannot be removed; change its types or weights instead',
          ),
        );
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('p_jinan_standards.standard')
          .where('city_id', '=', cityId)
          .where('id', '=', itemId)
          .execute();
        await audit(trx, c, 'delete', 'standard', itemId, before, null);
      });
      return c.json({ ok: true });
    },
  );

  const fileBase = (v: { name: string; version: number | null }) =>
    `${v.name}-${v.version ? `v${v.version}` : 'draft'}`;

  app.get(
    '/templates/:id/export.xlsx',
    describe({
      summary: 'A version as an Excel workbook (one row per standard, the CSV’s columns)',
      file: XLSX,
      responses: { 404: 'no such version' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const v = await version(c, c.req.valid('param').id);
      const buffer = await templateToXlsx('标准库', await loadItems(db, c.get('city').id, v.id));
      return xlsxResponse(c, `${fileBase(v)}.xlsx`, buffer);
    },
  );

  app.get(
    '/templates/:id/export.csv',
    describe({
      summary: 'A version as CSV (UTF-8 with BOM, opens in Excel)',
      file: 'text/csv',
      responses: { 404: 'no such version' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      requireOrgAdmin(c);
      const v = await version(c, c.req.valid('param').id);
      const csv = templateToCsv(await loadItems(db, c.get('city').id, v.id));
      const filename = `${fileBase(v)}.csv`;
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="template.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
    },
  );

  app.post(
    '/templates/import',
    describe({
      summary: 'A new draft from an .xlsx or CSV file (multipart field "file"; same columns as the export)',
      status: 201,
      multipart: importForm,
      response: versionDetailSchema,
      responses: {
        400: 'not an .xlsx or CSV file, or rows with problems (each named)',
        409: 'a draft already exists',
        413: 'file over 1 MB',
      },
      ...tag,
    }),
    async (c) => {
      requireCityAdmin(c);
      const cityId = c.get('city').id;
      // Counted on the stream while the upload is read (a missing or false Content-Length does not get past it).
      allowBody(
        c,
        MAX_IMPORT_BYTES + 64 * 1024,
        () =>
          new ApiError(413, 'validation_failed', { detail: say('文件超过 1 MB', 'file over 1 MB') }, 'file'),
      );
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody();
      } catch {
        throw invalid(say('须以 multipart/form-data 上传', 'upload as multipart/form-data'), 'file');
      }
      const file = body.file;
      if (!(file instanceof File)) throw invalid(say('缺少文件', 'no file'), 'file');
      if (file.size > MAX_IMPORT_BYTES)
        throw new ApiError(
          413,
          'validation_failed',
          { detail: say('文件超过 1 MB', 'file over 1 MB') },
          'file',
        );
      const format = fileFormat(file);
      if (!format)
        throw invalid(
          say('请上传 Excel（.xlsx）或 CSV 文件；旧版 .xls 请另存为 .xlsx', 'upload an .xlsx or .csv file'),
          'file',
        );
      const name =
        typeof body.name === 'string' && body.name.trim()
          ? body.name.trim().slice(0, 100)
          : `${file.name.replace(/\.[^.]+$/, '').slice(0, 80)}（导入）`;
      const bytes = await file.arrayBuffer();
      const { items, issues } = format === 'xlsx' ? await xlsxToItems(bytes) : await csvToItems(bytes);
      if (issues.length) {
        const locale = c.get('locale');
        const local = issues.map((i) => ({ field: i.field, message: i.message[locale] }));
        throw new ApiError(
          400,
          'validation_failed',
          {
            detail: local
              .slice(0, 10)
              .map((i) => i.message)
              .join('; '),
          },
          local[0]!.field,
          local,
        );
      }
      if (!items.length) throw invalid(say('文件中没有标准条目', 'no standards in the file'), 'file');
      await noOtherDraft(c);
      const basedOn = await latestPublished(db, cityId);
      const id = await db.transaction().execute(async (trx) => {
        const newId = await createDraft(
          trx,
          cityId,
          {
            name,
            basedOnId: basedOn?.id ?? null,
            note: `导入自 ${file.name}`,
            createdBy: c.get('actor').userId,
          },
          items,
        );
        await audit(trx, c, 'import', 'template_version', newId, null, {
          name,
          file: file.name,
          items: items.length,
        });
        return newId;
      });
      const v = (await loadVersion(db, cityId, id))!;
      return c.json({ ...versionView(v), items: await loadItems(db, cityId, id) }, 201);
    },
  );

  return app;
}

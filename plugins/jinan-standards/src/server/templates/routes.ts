import {
  ApiError,
  describe,
  fileField,
  idParam,
  invalid,
  localizedIssue,
  okSchema,
  type PluginContext,
  type PluginEnv,
  refuse,
  requireCityAdmin,
  requireOrgAdmin,
  say,
  validate,
  whoOf,
  XLSX,
  xlsxResponse,
  notFound,
} from '@jiceng/plugin-kit';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Config } from '../../manifest';
import { AREA_CODES, COMMUNITY_TYPE_CODES, type CommunityType, SCORING_RULE_CODES } from '../../shared/model';
import { type Ctx } from '../access';
import type { JinanTables } from '../db';
import { templateItemSchema, versionDetailSchema, versionListSchema, versionSchema } from '../schemas';
import { csvToItems, templateToCsv } from './csv';
import { JINAN_TEMPLATE, JINAN_TEMPLATE_NAME, type TemplateItem } from './jinan';
import {
  codeTaken,
  currentDraft,
  latestPublished,
  loadItem,
  loadItems,
  loadVersion,
  nextSeq,
  versionList,
} from './queries';
import {
  articleChangeRefusal,
  changedItem,
  fileBase,
  fileFormat,
  importName,
  itemProblem,
  MAX_IMPORT_BYTES,
  newItem,
  type VersionRow,
  versionView,
} from './rules';
import { fileTooLarge, readUpload } from '../upload';
import * as service from './service';
import { templateToXlsx, xlsxToItems } from './xlsx';

export { MAX_IMPORT_BYTES } from './rules';

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

const tooLarge = () => fileTooLarge(MAX_IMPORT_BYTES / (1024 * 1024));

export function templateRoutes(ctx: PluginContext<Config, JinanTables>) {
  const db = ctx.db;
  const app = new Hono<PluginEnv<Config>>();
  const tag = { tags: ['jinan-standards: templates'] };
  async function version(c: Ctx, id: number) {
    const v = await loadVersion(db, c.get('city').id, id);
    if (!v) throw notFound(say('标准版本', 'Template version'));
    return v;
  }
  async function draft(c: Ctx, id: number) {
    const v = await version(c, id);
    if (v.status !== 'draft')
      throw refuse(
        say('已发布的版本不可修改，请新建草稿', 'a published version is frozen; start a new draft'),
      );
    return v;
  }
  /** A standard of a draft (404 when the draft has no such standard). */
  async function draftItem(c: Ctx, id: number, itemId: number) {
    const v = await draft(c, id);
    const before = await loadItem(db, c.get('city').id, v.id, itemId);
    if (!before) throw notFound(say('标准条目', 'Standard'));
    return { v, before };
  }
  function check(item: TemplateItem) {
    const p = itemProblem(item);
    if (p) throw invalid(p.reason, p.field);
  }
  async function codeFree(c: Ctx, versionId: number, code: string, exceptId?: number) {
    if (await codeTaken(db, c.get('city').id, versionId, code, exceptId))
      throw refuse(say(`代码 ${code} 已存在`, `code ${code} already used`), 'code');
  }
  async function noOtherDraft(c: Ctx) {
    const d = await currentDraft(db, c.get('city').id);
    if (d)
      throw refuse(
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
      const current = await latestPublished(db, cityId);
      return c.json({ currentId: current?.id ?? null, items: await versionList(db, cityId) });
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
      let basedOn: VersionRow | undefined;
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
      const basedOnId = basedOn?.id ?? null;
      const created = await service.startDraft(
        db,
        whoOf(c),
        { name, basedOnId, note: b.note },
        items,
        'create',
        { name, from: b.from, basedOnId, items: items.length },
      );
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
      await service.updateDraft(db, whoOf(c), v, b);
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
      await service.discardDraft(db, whoOf(c), v);
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
      if (!items.length) throw refuse(say('草稿没有任何标准条目', 'the draft has no standards'));
      for (const i of items) {
        const p = itemProblem(i);
        if (p)
          throw invalid(
            say(`${i.code}：${p.reason['zh-CN']}`, `${i.code}: ${p.reason.en}`),
            `items.${i.code}.${p.field}`,
          );
      }
      const published = await service.publishDraft(db, whoOf(c), v, ctx.clock.now(), items.length);
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
      const item = newItem(b);
      check(item);
      await codeFree(c, v.id, item.code);
      const seq = b.seq ?? (await nextSeq(db, cityId, v.id));
      const id = await service.addItem(db, whoOf(c), v.id, { ...item, seq });
      return c.json(await loadItem(db, cityId, v.id, id), 201);
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
      const { v, before } = await draftItem(c, id, itemId);
      const b = c.req.valid('json');
      const frozen = articleChangeRefusal(before, b);
      if (frozen) throw refuse(frozen.reason, frozen.field);
      const after = changedItem(before, b);
      check(after);
      if (after.code !== before.code) await codeFree(c, v.id, after.code, itemId);
      await service.changeItem(db, whoOf(c), before, after, !!b.weights);
      return c.json(await loadItem(db, c.get('city').id, v.id, itemId));
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
      const { before } = await draftItem(c, id, itemId);
      if (before.source === 'article')
        throw refuse(
          say(
            '《意见》原文条目不可删除，可调整其适用类型和权重',
            'a source item cannot be removed; change its types or weights instead',
          ),
        );
      await service.removeItem(db, whoOf(c), before);
      return c.json({ ok: true });
    },
  );

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
      const { body, file } = await readUpload(c, MAX_IMPORT_BYTES, tooLarge);
      if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
      const format = fileFormat(file);
      if (!format)
        throw invalid(
          say('请上传 Excel（.xlsx）或 CSV 文件；旧版 .xls 请另存为 .xlsx', 'upload an .xlsx or .csv file'),
          'file',
        );
      const name = importName(body.name, file.name);
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
      const id = await service.startDraft(
        db,
        whoOf(c),
        { name, basedOnId: basedOn?.id ?? null, note: `导入自 ${file.name}` },
        items,
        'import',
        { name, file: file.name, items: items.length },
      );
      const v = (await loadVersion(db, cityId, id))!;
      return c.json({ ...versionView(v), items: await loadItems(db, cityId, id) }, 201);
    },
  );

  return app;
}

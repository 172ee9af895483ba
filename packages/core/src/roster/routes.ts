import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../audit';
import { orgInScope, requireCityAdmin, requireOrgAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import type { AppEnv } from '../http/env';
import { ApiError, notFound } from '../http/errors';
import { uploadLimit } from '../http/limits';
import { importJobSchema, importProblemSchema, itemsOf, pageOf } from '../http/schemas';
import { describe, fileField, idParam, paging, validate, XLSX } from '../http/validate';
import { attributeColumns } from '../places/attribute-rules';
import { cityAttributes } from '../places/attributes';
import { columnsOf } from './columns';
import {
  csvBodyStream,
  memberExportColumns,
  memberExportQuery,
  memberExportRows,
  orgExportColumns,
  orgExportRows,
  withDateCells,
} from './export';
import {
  cancelImport,
  claimCommit,
  createImportJob,
  getImportJob,
  type ImportActor,
  installedColumns,
  jobView,
  listProblems,
  mergeImport,
  type RosterDeps,
  validateImport,
} from './jobs';
import { problemSheetColumns, problemSheetName, problemSheetRows } from './problem-rows';
import { bufferSource, sniffFormat } from './read';
import { IMPORT_KINDS, IMPORT_MODES, type ImportJob, type ImportKind, rosterDb } from './schema';
import { exampleRow, sheetName, templateCsv, templateXlsx } from './templates';
import { writeXlsxStream, xlsxBodyStream, xlsxHeaders } from './xlsx-stream';

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const commitBody = z.object({ mode: z.enum(IMPORT_MODES) });
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });

const kindError = () =>
  new ApiError(400, 'validation_failed', { detail: `kind: ${IMPORT_KINDS.join(' | ')}` }, 'kind');

/** Units and places are city-wide: only city admins import them (as only they create them one by one). */
function requireImportRight(c: any, kind: ImportKind) {
  requireOrgAdmin(c);
  if (kind === 'units' || kind === 'places') requireCityAdmin(c);
}

/**
 * /api/cities/:city/roster — templates, import jobs (upload → dry run → commit), and Excel exports.
 * See README.md beside this file for the flow, the job states and the error shape.
 */
export function rosterRoutes(deps: CoreDeps, options: { maxUploadBytes?: number } = {}) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['roster'] };
  const maxBytes =
    options.maxUploadBytes ?? (Number(process.env.JICENG_IMPORT_MAX_BYTES) || DEFAULT_MAX_UPLOAD_BYTES);
  const maxMb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  const rdeps: RosterDeps = { db: deps.db, clock: deps.clock, logger: deps.logger, plugins: deps.plugins };
  const extra = installedColumns(rdeps);
  const tooLarge = () => new ApiError(413, 'roster_file_too_large', { max: maxMb }, 'file');

  const actorOf = (c: any): ImportActor => ({
    userId: c.get('actor').userId,
    access: c.get('access'),
    via: 'api',
  });

  /** A job of this city that the caller may see: city admins see all, others their own. */
  async function loadJob(c: any, id: number): Promise<ImportJob> {
    requireOrgAdmin(c);
    const job = await getImportJob(rdeps, c.get('city').id, id);
    if (!job) throw notFound('import_job');
    if (c.get('access').level !== 'city' && job.created_by !== c.get('actor').userId)
      throw notFound('import_job');
    return job;
  }

  app.get(
    '/templates/:file',
    describe({
      summary:
        'Import template: members|orgs|units|places .xlsx or .csv, Chinese headers and one example row',
      file: [XLSX, 'text/csv'],
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const m = /^([a-z]+)\.([a-z]+)$/.exec(c.req.param('file'));
      const kind = m?.[1] as ImportKind | undefined;
      if (!kind || !IMPORT_KINDS.includes(kind)) throw kindError();
      const ext = m![2];
      if (ext !== 'xlsx' && ext !== 'csv')
        throw new ApiError(400, 'validation_failed', { detail: 'format: xlsx | csv' }, 'format');
      const locale = c.get('locale');
      const cityId = c.get('city').id;
      const cols = columnsOf(kind, attributeColumns(await cityAttributes(deps, cityId)));
      const example = await exampleRow(deps.db, kind, cityId, c.get('access'), cols);
      const fileName = `${sheetName(kind, locale)}-${locale === 'en' ? 'template' : '导入模板'}.${ext}`;
      if (ext === 'csv')
        return c.body(new Uint8Array(templateCsv(cols, example)), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        });
      return c.body(
        new Uint8Array(await templateXlsx(kind, cols, example, locale)),
        200,
        xlsxHeaders(fileName),
      );
    },
  );

  app.post(
    '/jobs',
    describe({
      summary:
        'Upload a roster (multipart: file, kind) — starts the dry run; poll GET /jobs/:id. 413 over the size limit',
      ...tag,
      status: 202,
      response: importJobSchema,
      multipart: z.object({
        file: fileField('the roster, .xlsx or .csv (UTF-8, GBK/GB18030 or UTF-16)'),
        kind: z.enum(IMPORT_KINDS).default('members'),
      }),
      responses: {
        202: 'job created, dry run running',
        400: 'no file, unknown kind, not .xlsx/.csv, or empty (field named)',
        403: 'units or places by an org admin',
        413: 'file too large (field: file)',
      },
    }),
    // The multipart envelope around the file is allowed 256 KB; the global limit counts the stream as it comes.
    uploadLimit(maxBytes + 256 * 1024, tooLarge),
    async (c) => {
      requireOrgAdmin(c);
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody();
      } catch {
        throw new ApiError(400, 'validation_failed', { detail: 'multipart/form-data with a file' }, 'file');
      }
      const kind = (
        typeof body.kind === 'string' && body.kind ? body.kind : (c.req.query('kind') ?? 'members')
      ) as ImportKind;
      if (!IMPORT_KINDS.includes(kind)) throw kindError();
      requireImportRight(c, kind);
      const file = body.file;
      if (!(file instanceof File))
        throw new ApiError(
          400,
          'validation_failed',
          { detail: 'file: a .xlsx or .csv file is required' },
          'file',
        );
      if (file.size > maxBytes) throw tooLarge();
      if (file.size === 0) throw new ApiError(400, 'roster_empty_file', {}, 'file');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const format = sniffFormat(bytes.subarray(0, 8), file.name || 'upload.csv');
      if (format !== 'csv' && format !== 'xlsx') throw new ApiError(400, 'roster_file_type', {}, 'file');
      const city = c.get('city');
      const job = await createImportJob(rdeps, {
        cityId: city.id,
        kind,
        fileName: file.name || `upload.${format}`,
        format,
        size: bytes.length,
        file: bytes,
        createdBy: c.get('actor').userId,
      });
      // The dry run goes on after the response; the page polls the job.
      void validateImport(rdeps, job, actorOf(c), bufferSource(bytes));
      return c.json(jobView(job, c.get('locale'), extra), 202);
    },
  );

  app.get(
    '/jobs',
    describe({
      summary: 'Recent import jobs of the city (org admins: their own)',
      response: itemsOf(importJobSchema),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireOrgAdmin(c);
      let query = rosterDb(deps.db)
        .selectFrom('core.import_job')
        .selectAll()
        .where('city_id', '=', c.get('city').id);
      if (c.get('access').level !== 'city') query = query.where('created_by', '=', c.get('actor').userId);
      const rows = await query.orderBy('id', 'desc').limit(c.req.valid('query').limit).execute();
      return c.json({ items: rows.map((j) => jobView(j, c.get('locale'), extra)) });
    },
  );

  app.get(
    '/jobs/:id',
    describe({
      summary: 'An import job: status, progress, counts and the first 100 problems',
      response: importJobSchema.extend({
        errors: z.array(importProblemSchema),
        errorsTruncated: z.boolean(),
      }),
      responses: { 404: 'no such job in this city, or another user’s' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      const job = await loadJob(c, c.req.valid('param').id);
      const locale = c.get('locale');
      const problems = await listProblems(rdeps, job, locale, { offset: 0, limit: 100 });
      return c.json({
        ...jobView(job, locale, extra),
        errors: problems.items,
        errorsTruncated: problems.total > 100,
      });
    },
  );

  app.get(
    '/jobs/:id/errors',
    describe({
      summary: 'Every problem of a dry run, by row, paged',
      response: pageOf(importProblemSchema),
      ...tag,
    }),
    validate('param', idParam),
    validate('query', paging.extend({ pageSize: z.coerce.number().int().min(1).max(1000).default(100) })),
    async (c) => {
      const job = await loadJob(c, c.req.valid('param').id);
      const { page, pageSize } = c.req.valid('query');
      const r = await listProblems(rdeps, job, c.get('locale'), {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return c.json({ ...r, page, pageSize });
    },
  );

  app.get(
    '/jobs/:id/errors.xlsx',
    describe({
      summary:
        'The rows with problems as a spreadsheet: row number, the problems, then the row’s own cells under the file’s headers (fix and upload it again)',
      file: XLSX,
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      const job = await loadJob(c, c.req.valid('param').id);
      const locale = c.get('locale');
      const en = locale === 'en';
      const body = xlsxBodyStream(
        (out, signal) =>
          writeXlsxStream(
            out,
            problemSheetName(locale),
            problemSheetColumns(job, locale),
            problemSheetRows(rdeps, job, locale),
            { signal },
          ),
        (e) => deps.logger.error('roster errors export failed', { message: e.message }),
      );
      return c.body(
        body,
        200,
        xlsxHeaders(`${job.file_name.replace(/\.[^.]+$/, '')}-${en ? 'problems' : '问题'}.xlsx`),
      );
    },
  );

  app.post(
    '/jobs/:id/commit',
    describe({
      summary:
        'Import a validated job: mode all (refused while any row has a problem) or good_rows; poll the job',
      ...tag,
      status: 202,
      response: importJobSchema,
      responses: { 202: 'merge started', 409: 'job not validated, or rows with problems and mode all' },
    }),
    validate('param', idParam),
    validate('json', commitBody),
    async (c) => {
      const job = await loadJob(c, c.req.valid('param').id);
      requireImportRight(c, job.kind);
      const claimed = await claimCommit(rdeps, job, c.req.valid('json').mode);
      void mergeImport(rdeps, claimed, actorOf(c));
      return c.json(jobView(claimed, c.get('locale'), extra), 202);
    },
  );

  app.delete(
    '/jobs/:id',
    describe({
      summary: 'Discard a validated job (its checked rows are dropped)',
      response: importJobSchema,
      responses: { 409: 'the job is not validated' },
      ...tag,
    }),
    validate('param', idParam),
    async (c) => {
      const job = await loadJob(c, c.req.valid('param').id);
      return c.json(jobView(await cancelImport(rdeps, job), c.get('locale'), extra));
    },
  );

  for (const format of ['xlsx', 'csv'] as const)
    app.get(
      `/export/members.${format}`,
      describe({
        summary:
          format === 'xlsx'
            ? 'Members as .xlsx (dates as date cells): the list’s filters and the actor’s scope; ?reveal=true unmasks for city admins (audited)'
            : 'Members as CSV (UTF-8 with BOM), the .xlsx export’s columns, masking and reveal rules',
        file: format === 'xlsx' ? XLSX : 'text/csv',
        ...tag,
      }),
      validate('query', memberExportQuery),
      async (c) => {
        requireOrgAdmin(c);
        const f = c.req.valid('query');
        const city = c.get('city');
        const access = c.get('access');
        const locale = c.get('locale');
        const reveal = f.reveal === 'true' && access.level === 'city';
        const subtree: { orgPath?: string; placePath?: string } = {};
        if (f.orgId) subtree.orgPath = (await orgInScope(deps.db, c, f.orgId, 'orgId')).path;
        if (f.placeId) {
          const place = await deps.db
            .selectFrom('core.place')
            .select('path')
            .where('city_id', '=', city.id)
            .where('id', '=', f.placeId)
            .executeTakeFirst();
          if (!place) throw new ApiError(400, 'cross_city', { field: 'placeId' }, 'placeId');
          subtree.placePath = place.path;
        }
        if (reveal)
          await recordAudit(deps.db, {
            cityId: city.id,
            actorUserId: c.get('actor').userId,
            action: 'reveal',
            entity: 'member',
            entityId: null,
            after: { export: `members.${format}`, filters: { ...f, reveal: undefined } },
          });
        const rows = memberExportRows(deps.db, city.id, access, f, reveal, locale, subtree);
        const columns = memberExportColumns(locale);
        const fileName = `${city.name_zh}-${locale === 'en' ? 'members' : '党员'}.${format}`;
        const onError = (e: Error) => deps.logger.error('member export failed', { message: e.message });
        const masked = { 'x-jiceng-masked': reveal ? 'false' : 'true' };
        if (format === 'csv')
          return c.body(
            csvBodyStream(
              columns.map((col) => col.header),
              rows,
              onError,
            ),
            200,
            {
              'content-type': 'text/csv; charset=utf-8',
              'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
              ...masked,
            },
          );
        const body = xlsxBodyStream(
          (out, signal) =>
            writeXlsxStream(out, locale === 'en' ? 'Members' : '党员', columns, withDateCells(rows), {
              signal,
            }),
          onError,
        );
        return c.body(body, 200, { ...xlsxHeaders(fileName), ...masked });
      },
    );

  app.get(
    '/export/orgs.xlsx',
    describe({
      summary: 'The org tree in the actor’s scope as .xlsx, with member counts',
      file: XLSX,
      ...tag,
    }),
    async (c) => {
      requireOrgAdmin(c);
      const city = c.get('city');
      const locale = c.get('locale');
      const rows = await orgExportRows(deps.db, city.id, c.get('access'), locale);
      const body = xlsxBodyStream(
        (out, signal) =>
          writeXlsxStream(out, locale === 'en' ? 'Organizations' : '党组织', orgExportColumns(locale), rows, {
            signal,
          }),
        (e) => deps.logger.error('org export failed', { message: e.message }),
      );
      return c.body(
        body,
        200,
        xlsxHeaders(`${city.name_zh}-${locale === 'en' ? 'organizations' : '党组织'}.xlsx`),
      );
    },
  );

  return app;
}

import { Hono } from 'hono';
import { z } from 'zod';
import { requireCityAdmin } from '../cities/scope';
import type { CoreDeps } from '../deps';
import { toXlsx, xlsxResponse } from '../export/xlsx';
import type { AppEnv } from '../http/env';
import { describe, paging, validate, XLSX } from '../http/validate';
import { auditEntrySchema, pageOf } from '../http/schemas';
import type { Locale } from '../http/env';
import { auditSubjects, auditWords } from './labels';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const filters = z.object({
  actor: z.string().trim().max(60).optional(),
  entity: z.string().trim().max(80).optional(),
  entityId: z.string().trim().max(40).optional(),
  action: z.string().trim().max(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const listQuery = paging.extend(filters.shape);

/** The audit log of one city: who changed what, with before and after. City admins only. */
export function auditRoutes({ db, plugins }: CoreDeps) {
  const app = new Hono<AppEnv>();
  const tag = { tags: ['audit'] };

  function query(cityId: number, f: z.infer<typeof filters>) {
    let q = db
      .selectFrom('core.audit_log as a')
      .leftJoin('core.app_user as u', 'u.id', 'a.actor_user_id')
      .where('a.city_id', '=', cityId);
    if (f.actor)
      q = q.where((eb) =>
        eb.or([eb('u.username', '=', f.actor!), eb('u.display_name', 'ilike', `%${f.actor}%`)]),
      );
    if (f.entity) q = q.where('a.entity', '=', f.entity);
    if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
    if (f.action) q = q.where('a.action', '=', f.action);
    // Dates are the users' calendar days (UTC+8).
    if (f.from) q = q.where('a.at', '>=', new Date(`${f.from}T00:00:00+08:00`));
    if (f.to) q = q.where('a.at', '<', new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000));
    return q;
  }
  const columns = [
    'a.id',
    'a.at',
    'a.action',
    'a.entity',
    'a.entity_id',
    'a.before',
    'a.after',
    'u.username',
    'u.display_name',
  ] as const;
  const view = (r: any) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    actor: r.username ? { username: r.username, displayName: r.display_name } : null,
  });

  /** Each entry with its words: model, entity, action, a readable subject, and the page to manage such records. */
  async function labelled(cityId: number, rows: ReturnType<typeof view>[], locale: Locale) {
    const subjects = await auditSubjects(db, cityId, plugins, rows, locale);
    return rows.map((r, i) => ({
      ...r,
      labels: { ...auditWords(plugins, r, locale), subject: subjects[i] ?? null },
    }));
  }

  app.get(
    '/',
    describe({
      summary: 'Audit entries, newest first, filtered',
      response: pageOf(auditEntrySchema),
      ...tag,
    }),
    validate('query', listQuery),
    async (c) => {
      requireCityAdmin(c);
      const f = c.req.valid('query');
      const q = query(c.get('city').id, f);
      const [rows, total] = await Promise.all([
        q
          .select(columns)
          .orderBy('a.id', 'desc')
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      const items = await labelled(c.get('city').id, rows.map(view), c.get('locale'));
      return c.json({ items, total: Number(total.n), page: f.page, pageSize: f.pageSize });
    },
  );

  app.get(
    '/export',
    describe({ summary: 'The filtered audit log as an Excel file', file: XLSX, ...tag }),
    validate('query', filters),
    async (c) => {
      requireCityAdmin(c);
      const rows = (
        await query(c.get('city').id, c.req.valid('query'))
          .select(columns)
          .orderBy('a.id', 'desc')
          .limit(50_000)
          .execute()
      ).map((r) => {
        const v = view(r);
        return { ...v, words: auditWords(plugins, v, c.get('locale')) };
      });
      const zh = c.get('locale') === 'zh-CN';
      const json = (v: unknown) => (v == null ? '' : JSON.stringify(v));
      const body = await toXlsx(
        zh ? '审计日志' : 'Audit log',
        [
          { header: zh ? '时间' : 'Time', value: (r) => new Date(r.at).toISOString(), width: 24 },
          { header: zh ? '操作人' : 'Actor', value: (r) => r.actor?.username ?? '' },
          { header: zh ? '模式' : 'Model', value: (r) => r.words.model ?? '' },
          { header: zh ? '操作' : 'Action', value: (r) => r.words.action },
          { header: zh ? '对象' : 'Entity', value: (r) => r.words.entity },
          { header: zh ? '对象编号' : 'Entity id', value: (r) => r.entityId },
          { header: zh ? '修改前' : 'Before', value: (r) => json(r.before), width: 50 },
          { header: zh ? '修改后' : 'After', value: (r) => json(r.after), width: 50 },
        ],
        rows,
      );
      return xlsxResponse(c, `${c.get('city').code}-audit.xlsx`, body);
    },
  );

  return app;
}

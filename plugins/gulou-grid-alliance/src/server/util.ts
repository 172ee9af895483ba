import {
  ApiError,
  type LocalizedText,
  localizedIssue,
  notFound,
  orgInScope,
  type PluginContext,
  type PluginEnv,
  pathInScope,
  recordAudit,
  toLocalDate,
} from '@jiceng/plugin-kit';
import type { Context } from 'hono';
import { sql } from 'kysely';
import { z } from 'zod';
import { GRID_BRANCH_KIND } from '../shared/terms';
import type { Config } from '../manifest';
import type { GulouDb } from './db';

/** Words of a refusal in both languages; the API answers in the caller's. */
export const say = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const S = 'p_gulou_grid_alliance';
export const TAG = { tags: ['gulou-grid-alliance'] };
export type C = Context<PluginEnv<Config>>;

/** Today's date in the users' calendar, from the injected clock. */
export const today = (ctx: PluginContext<any>) => toLocalDate(ctx.clock.now());

/** Refuses impossible dates such as 2026-02-30 (the toolkit's one validator). */
export { isoDate } from '@jiceng/plugin-kit';
export const id = z.number().int().positive();
export const queryId = z.coerce.number().int().positive();
export const text = (max: number, min = 1) => z.string().trim().min(min).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
export const phone = z
  .string()
  .trim()
  .refine(
    (v) => /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(v),
    localizedIssue(say('电话号码格式不正确', 'not a phone number')),
  );

/** 400 naming the field at fault, with a short reason in both languages. */
export const invalid = (field: string, detail: LocalizedText) =>
  new ApiError(400, 'validation_failed', { detail }, field);
/** 409 for a rule of the workflow (wrong state, duplicate), with a short reason in both languages. */
export const refused = (reason: LocalizedText, field?: string) =>
  new ApiError(409, 'conflict', { reason }, field);

export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
/** Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

export async function audit(
  db: GulouDb,
  c: C,
  action: string,
  entity: string,
  entityId: number | string,
  before?: unknown,
  after?: unknown,
) {
  await recordAudit(db, {
    cityId: c.get('city').id,
    actorUserId: c.get('actor').userId,
    action,
    entity: `${S}.${entity}`,
    entityId,
    before,
    after,
  });
}

/** A grid branch (网格党支部) of this city in the actor's scope; 400 naming the field otherwise. */
export async function gridBranchInScope(db: GulouDb, c: C, orgId: number, field: string) {
  const org = await orgInScope(db, c, orgId, field);
  if (org.kind !== GRID_BRANCH_KIND) throw invalid(field, say('不是网格党支部', 'not a grid party branch'));
  return org;
}

/** The path prefix of an optional `orgId` filter (checked against the actor's scope), or null. */
export async function prefixOf(db: GulouDb, c: C, orgId: number | undefined): Promise<string | null> {
  if (!orgId) return null;
  return (await orgInScope(db, c, orgId, 'orgId')).path;
}

/** Loads an org path for a row found by id, and 404s when it is outside the actor's scope. */
export function assertPathVisible(c: C, path: string | null | undefined, entity: string) {
  const access = c.get('access');
  if (!path || !pathInScope(access, path)) throw notFound(entity);
}

export function requireMemberActor(c: C): number {
  const memberId = c.get('actor').memberId;
  if (!memberId) throw new ApiError(403, 'forbidden');
  return memberId;
}

export const num = (v: unknown) => (v == null ? 0 : Number(v));
export const round1 = (v: number) => Math.round(v * 10) / 10;
export const round2 = (v: number) => Math.round(v * 100) / 100;

/** Core's masking (138****1234), so every list in the platform hides a phone the same way. */
export { maskPhone } from '@jiceng/plugin-kit';

/** SQL condition: the org path expression `column` (a trusted constant) lies in the actor's scope. */
export function scopeSql(c: C, column: string) {
  const access = c.get('access');
  if (access.level === 'city') return sql<boolean>`true`;
  if (access.level === 'self') return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    access.paths.map((p) => sql`${sql.raw(column)} like ${`${p}%`}`),
    sql` or `,
  )})`;
}

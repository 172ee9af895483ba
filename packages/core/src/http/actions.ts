import { z } from 'zod';
import type { LocalizedText } from '../indicators';
import type { Locale } from './env';
import { ApiError } from './errors';

/**
 * The answer of a permission rule: one pure function decides whether an actor may act on a record, and the same
 * answer both refuses the action route (`enforce`) and tells the page whether to offer it (`actionsFor` in a list).
 */
export type Permit =
  | { allowed: true }
  | {
      allowed: false;
      reason: LocalizedText;
      /** 403 (the default): this actor may never do it here; 409: nobody may, in the record's present state. */
      status?: 403 | 409;
    };

export const allow = (): Permit => ({ allowed: true });
export const deny = (reason: LocalizedText, status?: 403 | 409): Permit =>
  status ? { allowed: false, reason, status } : { allowed: false, reason };

/** What a list answers per record and action: allowed, or refused with the reason in the caller's language. */
export interface ActionAnswer {
  allowed: boolean;
  reason?: string;
}
export type ActionsMap<K extends string = string> = Record<K, ActionAnswer>;

/** The words of a refusal in the caller's language (undefined when allowed). */
export function refusalReason(permit: Permit, locale: Locale): string | undefined {
  return permit.allowed ? undefined : permit.reason[locale];
}

/** `{ confirm: permit, … }` → `{ confirm: { allowed, reason? }, … }` for a list row. */
export function actionsFor<K extends string>(permits: Record<K, Permit>, locale: Locale): ActionsMap<K> {
  const out = {} as ActionsMap<K>;
  for (const key of Object.keys(permits) as K[]) {
    const p = permits[key];
    out[key] = p.allowed ? { allowed: true } : { allowed: false, reason: p.reason[locale] };
  }
  return out;
}

/** Refuses the action route (403, or 409 for a state refusal) with the same reason the list gave. */
export function enforce(permit: Permit, field?: string): void {
  if (permit.allowed) return;
  if (permit.status === 409) throw new ApiError(409, 'conflict', { reason: permit.reason }, field);
  throw new ApiError(403, 'forbidden_because', { reason: permit.reason }, field);
}

const actionAnswerSchema = z.object({ allowed: z.boolean(), reason: z.string().optional() });

/** The OpenAPI shape of a row's `actions` for the given action names. */
export function actionsSchema<K extends string>(keys: readonly [K, ...K[]]) {
  return z
    .object(
      Object.fromEntries(keys.map((k) => [k, actionAnswerSchema])) as Record<K, typeof actionAnswerSchema>,
    )
    .meta({ description: 'per action: may the caller do it on this record, and why not' });
}

import type { Kysely, Transaction } from 'kysely';
import { coreTablesOf } from '../db';
import type { CoreDatabase } from '../db/schema';

export * from './labels';

export interface AuditEntry {
  cityId: number | null;
  actorUserId: number | null;
  /** create | update | deactivate | move | enable | login | reveal | import | … */
  action: string;
  /** e.g. 'member', 'org', 'p_longyan_return_home.report'. */
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Call inside the same transaction as the write it records. */
export async function recordAudit<DB extends CoreDatabase>(
  db: Kysely<DB> | Transaction<DB>,
  entry: AuditEntry,
): Promise<void> {
  await coreTablesOf(db)
    .insertInto('core.audit_log')
    .values({
      city_id: entry.cityId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId == null ? null : String(entry.entityId),
      before: json(entry.before),
      after: json(entry.after),
    })
    .execute();
}

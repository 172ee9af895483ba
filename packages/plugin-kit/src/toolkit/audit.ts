import { type CoreDatabase, recordAudit } from '@jiceng/core';
import type { Kysely, Transaction } from 'kysely';
import type { Who } from './request';

export interface PluginAuditEntry {
  action: string;
  /** The plugin's table or record kind; stored as `<schema>.<entity>` so the audit page shows whose it is. */
  entity: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The audit helper of one plugin: `const audit = pluginAudit('p_fugu_dual_link')`, then inside the write's
 * transaction `await audit(trx, whoOf(c), { action: 'stamp', entity: 'registration', entityId: id, before, after })`.
 */
export function pluginAudit(schema: string) {
  return async <DB extends CoreDatabase>(
    db: Kysely<DB> | Transaction<DB>,
    who: Who,
    entry: PluginAuditEntry,
  ): Promise<void> => {
    await recordAudit(db, {
      cityId: who.cityId,
      actorUserId: who.userId,
      action: entry.action,
      entity: `${schema}.${entry.entity}`,
      entityId: entry.entityId,
      before: entry.before,
      after: entry.after,
    });
  };
}

import type { Kysely } from 'kysely';
import { runStatements } from '../migrate/statements';

// Entity histories (an assessment's, a member's) read the audit log by entity; keep that fast as the log grows.
export const auditEntityIndex = {
  up: (db: Kysely<unknown>) =>
    runStatements(db, [`create index audit_log_entity_idx on core.audit_log (city_id, entity, entity_id)`]),
  down: (db: Kysely<unknown>) => runStatements(db, [`drop index if exists core.audit_log_entity_idx`]),
};

import type { ColumnType } from 'kysely';
import type { LocalizedText } from '../indicators';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A stored shared-indicator value (migration 2026-12-07-outcome-snapshots); org_id 0 = the whole city. */
export interface OutcomeSnapshotTable {
  city_id: number;
  org_id: ColumnType<number, number | undefined, number>;
  period_from: string;
  period_to: string;
  indicator_id: string;
  period_kind: 'month' | 'quarter' | 'half' | 'year';
  status: 'ok' | 'not_applicable';
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reason: ColumnType<LocalizedText | null, string | null, string | null>;
  computed_at: Timestamp;
}

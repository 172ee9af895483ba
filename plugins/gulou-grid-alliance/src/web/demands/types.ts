import type { QueryOf, ResponseOf } from '@jiceng/ui';
import type { paths } from '../api.generated';

/** A resident demand as `/demands` lists it. */
export type Demand = ResponseOf<paths, '/demands'>['items'][number];
/** One demand with its events (`/demands/{id}`). */
export type DemandDetail = ResponseOf<paths, '/demands/{id}'>;

export type ActionKind = 'assign' | 'start' | 'note' | 'escalate' | 'close' | 'reopen' | 'classify';

/** A row of the daily and weekly summaries: one org's counts. */
export type SummaryRow = ResponseOf<paths, '/demands/weekly'>['rows'][number];
/** The level a summary rolls up to. */
export type SummaryLevel = NonNullable<QueryOf<paths, '/demands/weekly'>['level']>;

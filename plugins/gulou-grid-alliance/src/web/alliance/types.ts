import type { ResponseOf } from '@jiceng/ui';
import type { paths } from '../api.generated';

/** One alliance with its units, meetings and charter (`/alliances/{id}`). */
export type Alliance = ResponseOf<paths, '/alliances/{id}'>;
export type MemberUnit = Alliance['units'][number];
export type Meeting = Alliance['meetings'][number];

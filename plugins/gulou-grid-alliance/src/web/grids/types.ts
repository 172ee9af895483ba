import type { ResponseOf } from '@jiceng/ui';
import type { paths } from '../api.generated';

/** A grid (place) with its branch, if any, as `/grids` lists it. */
export type GridRow = ResponseOf<paths, '/grids'>['items'][number];
export type Network = ResponseOf<paths, '/network'>;
export type BodyRow = ResponseOf<paths, '/bodies'>['items'][number];
export type BodyMember = ResponseOf<paths, '/bodies/{id}'>['members'][number];
export type WorkerRow = ResponseOf<paths, '/workers'>['items'][number];
export type StudioRow = ResponseOf<paths, '/studios'>['items'][number];

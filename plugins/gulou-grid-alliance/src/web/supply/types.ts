import type { QueryOf, ResponseOf } from '@jiceng/ui';
import type { paths } from '../api.generated';

/** A need or an offer on the lists (`/supply`). */
export type SupplyItem = ResponseOf<paths, '/supply'>['items'][number];
export type SupplyQuery = QueryOf<paths, '/supply'>;
export type Project = ResponseOf<paths, '/projects'>['items'][number];
/** A unit's facility open to the public (`/facilities`). */
export type Facility = ResponseOf<paths, '/facilities'>['items'][number];
export type FacilityKind = QueryOf<paths, '/facilities'>['kind'];

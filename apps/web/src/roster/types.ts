import type { CityResponse } from '../typed-api';

/** An import job as GET roster/jobs/{id} answers it (typed from the route's response schema). */
export type ImportJob = CityResponse<'/roster/jobs/{id}'>;
/** One row of the recent jobs list (GET roster/jobs). */
export type ImportJobRow = CityResponse<'/roster/jobs'>['items'][number];
export type ImportKind = ImportJob['kind'];
export type JobStatus = ImportJob['status'];
/** One problem of a dry run (`warning`: the row is imported anyway, e.g. an ID number ending in 000). */
export type ImportProblem = CityResponse<'/roster/jobs/{id}/errors'>['items'][number];

export const IMPORT_KINDS: ImportKind[] = ['members', 'orgs', 'units', 'places'];

import { describe, expect, it } from 'vitest';
import { importKindsFor, initialKind, isRunning, rowsBeingImported, statusColor } from './job-status';
import type { ImportJob } from './types';

const counts = (over: Partial<ImportJob['counts']>): ImportJob['counts'] => ({
  totalRows: 10,
  goodRows: 7,
  errorRows: 3,
  errorCount: 4,
  toInsert: 5,
  toUpdate: 2,
  unchanged: 0,
  inserted: null,
  updated: null,
  skipped: null,
  ...over,
});

describe('roster import job status', () => {
  it('polls only while the server works on the job', () => {
    expect(isRunning('validating')).toBe(true);
    expect(isRunning('importing')).toBe(true);
    for (const s of ['validated', 'done', 'failed', 'cancelled'] as const) expect(isRunning(s)).toBe(false);
  });

  it('offers every kind to a city admin, members and orgs to an org admin', () => {
    expect(importKindsFor('city')).toEqual(['members', 'orgs', 'units', 'places']);
    expect(importKindsFor('orgs')).toEqual(['members', 'orgs']);
    expect(initialKind(importKindsFor('orgs'), 'units')).toBe('members');
    expect(initialKind(importKindsFor('city'), 'units')).toBe('units');
    expect(initialKind(importKindsFor('city'), null)).toBe('members');
  });

  it('colours each status', () => {
    expect(statusColor('validating')).toBe('processing');
    expect(statusColor('validated')).toBe('blue');
    expect(statusColor('done')).toBe('success');
    expect(statusColor('failed')).toBe('error');
    expect(statusColor('cancelled')).toBe('default');
  });

  it('counts the rows an import writes: all, or only the good ones', () => {
    expect(rowsBeingImported({ mode: 'all', counts: counts({}) })).toBe(10);
    expect(rowsBeingImported({ mode: 'good_rows', counts: counts({}) })).toBe(7);
    expect(rowsBeingImported({ mode: 'all', counts: counts({ toInsert: null }) })).toBe('');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { browserDatabaseKinds } from '../e2e/harness';

// Which databases the browser files run on, from the environment the runner sees.
describe('browserDatabaseKinds', () => {
  const saved = { url: process.env.TEST_DATABASE_URL, asked: process.env.JICENG_E2E_DATABASES };
  const set = (url: string | undefined, asked: string | undefined) => {
    if (url === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = url;
    if (asked === undefined) delete process.env.JICENG_E2E_DATABASES;
    else process.env.JICENG_E2E_DATABASES = asked;
  };
  afterEach(() => set(saved.url, saved.asked));

  it('is PGlite alone without a PostgreSQL server', () => {
    set(undefined, undefined);
    expect(browserDatabaseKinds()).toEqual(['pglite']);
  });

  it('is PostgreSQL alone when TEST_DATABASE_URL is set (what CI runs)', () => {
    set('postgres://postgres@127.0.0.1:5432/test', undefined);
    expect(browserDatabaseKinds()).toEqual(['postgres']);
  });

  it('runs both on request, or the one asked for', () => {
    set('postgres://postgres@127.0.0.1:5432/test', 'all');
    expect(browserDatabaseKinds()).toEqual(['pglite', 'postgres']);
    set('postgres://postgres@127.0.0.1:5432/test', 'pglite');
    expect(browserDatabaseKinds()).toEqual(['pglite']);
    set(undefined, 'all');
    expect(browserDatabaseKinds()).toEqual(['pglite']);
  });

  it('refuses a database that is not set up, and a word it does not know, naming them', () => {
    set(undefined, 'postgres');
    expect(() => browserDatabaseKinds()).toThrow(/JICENG_E2E_DATABASES=postgres.*TEST_DATABASE_URL/);
    set(undefined, 'mysql');
    expect(() => browserDatabaseKinds()).toThrow(/all, pglite or postgres \(got "mysql"\)/);
  });
});

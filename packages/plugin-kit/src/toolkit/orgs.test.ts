import { ApiError, type DatabaseHandle } from '@jiceng/core';
import { createTestDatabase, fixtures, testDatabaseKinds } from '@jiceng/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrg, loadOrg } from './orgs';

describe.each(testDatabaseKinds())('org loaders on %s', (kind) => {
  let handle: DatabaseHandle;
  let here: { city: number; org: number };
  let elsewhere: { city: number; org: number };
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const f = fixtures(handle.db);
    const a = await f.city('aa');
    const b = await f.city('bb');
    here = { city: a.id, org: (await f.org(a.id, 'community_committee', '甲社区')).id };
    elsewhere = { city: b.id, org: (await f.org(b.id, 'community_committee', '乙社区')).id };
  });
  afterAll(() => handle?.close());

  it('finds a city’s own org with the columns plugins read', async () => {
    const org = await findOrg(handle.db, here.city, here.org);
    expect(org).toMatchObject({ id: here.org, name: '甲社区', kind: 'community_committee', parent_id: null });
    expect(org?.path).toMatch(/^\//);
    expect(await loadOrg(handle.db, here.city, here.org, 'orgId')).toEqual(org);
  });

  it('treats another city’s org as no org: undefined, 400 naming the field, or 404 for the route’s own id', async () => {
    expect(await findOrg(handle.db, here.city, elsewhere.org)).toBeUndefined();
    const asField = await loadOrg(handle.db, here.city, elsewhere.org, 'communityOrgId').catch((e) => e);
    expect(asField).toBeInstanceOf(ApiError);
    expect(asField).toMatchObject({ status: 400, key: 'cross_city', field: 'communityOrgId' });
    const asPath = await loadOrg(handle.db, here.city, elsewhere.org).catch((e) => e);
    expect(asPath).toMatchObject({ status: 404, key: 'not_found' });
  });
});

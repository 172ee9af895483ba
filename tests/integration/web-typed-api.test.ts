import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CityResponse, typedCityApi } from '../../apps/web/src/typed-api';

// The web shell's typed client (apps/web/src/typed-api.ts): what it sends, and — through `@ts-expect-error`, which
// the type check fails on when the line compiles — what it refuses to compile.

type Sent = { url: string; method: string; body: unknown };

function stubFetch(answer: unknown, status = 200): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit) => {
    sent.push({
      url: input,
      method: init.method ?? 'GET',
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('typedCityApi', () => {
  it('fills the documented path’s parameters and sends the body', async () => {
    const sent = stubFetch({ id: 9, role: 'member', orgId: null, orgName: null });
    const api = typedCityApi('longyan');
    const grant = await api.post('/users/{userId}/grants', { role: 'member' }, { params: { userId: 7 } });
    expect(sent).toEqual([
      { url: '/api/cities/longyan/users/7/grants', method: 'POST', body: { role: 'member' } },
    ]);
    expect(grant).toMatchObject({ id: 9 });
  });

  it('sends the query and encodes parameters', async () => {
    const sent = stubFetch({ org: { id: 3, name: '党委' }, items: [] });
    const access = await typedCityApi('fugu').get('/users/access', { query: { orgId: 3 } });
    await typedCityApi('fugu').delete('/users/{userId}/grants/{grantId}', {
      params: { userId: 'a/b', grantId: 2 },
    });
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /api/cities/fugu/users/access?orgId=3',
      'DELETE /api/cities/fugu/users/a%2Fb/grants/2',
    ]);
    expect(access.org.name).toBe('党委');
  });

  it('refuses a call whose path parameter is missing at run time too', async () => {
    const sent = stubFetch({});
    const api = typedCityApi('longyan');
    // @ts-expect-error userId is required
    await expect(api.patch('/users/{userId}', { memberId: null }, { params: {} })).rejects.toThrow(
      '/users/{userId}: no value for {userId}',
    );
    expect(sent).toEqual([]);
  });

  it('types answers and bodies from the OpenAPI document', () => {
    const api = typedCityApi('longyan');
    const typeOnly = () => {
      // @ts-expect-error not a documented route
      void api.get('/userz');
      // @ts-expect-error the path has {userId}: params are required
      void api.post('/users/{userId}/deactivate', {});
      // @ts-expect-error a city admin cannot grant platform_admin
      void api.post('/users/{userId}/grants', { role: 'platform_admin' }, { params: { userId: 1 } });
    };
    const role: CityResponse<'/users'>['items'][number]['grants'][number]['role'] = 'org_admin';
    // @ts-expect-error roles are the four of core.role_grant
    const wrong: CityResponse<'/users'>['items'][number]['grants'][number]['role'] = 'admin';
    expect([typeof typeOnly, role, wrong]).toEqual(['function', 'org_admin', 'admin']);
  });
});

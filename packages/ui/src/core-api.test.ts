import { describe, expect, it } from 'vitest';
import { createApiClient } from './api';
import { type CoreCityResponse, typedCoreCityApi } from './core-api';

/** A city's client (a plugin page's `cityApi`) over a fetch that records the calls and answers `answer`. */
function cityClient(answer: unknown) {
  const seen: string[] = [];
  const fetchImpl: typeof fetch = async (url, init) => {
    seen.push(`${init?.method} ${String(url)}`);
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  };
  return { cityApi: createApiClient('/api/cities/fugu', fetchImpl), seen };
}

describe('typedCoreCityApi', () => {
  it('calls core’s documented route on the city’s client, with the query, and answers its data', async () => {
    const hit = { id: 3, name: '张三', orgName: '第一支部', unitName: null };
    const { cityApi, seen } = cityClient({ items: [hit], page: 1, pageSize: 20, total: 1 });
    const members = await typedCoreCityApi(cityApi).get('/members', {
      query: { q: '张', category: 'in_service', pageSize: 20 },
    });
    await typedCoreCityApi(cityApi).get('/orgs', { query: { kind: 'community_committee', q: undefined } });
    expect(seen).toEqual([
      'GET /api/cities/fugu/members?q=%E5%BC%A0&category=in_service&pageSize=20',
      'GET /api/cities/fugu/orgs?kind=community_committee',
    ]);
    expect(members.items.map((m) => `${m.name} · ${m.unitName ?? m.orgName}`)).toEqual(['张三 · 第一支部']);
  });

  it('is one view per client', () => {
    const { cityApi } = cityClient({});
    expect(typedCoreCityApi(cityApi)).toBe(typedCoreCityApi(cityApi));
  });
});

// Type checks (tsc runs over tests): each line below must keep failing to compile. Never called.
function typeMistakes(api: ReturnType<typeof typedCoreCityApi>) {
  // @ts-expect-error not one of core's routes (a plugin's own go through its own generated types)
  void api.get('/plugins/fugu-dual-link/flowing');
  // @ts-expect-error category is one of the member categories
  void api.get('/members', { query: { category: 'visiting' } });
  void api.get('/units').then((r) => {
    // @ts-expect-error a unit has no orgName (the list's items are closed: no index signature to read it from)
    void r.items[0]?.orgName;
  });
  // @ts-expect-error a member's orgName is a string
  const orgName: CoreCityResponse<'/members'>['items'][number]['orgName'] = 3;
  void orgName;
}
void typeMistakes;

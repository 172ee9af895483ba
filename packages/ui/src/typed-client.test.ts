import { describe, expect, it } from 'vitest';
import { createApiClient } from './api';
import { type Rebase, typedClient } from './typed-client';

/** A document in openapi-typescript's shape, the way a plugin's api.generated.ts has it. */
interface paths {
  '/items/{id}': {
    parameters: { path: { city: string; id: number } };
    get: {
      parameters: { path: { city: string; id: number }; query?: { full?: boolean } };
      responses: { 200: { content: { 'application/json': { id: number; name: string } } } };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: { path: { city: string; id: number } };
      responses: { 200: { content: { 'application/json': { ok: true } } } };
    };
    patch?: never;
  };
  '/items': {
    parameters: { path: { city: string } };
    get: {
      parameters: { path: { city: string }; query?: { q?: string } };
      responses: { 200: { content: { 'application/json': { items: { id: number }[] } } } };
    };
    post: {
      parameters: { path: { city: string } };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: { 201: { content: { 'application/json': { id: number } } } };
    };
    put?: never;
    delete?: never;
    patch?: never;
  };
}

function recordingClient() {
  const seen: string[] = [];
  const fetchImpl: typeof fetch = async (url, init) => {
    seen.push(`${init?.method} ${String(url)} ${init?.body ?? ''}`.trim());
    return new Response(JSON.stringify({ id: 7, name: 'x', items: [], ok: true }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return { api: createApiClient('/api/cities/aa/plugins/p', fetchImpl), seen };
}

describe('typedClient', () => {
  it('fills path parameters, passes queries and bodies, and answers the typed data', async () => {
    const { api, seen } = recordingClient();
    const typed = typedClient<paths>(api);
    const item = await typed.get('/items/{id}', { params: { id: 7 }, query: { full: true } });
    expect(item.name).toBe('x');
    await typed.get('/items', { query: { q: '张 三' } });
    const created = await typed.post('/items', { name: '网格' });
    expect(created.id).toBe(7);
    await typed.delete('/items/{id}', { params: { id: 'a/b' } });
    expect(typed.url('/items/{id}', { params: { id: 3 }, query: { full: true } })).toBe(
      '/api/cities/aa/plugins/p/items/3?full=true',
    );
    expect(seen).toEqual([
      'GET /api/cities/aa/plugins/p/items/7?full=true',
      'GET /api/cities/aa/plugins/p/items?q=%E5%BC%A0+%E4%B8%89',
      'POST /api/cities/aa/plugins/p/items {"name":"网格"}',
      'DELETE /api/cities/aa/plugins/p/items/a%2Fb',
    ]);
  });

  it('rejects a call with a path parameter missing, without a request', async () => {
    const { api, seen } = recordingClient();
    const typed = typedClient<paths>(api);
    await expect(typed.get('/items/{id}', { params: {} as { id: number } })).rejects.toThrow(
      'no value for {id}',
    );
    expect(seen).toEqual([]);
  });

  it('is one view per client', () => {
    const { api } = recordingClient();
    expect(typedClient<paths>(api)).toBe(typedClient<paths>(api));
  });
});

// Type checks (tsc runs over tests): each line below must keep failing to compile. Never called.
function typeMistakes(api: ReturnType<typeof typedClient<paths>>) {
  // @ts-expect-error an undocumented path
  void api.get('/itemz');
  // @ts-expect-error {id} is required
  void api.get('/items/{id}');
  // @ts-expect-error the body lacks name
  void api.post('/items', { title: 'x' });
  // @ts-expect-error no PUT on this path
  void api.put('/items', { name: 'x' });
  void api.get('/items').then((r) => {
    // @ts-expect-error the answer has no total
    void r.total;
  });
  const rebased: Rebase<{ '/api/cities/{city}/orgs': 1; '/api/plugins': 2 }, '/api/cities/{city}'> = {
    '/orgs': 1,
  };
  void rebased;
}
void typeMistakes;

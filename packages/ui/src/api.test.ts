import { describe, expect, it } from 'vitest';
import { createApiClient } from './api';

/** The API refuses a write whose body is not JSON (415): the shell's client must label every JSON write. */
describe('the API client', () => {
  it('sends Content-Type: application/json on every JSON write, and lets FormData set its own type', async () => {
    const seen: { method: string; type: string | null; body: unknown }[] = [];
    const fetchImpl: typeof fetch = async (_url, init) => {
      const headers = new Headers(init?.headers);
      seen.push({ method: init!.method!, type: headers.get('content-type'), body: init?.body });
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    const api = createApiClient('/api/cities/aa', fetchImpl);
    await api.post('/orgs', { name: 'x' });
    await api.post('/jobs/x/run'); // no body: still JSON ({}), so the route's validator accepts it
    await api.put('/x', { a: 1 });
    await api.patch('/x');
    await api.upload('/roster/jobs', new FormData());
    await api.delete('/x');
    expect(seen.map((s) => [s.method, s.type])).toEqual([
      ['POST', 'application/json'],
      ['POST', 'application/json'],
      ['PUT', 'application/json'],
      ['PATCH', 'application/json'],
      ['POST', null], // fetch adds multipart/form-data with its boundary
      ['DELETE', null],
    ]);
    expect(seen[1]!.body).toBe('{}');
  });
});

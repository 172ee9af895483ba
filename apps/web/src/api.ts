import { type ApiClient, createApiClient } from '@jiceng/ui';

let onUnauthorized: () => void = () => {};
/** The session layer registers what to do when any call finds the session gone (401): back to the login page. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

const watchedFetch: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (res.status === 401 && !url.includes('/api/auth/')) onUnauthorized();
  return res;
};

const clients = new Map<string, ApiClient>();
/** One client per base path, all watching for an expired session. */
export function apiClient(base: string): ApiClient {
  let client = clients.get(base);
  if (!client) {
    client = createApiClient(base, watchedFetch);
    clients.set(base, client);
  }
  return client;
}

export const authApi = () => apiClient('/api/auth');
export const cityApi = (code: string) => apiClient(`/api/cities/${code}`);
export const pluginApi = (code: string, pluginId: string) =>
  apiClient(`/api/cities/${code}/plugins/${pluginId}`);

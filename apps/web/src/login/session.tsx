import { ApiRequestError } from '@jiceng/ui';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { authApi, setUnauthorizedHandler } from '../api';
import { typedApi } from '../typed-api';
import type { Me } from '../types';

type SessionState = { status: 'loading' } | { status: 'anonymous' } | { status: 'ready'; me: Me };

interface SessionValue {
  state: SessionState;
  /** Re-reads /api/auth/me (after login, a password change, or a 401). */
  refresh: () => Promise<void>;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const me = await typedApi.get('/api/auth/me');
      setState({ status: 'ready', me });
    } catch (e) {
      if (e instanceof ApiRequestError && e.status === 401) setState({ status: 'anonymous' });
      else throw e;
    }
  }, []);

  const login = useCallback(
    async (username: string, password: string) => {
      await typedApi.post('/api/auth/login', { username, password });
      await refresh();
    },
    [refresh],
  );

  const logout = useCallback(async () => {
    await authApi()
      .post('/logout')
      .catch(() => {});
    setState({ status: 'anonymous' });
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setState({ status: 'anonymous' }));
    refresh().catch(() => setState({ status: 'anonymous' }));
  }, [refresh]);

  const value = useMemo(() => ({ state, refresh, login, logout }), [state, refresh, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession() {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The logged-in user; only for components rendered behind the login gate. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'ready') throw new Error('useMe before login');
  return state.me;
}

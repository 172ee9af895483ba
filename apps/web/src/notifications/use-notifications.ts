import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { type CityResponse, typedCityApi } from '../typed-api';

/** A page of the signed-in person's notices (GET notifications), with the unread count. */
export type NoticePage = CityResponse<'/notifications'>;
export type Notice = NoticePage['items'][number];

/** How often the bell asks for news (besides on every navigation): light polling, no socket. */
const POLL_MS = 60_000;

/** The shell page of a notice: its plugin's page (`/c/<city>/p/<plugin>/<href>`). */
export const noticeLink = (cityCode: string, n: Pick<Notice, 'pluginId' | 'href'>) =>
  `/c/${cityCode}/p/${n.pluginId}${n.href ? `/${n.href}` : ''}`;

/** The latest notices and the unread count of the signed-in person in one city, refreshed every minute and on navigation. */
export function useNotifications(cityCode: string, limit = 10) {
  const [page, setPage] = useState<NoticePage>({ items: [], unread: 0, nextBefore: null });
  const { pathname } = useLocation();
  const live = useRef(true);
  const load = useCallback(async () => {
    try {
      const next = await typedCityApi(cityCode).get('/notifications', { query: { limit } });
      if (live.current) setPage(next);
    } catch {
      // A missed poll is not worth a message: the next one tries again.
    }
  }, [cityCode, limit]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger (news on navigation), not an input
  useEffect(() => {
    live.current = true;
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      live.current = false;
      clearInterval(timer);
    };
  }, [load, pathname]);
  const markRead = useCallback(
    async (id: number) => {
      const r = await typedCityApi(cityCode).post('/notifications/{id}/read', {}, { params: { id } });
      setPage((p) => ({
        ...p,
        unread: r.unread,
        items: p.items.map((n) => (n.id === id ? { ...n, readAt: r.readAt } : n)),
      }));
    },
    [cityCode],
  );
  const markAllRead = useCallback(async () => {
    await typedCityApi(cityCode).post('/notifications/read-all', {});
    await load();
  }, [cityCode, load]);
  return { ...page, reload: load, markRead, markAllRead };
}

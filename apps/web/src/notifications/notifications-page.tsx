import { Button, Card, Segmented, Space } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { typedCityApi } from '../typed-api';
import { NoticeList } from './notice-list';
import type { Notice } from './use-notifications';

/** All of the person's notices in the city, newest first, a page at a time. */
export function NotificationsPage() {
  const t = useT();
  const { city } = useCity();
  const [only, setOnly] = useState<'all' | 'unread'>('all');
  const [items, setItems] = useState<Notice[]>([]);
  const [unread, setUnread] = useState(0);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const load = useCallback(
    async (before?: number) => {
      setLoading(true);
      try {
        const page = await typedCityApi(city.code).get('/notifications', {
          query: { limit: 20, before, unread: only === 'unread' ? '1' : undefined },
        });
        setItems((prev) => (before ? [...prev, ...page.items] : page.items));
        setUnread(page.unread);
        setNext(page.nextBefore);
      } finally {
        setLoading(false);
      }
    },
    [city.code, only],
  );
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <Card
      data-testid="notifications-page"
      title={t('notifications.title')}
      loading={loading && !items.length}
      extra={
        <Space wrap>
          <Segmented
            value={only}
            onChange={(v) => setOnly(v as 'all' | 'unread')}
            options={[
              { value: 'all', label: t('notifications.all') },
              { value: 'unread', label: `${t('notifications.unread')} (${unread})` },
            ]}
          />
          <Button
            disabled={!unread}
            onClick={async () => {
              await typedCityApi(city.code).post('/notifications/read-all', {});
              await load();
            }}
          >
            {t('notifications.readAll')}
          </Button>
        </Space>
      }
    >
      <NoticeList
        cityCode={city.code}
        items={items}
        onOpen={async (n) => {
          if (!n.readAt)
            await typedCityApi(city.code).post('/notifications/{id}/read', {}, { params: { id: n.id } });
        }}
      />
      {next && (
        <Button block loading={loading} onClick={() => void load(next)} style={{ marginTop: 12 }}>
          {t('notifications.more')}
        </Button>
      )}
    </Card>
  );
}

import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../i18n';
import { NoticeList } from './notice-list';
import styles from './notifications.module.css';
import { useNotifications } from './use-notifications';

/**
 * The header's bell: the unread count of the person's notices in this city, and a drawer with the latest ones.
 * Opening a notice marks it read and goes to its plugin page.
 */
export function NotificationBell({ cityCode, compact = false }: { cityCode: string; compact?: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { items, unread, markRead, markAllRead, reload } = useNotifications(cityCode);
  return (
    <>
      <Button
        type="text"
        className={styles.bell}
        aria-label={t('notifications.title')}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="notification-bell"
        data-unread={unread}
        title={unread ? t('notifications.unreadCount', { count: unread }) : t('notifications.title')}
        onClick={() => {
          setOpen(true);
          void reload();
        }}
      >
        <Badge
          count={unread}
          size="small"
          overflowCount={99}
          offset={[4, -2]}
          data-testid="notification-count"
        >
          <BellOutlined style={{ color: compact ? '#fff' : 'inherit', fontSize: 18 }} />
        </Badge>
      </Button>
      <Drawer
        placement="right"
        open={open}
        onClose={() => setOpen(false)}
        size={compact ? 340 : 400}
        title={t('notifications.title')}
        rootClassName={styles.drawer}
        styles={{ body: { padding: 0 } }}
        data-testid="notifications-drawer"
      >
        <div className={styles.actions}>
          <Button data-testid="notifications-read-all" disabled={!unread} onClick={() => void markAllRead()}>
            {t('notifications.readAll')}
          </Button>
          <Link
            to={`/c/${cityCode}/notifications`}
            onClick={() => setOpen(false)}
            className={styles.viewAll}
            data-testid="notifications-all"
          >
            {t('notifications.viewAll')}
          </Link>
        </div>
        <NoticeList
          cityCode={cityCode}
          items={items}
          onOpen={async (n) => {
            setOpen(false);
            if (!n.readAt) await markRead(n.id);
          }}
        />
      </Drawer>
    </>
  );
}

import { Badge, Button, Empty, List, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLocale, useLocalized, useT } from '../i18n';
import { type Notice, noticeLink } from './use-notifications';
import styles from './notifications.module.css';

/** A notice's time in the reader's language, to the minute. */
export function useNoticeTime() {
  const { locale } = useLocale();
  return (iso: string) =>
    new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
      hour12: false,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
}

/** Notices as rows: opening one marks it read and goes to its plugin page. */
export function NoticeList({
  cityCode,
  items,
  onOpen,
}: {
  cityCode: string;
  items: Notice[];
  onOpen: (n: Notice) => Promise<void> | void;
}) {
  const t = useT();
  const text = useLocalized();
  const when = useNoticeTime();
  const navigate = useNavigate();
  if (!items.length)
    return <Empty description={t('notifications.empty')} data-testid="notifications-empty" />;
  return (
    <List
      dataSource={items}
      data-testid="notifications-list"
      renderItem={(n) => (
        <List.Item
          style={{ padding: 0 }}
          data-testid="notification"
          data-unread={n.readAt ? undefined : 'true'}
        >
          <Button
            type="text"
            block
            className={styles.open}
            onClick={async () => {
              await onOpen(n);
              navigate(noticeLink(cityCode, n));
            }}
          >
            <span className={styles.line}>
              {!n.readAt && <Badge status="processing" aria-label={t('notifications.unreadOne')} />}
              <Typography.Text strong={!n.readAt} className={styles.title} data-testid="notification-title">
                {text(n.title)}
              </Typography.Text>
            </span>
            {n.body && (
              <Typography.Text type="secondary" className={styles.body}>
                {text(n.body)}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" className={styles.time}>
              <time dateTime={n.createdAt}>{when(n.createdAt)}</time>
            </Typography.Text>
          </Button>
        </List.Item>
      )}
    />
  );
}

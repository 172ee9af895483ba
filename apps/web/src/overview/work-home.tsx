import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Alert, Button, Card, Empty, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useLocalized, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { pluginPageUrl } from '../layout/nav';
import { typedCityApi } from '../typed-api';
import styles from './work-home.module.css';

/**
 * 待办: what the signed-in person must do across the city's models, earliest due first (the API sorts). Managers see
 * each line with its model, count, overdue count and due day; a member gets their own tasks as large one-tap buttons.
 */
export function WorkHome({ variant }: { variant: 'manage' | 'self' }) {
  const { city } = useCity();
  const t = useT();
  const localized = useLocalized();
  const { data, error, loading } = useApiData(() => typedCityApi(city.code).get('/work'), [city.code]);
  const items = data?.items ?? [];
  const self = variant === 'self';
  return (
    <Card
      title={t(self ? 'work.myTasks' : 'work.title')}
      loading={loading && !data}
      data-testid="work-home"
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={error} />
      {data?.partial && (
        <Alert
          type="warning"
          showIcon
          title={t('work.partial')}
          style={{ marginBottom: 12 }}
          data-testid="work-partial"
        />
      )}
      {data && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.empty')} data-testid="work-empty" />
      ) : (
        <div className={`${styles.list} ${self ? styles.self : ''}`}>
          {items.map((line) => {
            const testId = `work-${line.pluginId}-${line.id}`;
            return (
              <div key={`${line.pluginId}/${line.id}`} className={styles.row} data-testid={testId}>
                <div className={styles.count} data-testid={`${testId}-count`}>
                  {line.count}
                </div>
                <div className={styles.body}>
                  <div className={styles.title}>{localized(line.title)}</div>
                  <div className={styles.meta}>
                    {localized(line.pluginNames)}
                    {line.dueOn && <> · {t('work.due', { date: line.dueOn })}</>}
                    {!!line.overdue && (
                      <Tag color="red" style={{ marginInlineStart: 8 }} data-testid={`${testId}-overdue`}>
                        {t('work.overdue', { count: line.overdue })}
                      </Tag>
                    )}
                  </div>
                </div>
                <div className={styles.action}>
                  {/* The link is as large as its button: the whole button is the target a finger taps. */}
                  <Link
                    to={pluginPageUrl(city.code, line.pluginId, line.href)}
                    style={{ display: self ? 'block' : 'inline-block' }}
                    tabIndex={-1}
                  >
                    <Button
                      type="primary"
                      size={self ? 'large' : 'middle'}
                      block={self}
                      data-testid={`${testId}-go`}
                    >
                      {t(self ? 'work.doIt' : 'work.handle')}
                    </Button>
                  </Link>
                </div>
              </div>
            );
          })}
        </div>
      )}
    </Card>
  );
}

import { CheckCircleFilled, DownloadOutlined } from '@ant-design/icons';
import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Button, Card, List, Progress, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { cityApi } from '../api';
import { type CityResponse, typedCityApi } from '../typed-api';
import { useLocale, useT } from '../i18n';

/** GET setup: the new-city checklist. */
export type SetupStatus = CityResponse<'/setup'>;

export function useSetupStatus(cityCode: string, enabled: boolean) {
  return useApiData(
    () => (enabled ? typedCityApi(cityCode).get('/setup') : Promise.resolve(null)),
    [cityCode, enabled],
  );
}

/** 新城市上线清单: each step from the city's data, linking to the page that does it (and its template). */
export function SetupChecklist({
  cityCode,
  status,
  error,
}: {
  cityCode: string;
  status: SetupStatus | null | undefined;
  error?: unknown;
}) {
  const t = useT();
  const { locale } = useLocale();
  if (error) return <ErrorAlert error={error} />;
  if (!status || status.complete) return null;
  const done = status.steps.filter((s) => s.done).length;
  const api = cityApi(cityCode);
  return (
    <Card
      data-testid="setup-checklist"
      style={{ marginBottom: 16 }}
      title={t('onboard.setup.title')}
      extra={
        <Typography.Text type="secondary">
          {t('onboard.setup.progress', { done, total: status.steps.length })}
        </Typography.Text>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('onboard.setup.hint')}
      </Typography.Paragraph>
      <Progress
        aria-label={t('onboard.setup.title')}
        percent={Math.round((done / status.steps.length) * 100)}
        showInfo={false}
        style={{ marginBottom: 8 }}
      />
      <List
        dataSource={status.steps}
        renderItem={(s, i) => {
          const current = s.key === status.next;
          return (
            <List.Item
              data-testid={`setup-step-${s.key}`}
              data-done={String(s.done)}
              style={{ flexWrap: 'wrap', gap: 8 }}
              actions={
                s.done
                  ? []
                  : [
                      <Space key="go" wrap size={4}>
                        {s.template && (
                          <Button
                            size="small"
                            icon={<DownloadOutlined />}
                            href={api.url(`/${s.template}`, { lang: locale })}
                            data-testid={`setup-template-${s.key}`}
                          >
                            {t('onboard.setup.template')}
                          </Button>
                        )}
                        <Link to={`/c/${cityCode}/${s.page}`} data-testid={`setup-go-${s.key}`}>
                          <Button size="small" type={current ? 'primary' : 'default'}>
                            {t('onboard.setup.go')}
                          </Button>
                        </Link>
                      </Space>,
                    ]
              }
            >
              <Space align="start">
                {s.done ? (
                  <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} />
                ) : (
                  <Tag color={current ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>
                    {i + 1}
                  </Tag>
                )}
                <span>
                  <Typography.Text strong={current} delete={false}>
                    {t(`onboard.setup.steps.${s.key}`)}
                  </Typography.Text>
                  {s.count > 0 && (
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                      {t('onboard.setup.count', { count: s.count })}
                    </Typography.Text>
                  )}
                </span>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

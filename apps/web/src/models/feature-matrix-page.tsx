import { CheckOutlined } from '@ant-design/icons';
import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Card, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useLocalized, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { typedApi } from '../typed-api';
import { OutcomeMatrix, SharedCatalogue } from './outcomes-matrix';
import type { PluginFeature } from './types';

/**
 * 模式功能对照: features (rows) × installed models (columns), read from each model's manifest; then how each model
 * produces the shared outcome facts, and the catalogue of shared indicators computed from them.
 */
export function FeatureMatrixPage() {
  const t = useT();
  const localized = useLocalized();
  const { plugins } = useCity();
  const { data, error, loading } = useApiData(() => typedApi.get('/api/plugins'), []);
  const models = data?.items ?? [];
  const enabled = new Set(plugins.settings.filter((p) => p.enabled).map((p) => p.id));

  // One row per feature id, in the order the models declare them; two models sharing a capability share its row
  // (named as the first model to declare it names it).
  const features = useMemo(() => {
    const rows = new Map<string, PluginFeature>();
    for (const m of models) for (const f of m.features) if (!rows.has(f.id)) rows.set(f.id, f);
    return [...rows.values()];
  }, [models]);

  const columns: TableColumnsType<PluginFeature> = [
    {
      key: 'feature',
      title: t('models.feature'),
      fixed: 'left',
      width: 220,
      render: (_, f) => <span data-testid={`feature-${f.id}`}>{localized(f.names)}</span>,
    },
    ...models.map((m) => ({
      key: m.id,
      align: 'center' as const,
      title: (
        <div data-testid={`model-${m.id}`} data-enabled={enabled.has(m.id) ? 'true' : 'false'}>
          <Tooltip title={localized(m.description)}>
            <div>{localized(m.names)}</div>
          </Tooltip>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {localized(m.region)} · {t('models.count', { count: m.features.length })}
          </Typography.Text>
          {enabled.has(m.id) && (
            <div>
              <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid={`model-enabled-${m.id}`}>
                {t('models.enabledHere')}
              </Tag>
            </div>
          )}
        </div>
      ),
      onCell: () => (enabled.has(m.id) ? { style: { background: '#fff1f0' } } : {}),
      render: (_: unknown, f: PluginFeature) =>
        m.features.some((own) => own.id === f.id) ? (
          <CheckOutlined
            style={{ color: '#c8161d' }}
            aria-label={t('models.has')}
            data-testid={`has-${m.id}-${f.id}`}
          />
        ) : null,
    })),
  ];

  return (
    <div data-testid="feature-matrix-page">
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('models.title')}
        <Typography.Text
          type="secondary"
          style={{ fontSize: 14, marginInlineStart: 12, fontWeight: 'normal' }}
        >
          {t('models.subtitle')}
        </Typography.Text>
      </Typography.Title>
      <ErrorAlert error={error} />
      <Card size="small">
        <Table<PluginFeature>
          data-testid="feature-matrix"
          rowKey={(f) => f.id}
          size="small"
          bordered
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={columns}
          dataSource={features}
        />
      </Card>
      {models.some((m) => m.outcomes) && <OutcomeMatrix models={models} />}
      {data?.sharedIndicators?.length ? (
        <SharedCatalogue indicators={data.sharedIndicators} models={models} />
      ) : null}
    </div>
  );
}

import { InfoCircleOutlined } from '@ant-design/icons';
import { useApiData } from '@jiceng/ui';
import { Button, Card, Descriptions, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { apiClient } from '../api';
import { useLocale, useLocalized, useT } from '../i18n';
import type { PluginManifest } from '../models/types';
import { formatValue } from './format';
import type { CompareColumn, CompareIndicator, CompareResult } from './types';

/** Indicators (rows) × cities (columns); a value opens the drill-down, n/a is never shown as 0. */
export function CompareTable({
  data,
  loading,
  onDrill,
}: {
  data: CompareResult;
  loading: boolean;
  onDrill: (column: CompareColumn, indicator: CompareIndicator) => void;
}) {
  const t = useT();
  const localized = useLocalized();
  const { locale } = useLocale();
  const { data: installed } = useApiData(
    () => apiClient('/api/plugins').get<{ items: PluginManifest[] }>(''),
    [],
  );
  const modelName = (id: string) => localized(installed?.items.find((m) => m.id === id)?.names) || id;

  const columns: TableColumnsType<CompareIndicator> = [
    {
      key: 'indicator',
      title: t('compare.indicator'),
      width: 240,
      render: (_, ind) => (
        <span data-testid={`indicator-${ind.id}`}>
          {localized(ind.names)}{' '}
          <Tooltip title={localized(ind.definition)}>
            <InfoCircleOutlined style={{ color: '#8c8c8c' }} aria-label={t('compare.definition')} />
          </Tooltip>
        </span>
      ),
    },
    { key: 'unit', title: t('compare.unit'), width: 80, render: (_, ind) => t(`compare.units.${ind.unit}`) },
    ...data.columns.map((col) => ({
      key: col.target,
      title: (
        <div data-testid={`column-${col.target}`}>
          <div>
            {locale === 'en' ? col.city.nameEn : col.city.nameZh}
            {col.org ? ` · ${col.org.name}` : ''}
          </div>
          <div style={{ fontWeight: 'normal' }}>
            {col.models.length ? (
              col.models.map((m) => (
                <Tag key={m.id} color="red" style={{ marginInlineEnd: 4 }}>
                  {localized(m.names)}
                </Tag>
              ))
            ) : (
              <Typography.Text type="secondary">{t('compare.noModel')}</Typography.Text>
            )}
          </div>
        </div>
      ),
      align: 'right' as const,
      render: (_: unknown, ind: CompareIndicator) => {
        const cell = col.values[ind.id];
        const testId = `cell-${ind.id}-${col.target}`;
        if (cell?.value.status !== 'ok')
          return (
            <Tooltip
              title={
                cell?.value.status === 'not_applicable' && cell.value.reason
                  ? t('compare.reason', { reason: cell.value.reason })
                  : undefined
              }
            >
              <Typography.Text type="secondary" data-testid={testId} data-status="not_applicable">
                {t('compare.notApplicable')}
              </Typography.Text>
            </Tooltip>
          );
        const v = cell.value;
        const tip = (
          <div>
            {v.numerator != null && v.denominator != null && (
              <div>
                {v.numerator.toLocaleString()} / {v.denominator.toLocaleString()}
              </div>
            )}
            <div>
              {t('compare.computedAt', { time: dayjs(cell.computedAt).format('YYYY-MM-DD HH:mm:ss') })}
            </div>
            <div>{t('compare.clickToDrill')}</div>
          </div>
        );
        return (
          <Tooltip title={tip}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              data-testid={testId}
              data-status="ok"
              onClick={() => onDrill(col, ind)}
            >
              {formatValue(ind.unit, v.value)}
            </Button>
          </Tooltip>
        );
      },
    })),
  ];

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Table<CompareIndicator>
        data-testid="compare-table"
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={data.indicators}
        expandable={{
          expandedRowRender: (ind) => (
            <Descriptions size="small" column={1} data-testid={`definition-${ind.id}`}>
              <Descriptions.Item label={t('compare.definition')}>
                {localized(ind.definition)}
              </Descriptions.Item>
              <Descriptions.Item label={t('compare.direction')}>
                {t(`compare.${ind.direction}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('compare.periodKind')}>
                {t(`compare.periodOf.${ind.period}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('compare.computedBy')}>
                {ind.computedBy.map(modelName).join('、') || '—'}
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
      />
    </Card>
  );
}

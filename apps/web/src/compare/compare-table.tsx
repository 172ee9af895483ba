import { InfoCircleOutlined } from '@ant-design/icons';
import { useApiData } from '@jiceng/ui';
import {
  Button,
  Card,
  Descriptions,
  Grid,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useLocale, useLocalized, useT } from '../i18n';
import { typedApi } from '../typed-api';
import { columnLabel, formatValue, outcomeLines, referenceText } from './format';
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
  const { data: installed } = useApiData(() => typedApi.get('/api/plugins'), []);
  const narrow = !Grid.useBreakpoint().md;
  const modelName = (id: string) => localized(installed?.items.find((m) => m.id === id)?.names) || id;

  const columns: TableColumnsType<CompareIndicator> = [
    {
      key: 'indicator',
      title: t('compare.indicator'),
      // On a phone the names stay in view (narrower, wrapping) while the cities scroll beside them.
      width: narrow ? 120 : 240,
      fixed: 'left',
      render: (_, ind) => (
        <span data-testid={`indicator-${ind.id}`}>
          {localized(ind.names)}{' '}
          <Tooltip title={localized(ind.definition)}>
            <InfoCircleOutlined style={{ color: '#8c8c8c' }} aria-label={t('compare.definition')} />
          </Tooltip>
        </span>
      ),
    },
    {
      key: 'unit',
      title: t('compare.unit'),
      width: narrow ? 64 : 80,
      render: (_, ind) => t(`compare.units.${ind.unit}`),
    },
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
        const refs = col.references?.[ind.id] ?? [];
        const referenceLines = refs.map((ref, i) => (
          <Typography.Text
            // biome-ignore lint/suspicious/noArrayIndexKey: a column's references have no id of their own
            key={i}
            style={{ display: 'block', fontSize: 12, whiteSpace: 'normal' }}
            data-testid={`ref-${ind.id}-${col.target}`}
          >
            {referenceText(ind.unit, ref, locale)}
          </Typography.Text>
        ));
        if (cell?.value.status !== 'ok') {
          const reason = cell?.value.status === 'not_applicable' ? cell.value.reason : undefined;
          return (
            <div style={{ maxWidth: 220, marginInlineStart: 'auto' }}>
              <Typography.Text type="secondary" data-testid={testId} data-status="not_applicable">
                {t('compare.notApplicable')}
              </Typography.Text>
              {/* The reason in words under the cell, not only in a tooltip: a phone has no hover. */}
              {reason && (
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', fontSize: 12, whiteSpace: 'normal', textAlign: 'start' }}
                  data-testid={`reason-${ind.id}-${col.target}`}
                >
                  {reason}
                </Typography.Text>
              )}
              {referenceLines}
            </div>
          );
        }
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
            {cell.source && (
              <div>
                {t(`compare.source.${cell.source}`)}
                {cell.durationMs != null ? ` · ${t('compare.duration', { ms: cell.durationMs })}` : ''}
              </div>
            )}
            <div>{t('compare.clickToDrill')}</div>
          </div>
        );
        return (
          <div style={{ maxWidth: 220, marginInlineStart: 'auto' }}>
            <Tooltip title={tip}>
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                data-testid={testId}
                data-status="ok"
                aria-label={t('compare.drillInto', {
                  value: formatValue(ind.unit, v.value),
                  name: localized(ind.names),
                  column: columnLabel(col, locale),
                })}
                onClick={() => onDrill(col, ind)}
              >
                {formatValue(ind.unit, v.value)}
              </Button>
            </Tooltip>
            {referenceLines}
          </div>
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
          // A shared indicator opens on what each city's models count for it: the figures side by side mean
          // little without it.
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
              {ind.shared ? (
                <Descriptions.Item label={t('compare.computedBy')}>
                  {t('compare.computedByCore')}
                  {ind.computedBy.length
                    ? ` · ${t('compare.dataFrom')}${ind.computedBy.map(modelName).join(t('compare.listSep'))}`
                    : ''}
                </Descriptions.Item>
              ) : (
                <Descriptions.Item label={t('compare.computedBy')}>
                  {ind.computedBy.map(modelName).join(t('compare.listSep')) || '—'}
                </Descriptions.Item>
              )}
              {ind.shared && ind.facts?.length ? (
                <Descriptions.Item label={t('compare.outcomes')}>
                  <OutcomeList indicator={ind} columns={data.columns} />
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          ),
        }}
      />
    </Card>
  );
}

/** For each column, what its models count for the facts the indicator reads, or why they produce none. */
function OutcomeList({ indicator, columns }: { indicator: CompareIndicator; columns: CompareColumn[] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid={`outcomes-${indicator.id}`}>
      {columns.map((col) => {
        const lines = outcomeLines(col, indicator.facts ?? [], locale);
        return (
          <li key={col.target}>
            <Typography.Text strong>{columnLabel(col, locale)}</Typography.Text>
            {lines.length === 0 && <Typography.Text type="secondary">{t('compare.colon')}—</Typography.Text>}
            {lines.map((line) => (
              <div key={line.fact}>
                <Tag color={line.applicable ? 'green' : 'default'}>{t(`compare.facts.${line.fact}`)}</Tag>
                <Typography.Text type={line.applicable ? undefined : 'secondary'}>
                  {line.applicable ? '' : `${t('compare.notApplicable')}${t('compare.colon')}`}
                  {line.text}
                </Typography.Text>
              </div>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

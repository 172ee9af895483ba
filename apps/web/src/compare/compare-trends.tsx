import { Chart, chinaDay, ErrorAlert } from '@jiceng/ui';
import { Card, Col, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useLocale, useLocalized, useT } from '../i18n';
import { trendOption } from './chart-options';
import type { CompareIndicator, TrendsResult } from './types';

/**
 * The shared indicators month by month (stored monthly snapshots), one small line chart each with a line per target.
 * Used by the compare page (every compared city) and by a city's overview (the city or the administrator's subtree).
 */
export function TrendCharts({
  trends,
  error,
  loading,
  indicators,
  targets,
  testId = 'trends',
}: {
  trends: TrendsResult | undefined;
  error: unknown;
  loading: boolean;
  indicators: readonly Pick<CompareIndicator, 'id' | 'names' | 'unit'>[];
  targets: { target: string; label: string }[];
  testId?: string;
}) {
  const t = useT();
  const localized = useLocalized();
  const { locale } = useLocale();
  const today = chinaDay();
  const months = trends?.months.length ?? 12;
  const options = useMemo(
    () =>
      trends
        ? indicators.map((ind) => ({ ind, option: trendOption(ind, trends, targets, today, locale) }))
        : [],
    [trends, indicators, targets, today, locale],
  );
  return (
    <Card
      size="small"
      title={t('compare.trends', { months })}
      style={{ marginBottom: 16 }}
      data-testid={testId}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('compare.trendsHint')}
      </Typography.Paragraph>
      <ErrorAlert error={error} />
      {loading && !trends ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          {options.map(({ ind, option }) => (
            <Col key={ind.id} xs={24} md={12} xxl={8}>
              <section aria-label={t('compare.trendOf', { name: localized(ind.names) })}>
                <Typography.Text strong>{localized(ind.names)}</Typography.Text>
                <Chart option={option} height={220} testId={`trend-${ind.id}`} locale={locale} />
              </section>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

import { Chart } from '@jiceng/ui';
import { Card, Col, Empty, Row, Select, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo, useState } from 'react';
import { useLocale, useLocalized, useT } from '../i18n';
import { chartNumber, normalizedScores, numberOf } from './format';
import type { CompareResult } from './types';

const COLORS = ['#c8161d', '#d48806', '#722ed1', '#389e0d', '#1677ff', '#08979c', '#8c8c8c'];

/** A bar chart per chosen indicator across the columns, and a radar of normalized scores. */
export function CompareCharts({ data }: { data: CompareResult }) {
  const t = useT();
  const localized = useLocalized();
  const { locale } = useLocale();
  const labels = data.columns.map(
    (c) => `${locale === 'en' ? c.city.nameEn : c.city.nameZh}${c.org ? ` · ${c.org.name}` : ''}`,
  );
  // Indicators at least one column can compute, most widely computed first.
  const comparable = useMemo(
    () =>
      data.indicators
        .map((ind) => ({
          ind,
          ok: data.columns.filter((c) => numberOf(c.values[ind.id]?.value) != null).length,
        }))
        .filter((x) => x.ok > 0),
    [data],
  );
  const byCoverage = useMemo(() => [...comparable].sort((a, b) => b.ok - a.ok), [comparable]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const picked = chosen ?? byCoverage.slice(0, 2).map((x) => x.ind.id);

  const radar = useMemo<EChartsOption | null>(() => {
    // Indicators at least two columns compute (a spoke only one city has compares nothing), unless too few.
    const shared = comparable.filter((x) => x.ok >= 2);
    const inds = (shared.length >= 3 ? shared : comparable).map((x) => x.ind);
    if (!inds.length) return null;
    const scores = inds.map((ind) => normalizedScores(ind, data.columns));
    return {
      tooltip: {},
      legend: { bottom: 0, data: labels },
      radar: {
        radius: '62%',
        indicator: inds.map((ind) => ({ name: localized(ind.names), max: 1 })),
        axisName: { color: '#595959', fontSize: 11 },
      },
      series: [
        {
          type: 'radar',
          data: data.columns.map((_, ci) => ({
            name: labels[ci],
            value: scores.map((s) => (s[ci] == null ? '-' : Number(s[ci]!.toFixed(3)))) as number[],
            itemStyle: { color: COLORS[ci % COLORS.length] },
          })),
        },
      ],
    } as EChartsOption;
  }, [comparable, data.columns, labels, localized]);

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={t('compare.barIndicators')}
          style={{ marginBottom: 16 }}
          extra={
            <Select
              aria-label={t('compare.barHint')}
              mode="multiple"
              size="small"
              data-testid="compare-bar-indicators"
              style={{ minWidth: 260 }}
              placeholder={t('compare.barHint')}
              value={picked}
              onChange={setChosen}
              maxTagCount="responsive"
              options={comparable.map(({ ind }) => ({ value: ind.id, label: localized(ind.names) }))}
            />
          }
        >
          {picked.length === 0 && <Empty description={t('compare.barHint')} />}
          {picked.map((id) => {
            const ind = data.indicators.find((i) => i.id === id);
            if (!ind) return null;
            const option: EChartsOption = {
              title: { text: localized(ind.names), left: 'center', textStyle: { fontSize: 13 } },
              tooltip: { trigger: 'axis' },
              grid: { left: 56, right: 16, top: 40, bottom: 40 },
              // A city that cannot compute it gets no bar and says so under its name (never a 0 bar).
              xAxis: {
                type: 'category',
                data: data.columns.map((c, ci) =>
                  numberOf(c.values[ind.id]?.value) == null
                    ? `${labels[ci]}\n(${t('compare.notApplicable')})`
                    : labels[ci]!,
                ),
                axisLabel: { interval: 0, fontSize: 11 },
              },
              yAxis: {
                type: 'value',
                axisLabel: { formatter: ind.unit === 'ratio' ? '{value}%' : '{value}' },
              },
              series: [
                {
                  type: 'bar',
                  barMaxWidth: 40,
                  label: {
                    show: true,
                    position: 'top',
                    formatter: (p: any) => (ind.unit === 'ratio' ? `${p.value}%` : `${p.value}`),
                  },
                  data: data.columns.map((c, ci) => {
                    const v = numberOf(c.values[ind.id]?.value);
                    return v == null
                      ? '-'
                      : { value: chartNumber(ind.unit, v), itemStyle: { color: COLORS[ci % COLORS.length] } };
                  }) as any,
                },
              ],
            };
            return <Chart key={id} option={option} height={260} testId={`bar-${id}`} />;
          })}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('compare.radar')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('compare.radarHint')}
          </Typography.Paragraph>
          {radar ? (
            <Chart option={radar} height={420} testId="compare-radar" />
          ) : (
            <Empty description={t('compare.radarEmpty')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}

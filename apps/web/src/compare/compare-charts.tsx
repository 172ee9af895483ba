import { InfoCircleOutlined } from '@ant-design/icons';
import { Chart } from '@jiceng/ui';
import { Button, Card, Col, Empty, Popover, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useLocale, useLocalized, useT } from '../i18n';
import { barOption, radarOption } from './chart-options';
import { notApplicableNotes, numberOf, radarIndicators, referenceText } from './format';
import type { CompareColumn, CompareIndicator, CompareResult, IndicatorSet } from './types';

/**
 * Charts before the table. Shared indicators: a bar chart for each (they are few and defined alike for every city)
 * and a radar over them. A model's own indicators: bar charts for the ones picked (there are many, each computed by
 * one model); no radar, since spokes defined differently per city would compare unlike things.
 */
export function CompareCharts({ data, set }: { data: CompareResult; set: IndicatorSet }) {
  const t = useT();
  const { locale } = useLocale();
  if (set !== 'model')
    return (
      <>
        <Card size="small" title={t('compare.sharedBars')} style={{ marginBottom: 16 }}>
          <Row gutter={[16, 16]}>
            {data.indicators.map((ind) => (
              <Col key={ind.id} xs={24} md={12} xxl={8}>
                <IndicatorBar indicator={ind} columns={data.columns} />
              </Col>
            ))}
          </Row>
          {!data.indicators.length && <Empty description={t('compare.noIndicators')} />}
        </Card>
        <RadarCard data={data} locale={locale} />
      </>
    );
  return <ModelBars data={data} />;
}

/** The chosen model-specific indicators, each a bar chart; the most widely computed two to begin with. */
function ModelBars({ data }: { data: CompareResult }) {
  const t = useT();
  const localized = useLocalized();
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
  const [chosen, setChosen] = useState<string[] | null>(null);
  const picked =
    chosen ??
    [...comparable]
      .sort((a, b) => b.ok - a.ok)
      .slice(0, 2)
      .map((x) => x.ind.id);
  return (
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
          style={{ minWidth: 200, maxWidth: '100%' }}
          placeholder={t('compare.barHint')}
          value={picked}
          onChange={setChosen}
          maxTagCount="responsive"
          options={comparable.map(({ ind }) => ({ value: ind.id, label: localized(ind.names) }))}
        />
      }
    >
      {picked.length === 0 && <Empty description={t('compare.barHint')} />}
      <Row gutter={[16, 16]}>
        {picked.map((id) => {
          const ind = data.indicators.find((i) => i.id === id);
          return ind ? (
            <Col key={id} xs={24} xl={12}>
              <IndicatorBar indicator={ind} columns={data.columns} />
            </Col>
          ) : null;
        })}
      </Row>
    </Card>
  );
}

/**
 * One indicator's bars with its published reference figures and, in words under the chart (readable on a phone,
 * where a tooltip is hard to reach), which columns cannot compute it and why.
 */
function IndicatorBar({
  indicator: ind,
  columns,
}: {
  indicator: CompareIndicator;
  columns: CompareColumn[];
}) {
  const t = useT();
  const localized = useLocalized();
  const { locale } = useLocale();
  const option = useMemo(() => barOption(ind, columns, locale), [ind, columns, locale]);
  const notes = notApplicableNotes(ind, columns, locale);
  const refs = columns.flatMap((c) =>
    (c.references?.[ind.id] ?? []).map((ref, i) => ({ col: c, ref, key: `${c.target}-${i}` })),
  );
  const name = localized(ind.names);
  return (
    <section aria-label={t('compare.barOf', { name })} data-testid={`bar-card-${ind.id}`}>
      <Typography.Text strong>{name}</Typography.Text>
      <Popover
        trigger="click"
        title={name}
        content={<div style={{ maxWidth: 320 }}>{localized(ind.definition)}</div>}
      >
        <Button
          type="text"
          size="small"
          icon={<InfoCircleOutlined />}
          aria-label={t('compare.definitionOf', { name })}
        />
      </Popover>
      <Chart option={option} height={240} testId={`bar-${ind.id}`} locale={locale} />
      {refs.map(({ col, ref, key }) => (
        <Typography.Text
          key={key}
          style={{ display: 'block', fontSize: 12 }}
          data-testid={`bar-ref-${ind.id}-${col.target}`}
        >
          ▬ {col.city[locale === 'en' ? 'nameEn' : 'nameZh']}
          {t('compare.colon')}
          {referenceText(ind.unit, ref, locale)}
        </Typography.Text>
      ))}
      {notes.map((n) => (
        <Typography.Text
          key={n.target}
          type="secondary"
          style={{ display: 'block', fontSize: 12 }}
          data-testid={`bar-na-${ind.id}-${n.target}`}
        >
          {n.label}
          {t('compare.colon')}
          {t('compare.notApplicable')}
          {n.reason ? ` — ${n.reason}` : ''}
        </Typography.Text>
      ))}
    </section>
  );
}

function RadarCard({ data, locale }: { data: CompareResult; locale: 'zh-CN' | 'en' }) {
  const t = useT();
  const option = useMemo(
    () => radarOption(radarIndicators(data.indicators, data.columns), data.columns, locale),
    [data, locale],
  );
  return (
    <Card size="small" title={t('compare.radar')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('compare.radarHint')}
      </Typography.Paragraph>
      {option ? (
        <Chart option={option} height={420} testId="compare-radar" locale={locale} />
      ) : (
        <Empty description={t('compare.radarEmpty')} />
      )}
    </Card>
  );
}

import { CheckOutlined } from '@ant-design/icons';
import { Card, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { formatReference } from '../compare/format';
import { OUTCOME_FACTS, type OutcomeFact } from '../compare/types';
import { useLocalized, useT } from '../i18n';
import type { PluginInfo, SharedIndicatorMeta } from './types';

/** Whether a model produces every fact an indicator reads (then core computes the indicator for its cities). */
export function modelComputes(model: PluginInfo, facts: readonly OutcomeFact[]): boolean {
  return !!model.outcomes && facts.every((f) => model.outcomes!.facts[f]?.applicable === true);
}

/**
 * 共同结果对照: the shared outcome facts (rows) × models: what each model counts as the fact, or why it produces none
 * (the reason the compare page shows as "not applicable").
 */
export function OutcomeMatrix({ models }: { models: PluginInfo[] }) {
  const t = useT();
  const localized = useLocalized();
  const columns: TableColumnsType<OutcomeFact> = [
    {
      key: 'fact',
      title: t('models.fact'),
      fixed: 'left',
      width: 120,
      render: (_, fact) => <Typography.Text strong>{t(`compare.facts.${fact}`)}</Typography.Text>,
    },
    ...models.map((m) => ({
      key: m.id,
      title: <div data-testid={`outcome-model-${m.id}`}>{localized(m.names)}</div>,
      width: 200,
      render: (_: unknown, fact: OutcomeFact) => {
        const source = m.outcomes?.facts[fact];
        if (!source) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <div data-testid={`fact-${m.id}-${fact}`} data-applicable={String(source.applicable)}>
            {source.applicable ? (
              <CheckOutlined
                style={{ color: '#c8161d', marginInlineEnd: 6 }}
                aria-label={t('models.produces')}
              />
            ) : (
              <Typography.Text type="secondary">
                {t('compare.notApplicable')}
                {t('compare.colon')}
              </Typography.Text>
            )}
            <Typography.Text type={source.applicable ? undefined : 'secondary'} style={{ fontSize: 12 }}>
              {localized(source.text)}
            </Typography.Text>
          </div>
        );
      },
    })),
  ];
  return (
    <Card size="small" title={t('models.outcomesTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('models.outcomesHint')}
      </Typography.Paragraph>
      <Table<OutcomeFact>
        data-testid="outcome-matrix"
        rowKey={(f) => f}
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={[...OUTCOME_FACTS]}
      />
    </Card>
  );
}

/** 共同指标目录: each shared indicator's one definition, the facts it reads, the models it is computed for. */
export function SharedCatalogue({
  indicators,
  models,
}: {
  indicators: SharedIndicatorMeta[];
  models: PluginInfo[];
}) {
  const t = useT();
  const localized = useLocalized();
  const columns: TableColumnsType<SharedIndicatorMeta> = [
    {
      key: 'name',
      title: t('compare.indicator'),
      fixed: 'left',
      width: 140,
      render: (_, ind) => (
        <span data-testid={`catalogue-${ind.id}`}>
          <Typography.Text strong>{localized(ind.names)}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`compare.units.${ind.unit}`)} · {t(`compare.${ind.direction}`)}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'definition',
      title: t('compare.definition'),
      width: 320,
      render: (_, ind) => (
        <>
          <div>{localized(ind.definition)}</div>
          {ind.facts.map((f) => (
            <Tag key={f} style={{ marginTop: 4 }}>
              {t(`compare.facts.${f}`)}
            </Tag>
          ))}
        </>
      ),
    },
    {
      key: 'models',
      title: t('models.computedFor'),
      width: 220,
      render: (_, ind) => {
        const able = models.filter((m) => modelComputes(m, ind.facts));
        const refs = models.flatMap((m) =>
          (m.outcomes?.references ?? [])
            .filter((r) => r.indicatorId === ind.id)
            .map((r, i) => ({ model: m, ref: r, key: `${m.id}-${i}` })),
        );
        return (
          <>
            <div>{able.map((m) => localized(m.names)).join(t('compare.listSep')) || '—'}</div>
            {refs.map(({ model, ref, key }) => (
              <Typography.Text
                key={key}
                type="secondary"
                style={{ display: 'block', fontSize: 12 }}
                data-testid={`catalogue-ref-${ind.id}-${model.id}`}
              >
                {localized(model.names)}
                {t('compare.colon')}
                {t('models.publishedFigure', {
                  figure: formatReference(ind.unit, ref.value),
                  source: localized(ref.source),
                })}
              </Typography.Text>
            ))}
          </>
        );
      },
    },
  ];
  return (
    <Card size="small" title={t('models.catalogueTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('models.catalogueHint')}
      </Typography.Paragraph>
      <Table<SharedIndicatorMeta>
        data-testid="shared-catalogue"
        rowKey={(i) => i.id}
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={indicators}
      />
    </Card>
  );
}

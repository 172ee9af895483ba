import { ErrorAlert, type PluginPageProps, Section, tr, useApiData } from '@jiceng/ui';
import { Button, Empty, Select, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { CouncilDetail } from './council-detail';
import { CreateCouncil } from './council-dialogs';
import { type ItemOf, typedApi } from './common';

type CouncilRow = ItemOf<'/councils'>;

/** 区域共建理事会: member units, the rotating chair, projects led in turn, meetings with performance review. */
export default function CouncilPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const councils = useApiData(() => typedApi(api).get('/councils'), [api]);
  const [councilId, setCouncilId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!councilId && councils.data?.items.length) setCouncilId(councils.data.items[0]!.id);
  }, [councils.data, councilId]);
  return (
    <div data-testid="council-page">
      <Section
        title={t('区域共建理事会', 'Regional co-building councils')}
        extra={
          <Space>
            <Select
              aria-label={t('选择理事会', 'Choose a council')}
              data-testid="council-select"
              style={{ minWidth: 240 }}
              value={councilId}
              onChange={setCouncilId}
              options={(councils.data?.items ?? []).map((k) => ({
                value: k.id,
                label: `${k.name}（${k.regionName}）`,
              }))}
              placeholder={t('选择理事会', 'Choose a council')}
            />
            <Button onClick={() => setCreating(true)} data-testid="new-council">
              {t('成立理事会', 'Found a council')}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={councils.error} />
        {councils.data && !councils.data.items.length ? (
          <Empty description={t('还没有共建理事会', 'No council yet')} />
        ) : (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={councils.data?.items ?? []}
            onRow={(r: CouncilRow) => ({
              onClick: () => setCouncilId(r.id),
              style: { cursor: 'pointer', background: r.id === councilId ? '#fff1f0' : undefined },
            })}
            columns={[
              { title: t('理事会', 'Council'), dataIndex: 'name' },
              { title: t('区域', 'Region'), dataIndex: 'regionName' },
              { title: t('理事单位', 'Member units'), dataIndex: 'memberCount' },
              { title: t('现任轮值主席', 'Rotating chair'), dataIndex: 'chairName' },
              {
                title: t('任期', 'Term'),
                render: (_: unknown, r: CouncilRow) =>
                  r.termNo
                    ? t(`第${r.termNo}任，至 ${r.termEndsOn}`, `term ${r.termNo}, to ${r.termEndsOn}`)
                    : '—',
              },
            ]}
          />
        )}
      </Section>
      {councilId && (
        <CouncilDetail
          key={councilId}
          api={api}
          locale={locale}
          councilId={councilId}
          onChanged={councils.reload}
        />
      )}
      {creating && (
        <CreateCouncil
          api={api}
          locale={locale}
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            councils.reload();
            setCouncilId(id);
          }}
        />
      )}
    </div>
  );
}

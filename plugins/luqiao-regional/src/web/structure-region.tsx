import { attempt, Chart, ErrorAlert, label, type PluginPageProps, Section, tr, useApiData } from '@jiceng/ui';
import { Alert, Button, Col, Row, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { REGION_KINDS } from '../shared/model';
import { type ChartOption, type ItemOf, typedApi } from './common';
import { MassOrgs, ReasonModal, UnitsCard } from './structure-parts';

type Candidate = ItemOf<'/regions/{id}/n-candidates'>;
type HistoryRow = ItemOf<'/regions/{id}/history'>;
/** A node of the 1+N+1 tree chart. */
interface TreeNode {
  name: string;
  itemStyle?: { color: string };
  lineStyle?: { type: 'dashed' };
  children?: TreeNode[];
}

export function RegionDetail({
  api,
  locale,
  regionId,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  regionId: number;
}) {
  const t = tr(locale);
  const typed = typedApi(api);
  const structure = useApiData(
    () => typed.get('/regions/{id}/structure', { params: { id: regionId } }),
    [typed, regionId],
  );
  const detail = useApiData(
    () => typed.get('/regions/{id}', { params: { id: regionId } }),
    [typed, regionId],
  );
  const candidates = useApiData(
    () => typed.get('/regions/{id}/n-candidates', { params: { id: regionId } }),
    [typed, regionId],
  );
  const history = useApiData(
    () => typed.get('/regions/{id}/history', { params: { id: regionId } }),
    [typed, regionId],
  );
  const [selected, setSelected] = useState<number[]>([]);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [returning, setReturning] = useState<HistoryRow | null>(null);
  const reloadAll = () => {
    structure.reload();
    detail.reload();
    candidates.reload();
    history.reload();
  };
  const s = structure.data;

  const tree = useMemo(() => {
    if (!s) return null;
    const t = tr(locale);
    const leaf = (name: string, extra: Omit<TreeNode, 'name'> = {}): TreeNode => ({ name, ...extra });
    const children: TreeNode[] = [
      {
        name: `N：${t('划入的党组织', 'orgs moved in')}（${s.n.length}）`,
        itemStyle: { color: '#c41d26' },
        children: s.n.map((n) => leaf(`${n.name}（${n.memberCount}${t('人', '')}）`)),
      },
      {
        name: `${t('后一个1', 'last 1')}：${s.centreOrg.name}`,
        itemStyle: { color: '#fa8c16' },
        children: [
          leaf(
            t(
              `接纳登记 ${s.centreOrg.registeredViaCentre} 人`,
              `${s.centreOrg.registeredViaCentre} members received`,
            ),
          ),
          leaf(
            t(
              `覆盖无党组织单位 ${s.centreOrg.unitsCoveredByCentre} 家`,
              `${s.centreOrg.unitsCoveredByCentre} units without an org covered`,
            ),
          ),
          ...s.flowingBranches.map((b) => leaf(`${b.name}（${b.memberCount}${t('人', '')}）`)),
        ],
      },
    ];
    if (s.massOrgs.length)
      children.push({
        name: t('群团组织', 'Mass organizations'),
        itemStyle: { color: '#1677ff' },
        children: s.massOrgs.map((m) => leaf(m.name)),
      });
    if (s.stayingOrgs.length)
      children.push({
        name: t('不划入：行政事业单位党组织', 'Stay where they are: government orgs'),
        itemStyle: { color: '#bfbfbf' },
        lineStyle: { type: 'dashed' },
        children: s.stayingOrgs.map((o) => leaf(o.name, { itemStyle: { color: '#bfbfbf' } })),
      });
    return {
      name: `${t('前一个1', 'first 1')}：${s.regionalOrg.name}`,
      itemStyle: { color: '#820014' },
      children,
    };
  }, [s, locale]);

  const leaves = tree ? tree.children.reduce((n, c) => n + Math.max(1, c.children?.length ?? 0), 0) : 0;
  const option = useMemo<ChartOption | null>(
    () =>
      tree
        ? {
            tooltip: { trigger: 'item', triggerOn: 'mousemove' },
            series: [
              {
                type: 'tree',
                data: [tree],
                orient: 'LR',
                top: 20,
                bottom: 20,
                left: 300,
                right: 280,
                symbolSize: 10,
                initialTreeDepth: 3,
                expandAndCollapse: true,
                label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 13 },
                leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
                animationDuration: 400,
              },
            ],
          }
        : null,
    [tree],
  );

  const move = async () => {
    setMoving(true);
    setMoveError(null);
    const r = await attempt(
      () => typed.post('/regions/{id}/n-orgs', { orgIds: selected }, { params: { id: regionId } }),
      { onError: (m) => setMoveError(m) },
    );
    setMoving(false);
    if (r) {
      setSelected([]);
      reloadAll();
    }
  };

  return (
    <>
      <Section
        title={s ? `${s.region.name} · ${label(REGION_KINDS, s.region.kind, locale)}` : t('区域', 'Region')}
      >
        <ErrorAlert error={structure.error} />
        {option && <Chart option={option} height={Math.max(320, leaves * 30 + 60)} testId="structure-tree" />}
        {s && (
          <div data-testid="structure-nodes" style={{ marginTop: 8 }}>
            <Space wrap size={[4, 8]}>
              <Tag color="#820014" data-testid="node-regional">
                {s.regionalOrg.name}
              </Tag>
              {s.n.map((n) => (
                <Tag color="red" key={n.orgId} data-testid={`node-n-${n.orgId}`}>
                  {n.name}
                </Tag>
              ))}
              <Tag color="orange" data-testid="node-centre">
                {s.centreOrg.name}
              </Tag>
              {s.massOrgs.map((m) => (
                <Tag color="blue" key={`m${m.id}`}>
                  {m.name}
                </Tag>
              ))}
              {s.stayingOrgs.map((o) => (
                <Tag key={`s${o.orgId}`} style={{ borderStyle: 'dashed' }}>
                  {o.name}
                </Tag>
              ))}
            </Space>
          </div>
        )}
      </Section>
      <Row gutter={16}>
        <Col xs={24}>
          <Section
            title={t('N：可划入的党组织', 'The N: orgs that can move in')}
            extra={
              <Button
                type="primary"
                danger
                disabled={!selected.length}
                loading={moving}
                onClick={move}
                data-testid="move-n"
              >
                {t(
                  `划入区域党组织（${selected.length}）`,
                  `Move under the regional org (${selected.length})`,
                )}
              </Button>
            }
          >
            {moveError && (
              <Alert
                type="error"
                showIcon
                title={moveError}
                data-testid="move-error"
                style={{ marginBottom: 12 }}
                closable={{ onClose: () => setMoveError(null) }}
              />
            )}
            <Table
              rowKey="orgId"
              size="small"
              loading={candidates.loading}
              dataSource={candidates.data?.items ?? []}
              pagination={false}
              data-testid="candidates"
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as number[]),
                getCheckboxProps: (r: Candidate) => ({
                  disabled: r.refusal?.code === 'already_in_region',
                  'data-testid': `pick-${r.orgId}`,
                }),
              }}
              columns={[
                { title: t('党组织', 'Org'), dataIndex: 'name' },
                { title: t('单位', 'Unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
                { title: t('现隶属', 'Now under'), dataIndex: 'parentName' },
                { title: t('党员', 'Members'), dataIndex: 'memberCount', width: 70 },
                {
                  title: t('可否划入', 'Eligible'),
                  render: (_: unknown, r: Candidate) =>
                    r.refusal ? (
                      <Tag
                        color={r.refusal.code === 'already_in_region' ? 'green' : 'red'}
                        data-testid={`refusal-${r.orgId}`}
                      >
                        {r.refusal.reason}
                      </Tag>
                    ) : (
                      <Tag color="blue">{t('可划入', 'eligible')}</Tag>
                    ),
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} xl={14}>
          <UnitsCard
            api={api}
            locale={locale}
            regionId={regionId}
            detail={detail.data}
            onChanged={reloadAll}
          />
        </Col>
        <Col xs={24} xl={10}>
          <MassOrgs
            api={api}
            locale={locale}
            regionId={regionId}
            structure={s}
            onChanged={structure.reload}
          />
        </Col>
      </Row>
      <Section title={t('N的隶属变更记录', 'Where the N sat before (history)')}>
        <Table
          rowKey="id"
          size="small"
          dataSource={history.data?.items ?? []}
          pagination={{ pageSize: 10 }}
          data-testid="history"
          columns={[
            { title: t('党组织', 'Org'), dataIndex: 'orgName' },
            { title: t('原隶属', 'Previously under'), dataIndex: 'previousParentName' },
            {
              title: t('划入时间', 'Moved in'),
              dataIndex: 'movedAt',
              render: (v: string) => new Date(v).toLocaleString(locale),
            },
            {
              title: t('移出', 'Returned'),
              render: (_: unknown, r: HistoryRow) =>
                r.returnedAt ? (
                  <span>
                    {new Date(r.returnedAt).toLocaleDateString(locale)} → {r.returnedToName}（{r.returnReason}
                    ）
                  </span>
                ) : (
                  <Button size="small" onClick={() => setReturning(r)} data-testid={`return-${r.orgId}`}>
                    {t('移出区域', 'Return')}
                  </Button>
                ),
            },
          ]}
        />
      </Section>
      {returning && (
        <ReasonModal
          locale={locale}
          title={t(
            `将“${returning.orgName}”移回“${returning.previousParentName}”`,
            `Return "${returning.orgName}" to "${returning.previousParentName}"`,
          )}
          onClose={() => setReturning(null)}
          onSubmit={(reason) =>
            typed.post(
              '/regions/{id}/n-orgs/{orgId}/return',
              { reason },
              { params: { id: regionId, orgId: returning.orgId } },
            )
          }
          onDone={() => {
            setReturning(null);
            reloadAll();
          }}
        />
      )}
    </>
  );
}

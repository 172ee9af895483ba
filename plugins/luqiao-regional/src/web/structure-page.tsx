import {
  Chart,
  ErrorAlert,
  label,
  optionsOf,
  type PluginPageProps,
  Section,
  tr,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Alert,
  Button,
  Col,
  Empty,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { MASS_ORG_KINDS, REGION_KINDS } from '../shared/model';
import { attempt, type ChartOption, loadRegions, RegionSelect } from './common';

/** 区域架构: draw a region, move the N under its regional org, and see the 1+N+1 tree. */
export default function StructurePage({ api, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const regions = useApiData(() => loadRegions(api), [api]);
  const [regionId, setRegionId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!regionId && regions.data?.items.length) setRegionId(regions.data.items[0]!.id);
  }, [regions.data, regionId]);
  const canDraw = city.access !== 'self';

  return (
    <div data-testid="structure-page">
      <Section
        title={t('区域化党建“1+N+1”架构', 'The 1+N+1 structure')}
        extra={
          <Space>
            <RegionSelect
              regions={regions.data?.items ?? []}
              value={regionId}
              onChange={setRegionId}
              locale={locale}
            />
            {canDraw && (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="new-region">
                {t('划定区域', 'Draw a region')}
              </Button>
            )}
          </Space>
        }
      >
        <ErrorAlert error={regions.error} />
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(
            '按“行业相近、地域相邻”在镇(街道)范围内划定区域：区域党组织(前一个1)统筹区域党建；原隶属镇(街道)党(工)委的党组织(N)除行政事业单位党组织外划入区域党组织；党员服务中心党组织(后一个1)负责未建党组织单位的党员发展和流动党员的接纳管理。',
            'Regions are drawn inside a town by trade and proximity: the regional org (the first 1) plans and runs co-building; the orgs formerly under the town committee (the N) move under it, except government and public-institution orgs; the service centre’s org (the last 1) develops members in units with no org and receives flowing members.',
          )}
        </Typography.Paragraph>
        {regions.data && !regions.data.items.length && (
          <Empty style={{ marginTop: 16 }} description={t('还没有区域', 'No region yet')} />
        )}
      </Section>
      {regionId && <RegionDetail key={regionId} api={api} locale={locale} regionId={regionId} />}
      {creating && (
        <CreateRegion
          api={api}
          locale={locale}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            regions.reload();
            setRegionId(id);
          }}
        />
      )}
    </div>
  );
}

function CreateRegion({
  api,
  locale,
  onClose,
  onCreated,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [townOrgId, setTownOrgId] = useState<number | undefined>();
  const [unitQuery, setUnitQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const towns = useApiData(() => api.get<{ items: any[] }>('/lookups/towns'), [api]);
  const areas = useApiData(
    () => api.get<{ items: any[] }>('/lookups/areas', { townOrgId }),
    [api, townOrgId],
  );
  const units = useApiData(
    () => api.get<{ items: any[] }>('/lookups/units', { q: unitQuery, limit: 100 }),
    [api, unitQuery],
  );
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setSaving(true);
    const r = await attempt(
      () =>
        api.post<any>('/regions', {
          ...v,
          description: v.description || null,
          establishedOn: v.establishedOn || undefined,
          placeIds: v.placeIds ?? [],
          unitIds: v.unitIds ?? [],
        }),
      (m) => setError(m),
    );
    setSaving(false);
    if (r) onCreated(r.id);
  };
  const unitKindText: Record<string, string> = {
    organ: t('机关', 'organ'),
    institution: t('事业单位', 'institution'),
    enterprise: t('企业', 'enterprise'),
    new_economic: t('新经济组织', 'new economic'),
    new_social: t('新社会组织', 'new social'),
  };
  return (
    <Modal
      open
      title={t('划定区域', 'Draw a region')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'region-submit' }}
      width={720}
      destroyOnHidden
    >
      {error && (
        <Alert type="error" showIcon title={error} data-testid="region-error" style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" initialValues={{ kind: 'business_district' }}>
        <Form.Item
          name="name"
          label={t('区域名称', 'Name')}
          rules={[{ required: true, message: t('请填写区域名称', 'Name the region') }]}
        >
          <Input
            data-testid="region-name"
            placeholder={t('如：中央商务区', 'e.g. Central business district')}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('区域类型', 'Kind')}>
          <Select data-testid="region-kind" options={optionsOf(REGION_KINDS, locale)} />
        </Form.Item>
        <Form.Item
          name="townOrgId"
          label={t('所在镇(街道)党(工)委', 'Town / street committee')}
          rules={[{ required: true, message: t('请选择镇(街道)', 'Choose the town') }]}
        >
          <Select
            data-testid="region-town"
            options={(towns.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            onChange={(v) => {
              setTownOrgId(v);
              form.setFieldValue('placeIds', []);
            }}
          />
        </Form.Item>
        <Form.Item name="placeIds" label={t('包含的片区(社区、小区)', 'Areas (communities, compounds)')}>
          <Select
            data-testid="region-areas"
            mode="multiple"
            disabled={!townOrgId}
            options={(areas.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name}${p.regionId ? t('（已属其他区域）', ' (in a region)') : ''}`,
              disabled: !!p.regionId,
            }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={t('区域内单位(有无党组织均可)', 'Units in the region (with or without an org)')}
        >
          <Select
            data-testid="region-units"
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setUnitQuery }}
            options={(units.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.name} · ${unitKindText[u.kind] ?? u.kind}${u.orgId ? '' : t(' · 无党组织', ' · no org')}`,
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="establishedOn" label={t('成立日期', 'Established on')}>
              <Input type="date" data-testid="region-date" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="description" label={t('说明', 'Description')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

function RegionDetail({
  api,
  locale,
  regionId,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  regionId: number;
}) {
  const t = tr(locale);
  const structure = useApiData(() => api.get<any>(`/regions/${regionId}/structure`), [api, regionId]);
  const detail = useApiData(() => api.get<any>(`/regions/${regionId}`), [api, regionId]);
  const candidates = useApiData(
    () => api.get<{ items: any[] }>(`/regions/${regionId}/n-candidates`),
    [api, regionId],
  );
  const history = useApiData(
    () => api.get<{ items: any[] }>(`/regions/${regionId}/history`),
    [api, regionId],
  );
  const [selected, setSelected] = useState<number[]>([]);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [returning, setReturning] = useState<any | null>(null);
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
    const leaf = (name: string, extra: Record<string, unknown> = {}) => ({ name, ...extra });
    const children: any[] = [
      {
        name: `N：${t('划入的党组织', 'orgs moved in')}（${s.n.length}）`,
        itemStyle: { color: '#c41d26' },
        children: s.n.map((n: any) => leaf(`${n.name}（${n.memberCount}${t('人', '')}）`)),
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
          ...s.flowingBranches.map((b: any) => leaf(`${b.name}（${b.memberCount}${t('人', '')}）`)),
        ],
      },
    ];
    if (s.massOrgs.length)
      children.push({
        name: t('群团组织', 'Mass organizations'),
        itemStyle: { color: '#1677ff' },
        children: s.massOrgs.map((m: any) => leaf(m.name)),
      });
    if (s.stayingOrgs.length)
      children.push({
        name: t('不划入：行政事业单位党组织', 'Stay where they are: government orgs'),
        itemStyle: { color: '#bfbfbf' },
        lineStyle: { type: 'dashed' },
        children: s.stayingOrgs.map((o: any) => leaf(o.name, { itemStyle: { color: '#bfbfbf' } })),
      });
    return {
      name: `${t('前一个1', 'first 1')}：${s.regionalOrg.name}`,
      itemStyle: { color: '#820014' },
      children,
    };
  }, [s, locale]);

  const leaves = tree
    ? tree.children.reduce((n: number, c: any) => n + Math.max(1, c.children?.length ?? 0), 0)
    : 0;
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
      () => api.post(`/regions/${regionId}/n-orgs`, { orgIds: selected }),
      (m) => setMoveError(m),
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
              {s.n.map((n: any) => (
                <Tag color="red" key={n.orgId} data-testid={`node-n-${n.orgId}`}>
                  {n.name}
                </Tag>
              ))}
              <Tag color="orange" data-testid="node-centre">
                {s.centreOrg.name}
              </Tag>
              {s.massOrgs.map((m: any) => (
                <Tag color="blue" key={`m${m.id}`}>
                  {m.name}
                </Tag>
              ))}
              {s.stayingOrgs.map((o: any) => (
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
                getCheckboxProps: (r: any) =>
                  ({
                    disabled: r.refusal?.code === 'already_in_region',
                    'data-testid': `pick-${r.orgId}`,
                  }) as any,
              }}
              columns={[
                { title: t('党组织', 'Org'), dataIndex: 'name' },
                { title: t('单位', 'Unit'), dataIndex: 'unitName', render: (v: string | null) => v ?? '—' },
                { title: t('现隶属', 'Now under'), dataIndex: 'parentName' },
                { title: t('党员', 'Members'), dataIndex: 'memberCount', width: 70 },
                {
                  title: t('可否划入', 'Eligible'),
                  render: (_: unknown, r: any) =>
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
              render: (_: unknown, r: any) =>
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
          onSubmit={(reason) => api.post(`/regions/${regionId}/n-orgs/${returning.orgId}/return`, { reason })}
          onDone={() => {
            setReturning(null);
            reloadAll();
          }}
        />
      )}
    </>
  );
}

function UnitsCard({
  api,
  locale,
  regionId,
  detail,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  regionId: number;
  detail: any;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<number[]>([]);
  const free = useApiData(() => api.get<{ items: any[] }>('/lookups/units', { q, limit: 50 }), [api, q]);
  const add = async () => {
    const r = await attempt(() => api.post(`/regions/${regionId}/units`, { unitIds: picked }));
    if (r) {
      setPicked([]);
      free.reload();
      onChanged();
    }
  };
  return (
    <Section
      title={t(`区域内单位（${detail?.units?.length ?? 0}）`, `Units (${detail?.units?.length ?? 0})`)}
    >
      <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
        <Select
          aria-label={t('搜索并加入单位', 'Search units to add')}
          mode="multiple"
          style={{ width: '100%' }}
          value={picked}
          onChange={setPicked}
          placeholder={t('搜索并加入单位', 'Search units to add')}
          showSearch={{ filterOption: false, onSearch: setQ }}
          options={(free.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="add-units"
        />
        <Button onClick={add} disabled={!picked.length} data-testid="add-units-submit">
          {t('加入', 'Add')}
        </Button>
      </Space.Compact>
      <Table
        rowKey="id"
        size="small"
        dataSource={detail?.units ?? []}
        pagination={{ pageSize: 8 }}
        columns={[
          { title: t('单位', 'Unit'), dataIndex: 'name' },
          {
            title: t('党组织', 'Party org'),
            render: (_: unknown, u: any) =>
              u.orgId ? (
                <Tag color="red">{t('已建', 'own org')}</Tag>
              ) : u.centreCoveredSince ? (
                <Tag color="orange">{t('中心覆盖', 'by centre')}</Tag>
              ) : (
                <Tag>{t('未覆盖', 'none')}</Tag>
              ),
          },
          { title: t('党员', 'Members'), dataIndex: 'memberCount', width: 64 },
        ]}
      />
    </Section>
  );
}

function MassOrgs({
  api,
  locale,
  regionId,
  structure,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  regionId: number;
  structure: any;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const mirrors = structure
    ? [
        { value: structure.regionalOrg.id, label: structure.regionalOrg.name },
        ...structure.n.map((n: any) => ({ value: n.orgId, label: n.name })),
        { value: structure.centreOrg.id, label: structure.centreOrg.name },
      ]
    : [];
  const add = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(() => api.post(`/regions/${regionId}/mass-orgs`, v));
    if (r) {
      form.resetFields();
      onChanged();
    }
  };
  return (
    <Section title={t('群团组织', 'Mass organizations')}>
      <Space wrap style={{ marginBottom: 8 }}>
        {(structure?.massOrgs ?? []).map((m: any) => (
          <Tag color="blue" key={m.id}>
            {label(MASS_ORG_KINDS, m.kind, locale)} · {m.name}
          </Tag>
        ))}
      </Space>
      <Form form={form} layout="inline" initialValues={{ kind: 'youth_league' }}>
        <Form.Item name="kind">
          <Select
            aria-label={t('组织类别', 'Kind')}
            style={{ width: 110 }}
            options={optionsOf(MASS_ORG_KINDS, locale)}
          />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, message: t('名称', 'Name') }]}>
          <Input
            aria-label={t('如：中央商务区团委', 'e.g. CBD Youth League')}
            placeholder={t('如：中央商务区团委', 'e.g. CBD Youth League')}
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item name="mirrorsOrgId">
          <Select
            aria-label={t('对应党组织', 'Mirrors')}
            allowClear
            placeholder={t('对应党组织', 'Mirrors')}
            style={{ width: 170 }}
            options={mirrors}
          />
        </Form.Item>
        <Button onClick={add}>{t('建立', 'Attach')}</Button>
      </Form>
    </Section>
  );
}

/** A reason is required for every replacement or return; the API's refusal is shown in the dialog. */
export function ReasonModal({
  locale,
  title,
  onClose,
  onSubmit,
  onDone,
  children,
}: {
  locale: PluginPageProps['locale'];
  title: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
  onDone: () => void;
  children?: ReactNode;
}) {
  const t = tr(locale);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'reason-submit' }}
      onOk={async () => {
        setSaving(true);
        const r = await attempt(
          () => onSubmit(reason.trim()),
          (m) => setError(m),
        );
        setSaving(false);
        if (r !== undefined) onDone();
      }}
      destroyOnHidden
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="reason-error" />
      )}
      {children}
      <Input.TextArea
        aria-label={t('原因（必填）', 'Reason (required)')}
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('原因（必填）', 'Reason (required)')}
        data-testid="reason-input"
      />
    </Modal>
  );
}

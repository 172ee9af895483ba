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
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Segmented,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { CENTRE_KINDS, CENTRE_LEVELS, FUNDING_SOURCES, SERVICES } from '../shared/model';
import { attempt, type ChartOption, loadRegions } from './common';

const SHORTFALL: Record<string, [string, string]> = {
  floorArea: ['面积不足', 'floor area'],
  staffCount: ['人员不足', 'staff'],
  fundingSource: ['经费来源不符', 'funding source'],
};

/** 三级党员服务中心(站): standards, 8 basic services, 来访接待 with 首问责任 and 限时办结. */
export default function CentresPage({ api, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const [level, setLevel] = useState<string>('all');
  const [centreId, setCentreId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const standards = useApiData(() => api.get<any>('/centres/standards'), [api]);
  const centres = useApiData(
    () => api.get<any>('/centres', { level: level === 'all' ? undefined : level }),
    [api, level],
  );
  const overdue = useApiData(() => api.get<{ items: any[] }>('/visits/overdue'), [api]);
  const all = useApiData(() => api.get<any>('/centres'), [api]);
  const summary: any[] = all.data?.summary ?? [];
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 40 },
    xAxis: { type: 'category', data: summary.map((s) => label(CENTRE_LEVELS, s.level, locale)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('中心(站)数', 'Centres'),
        type: 'bar',
        data: summary.map((s) => s.count),
        itemStyle: { color: '#ffa39e' },
      },
      {
        name: t('达标', 'Meeting the standard'),
        type: 'bar',
        data: summary.map((s) => s.meetingStandard),
        itemStyle: { color: '#c41d26' },
      },
    ],
  };
  const std = standards.data?.standards;
  const centre =
    centres.data?.items.find((c: any) => c.id === centreId) ??
    all.data?.items.find((c: any) => c.id === centreId);
  return (
    <div data-testid="centres-page">
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Section
            title={t(
              `三级党员服务中心(站)（${all.data?.total ?? 0}）`,
              `Member service centres at three levels (${all.data?.total ?? 0})`,
            )}
          >
            <ErrorAlert error={centres.error} />
            <Chart option={option} height={220} testId="centres-chart" />
          </Section>
        </Col>
        <Col xs={24} xl={10}>
          <Section title={t('建设标准(市级配置)与基础服务', 'Standards (city config) and basic services')}>
            {std && (
              <Table
                rowKey="level"
                size="small"
                pagination={false}
                dataSource={Object.keys(CENTRE_LEVELS).map((l) => ({ level: l, ...std[l] }))}
                columns={[
                  {
                    title: t('层级', 'Level'),
                    dataIndex: 'level',
                    render: (l: string) => label(CENTRE_LEVELS, l, locale),
                  },
                  { title: t('面积≥(㎡)', 'Area ≥ m²'), dataIndex: 'minFloorArea' },
                  { title: t('人员≥', 'Staff ≥'), dataIndex: 'minStaff' },
                  {
                    title: t('经费来源', 'Funding'),
                    dataIndex: 'fundingSources',
                    render: (f: string[]) => f.map((x) => label(FUNDING_SOURCES, x, locale)).join('、'),
                  },
                ]}
              />
            )}
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              <b>{t('8项基础服务：', '8 basic services: ')}</b>
              {(standards.data?.basicServices ?? [])
                .map((s: string) => label(SERVICES, s, locale))
                .join('、')}
              <br />
              <b>{t('上墙制度：', 'Rules on the wall: ')}</b>
              {t(
                '来访接待、首问责任、服务承诺、限时办结',
                'reception of visitors, first-responder duty, service pledge, completion within a time limit',
              )}
              {standards.data
                ? t(
                    `（默认 ${standards.data.timeLimitDays} 天办结）`,
                    ` (default ${standards.data.timeLimitDays} days)`,
                  )
                : ''}
            </Typography.Paragraph>
          </Section>
        </Col>
      </Row>
      <Section
        title={t('服务中心(站)一览', 'Centres and stations')}
        extra={
          <Space>
            <Segmented
              value={level}
              onChange={(v) => setLevel(v as string)}
              options={[
                { value: 'all', label: t('全部', 'All') },
                ...Object.keys(CENTRE_LEVELS).map((l) => ({
                  value: l,
                  label: label(CENTRE_LEVELS, l, locale),
                })),
              ]}
            />
            {city.access !== 'self' && (
              <Button onClick={() => setCreating(true)} data-testid="new-centre">
                {t('新建中心(站)', 'New centre')}
              </Button>
            )}
          </Space>
        }
      >
        <Table
          rowKey="id"
          size="small"
          loading={centres.loading}
          dataSource={centres.data?.items ?? []}
          pagination={{ pageSize: 12 }}
          data-testid="centres"
          onRow={(r: any) => ({
            onClick: () => setCentreId(r.id),
            style: { cursor: 'pointer', background: r.id === centreId ? '#fff1f0' : undefined },
          })}
          columns={[
            { title: t('名称', 'Name'), dataIndex: 'name' },
            {
              title: t('层级', 'Level'),
              dataIndex: 'level',
              render: (l: string, r: any) =>
                `${label(CENTRE_LEVELS, l, locale)}${r.kind === 'station' ? ` · ${label(CENTRE_KINDS, 'station', locale)}` : ''}`,
            },
            {
              title: t('区域 / 主办', 'Region / run by'),
              render: (_: unknown, r: any) => r.regionName ?? r.ownerName,
            },
            { title: t('面积㎡', 'm²'), dataIndex: 'floorArea', width: 70 },
            { title: t('人员', 'Staff'), dataIndex: 'staffCount', width: 60 },
            {
              title: t('经费', 'Funding'),
              dataIndex: 'fundingSource',
              render: (f: string) => label(FUNDING_SOURCES, f, locale),
            },
            {
              title: t('达标', 'Standard'),
              render: (_: unknown, r: any) =>
                r.meetsStandard ? (
                  <Tag color="green">{t('达标', 'met')}</Tag>
                ) : (
                  r.shortfalls.map((s: string) => (
                    <Tag color="red" key={s}>
                      {t(SHORTFALL[s]![0], SHORTFALL[s]![1])}
                    </Tag>
                  ))
                ),
            },
            { title: t('来访', 'Visits'), render: (_: unknown, r: any) => r.visits.total },
            { title: t('在办', 'Open'), render: (_: unknown, r: any) => r.visits.open },
            {
              title: t('超期', 'Overdue'),
              render: (_: unknown, r: any) =>
                r.visits.overdue ? <Tag color="red">{r.visits.overdue}</Tag> : 0,
            },
          ]}
        />
      </Section>
      {centre && (
        <Visits
          key={centre.id}
          api={api}
          locale={locale}
          centre={centre}
          onChanged={() => {
            centres.reload();
            overdue.reload();
            all.reload();
          }}
        />
      )}
      <Section
        title={t(
          `超期未办结（${overdue.data?.items.length ?? 0}）`,
          `Overdue (${overdue.data?.items.length ?? 0})`,
        )}
      >
        <Table
          rowKey="id"
          size="small"
          dataSource={overdue.data?.items ?? []}
          pagination={{ pageSize: 10 }}
          data-testid="overdue"
          columns={[
            { title: t('服务中心(站)', 'Centre'), dataIndex: 'centreName' },
            { title: t('事项', 'Subject'), dataIndex: 'subject' },
            {
              title: t('服务', 'Service'),
              dataIndex: 'service',
              render: (s: string) => label(SERVICES, s, locale),
            },
            { title: t('首问责任人', 'First responder'), dataIndex: 'firstResponder' },
            { title: t('办结期限', 'Due'), dataIndex: 'dueOn' },
            {
              title: t('超期', 'Late by'),
              dataIndex: 'daysLeft',
              render: (d: number) => <Tag color="red">{t(`${-d} 天`, `${-d} d`)}</Tag>,
            },
          ]}
        />
      </Section>
      {creating && (
        <CreateCentre
          api={api}
          locale={locale}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            centres.reload();
            all.reload();
          }}
        />
      )}
    </div>
  );
}

function Visits({
  api,
  locale,
  centre,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  centre: any;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [status, setStatus] = useState('all');
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const [completing, setCompleting] = useState<any | null>(null);
  const visits = useApiData(
    () => api.get<any>(`/centres/${centre.id}/visits`, { status, page, pageSize: 10 }),
    [api, centre.id, status, page],
  );
  const changed = () => {
    visits.reload();
    onChanged();
  };
  return (
    <Section
      title={t(`${centre.name} · 来访接待`, `${centre.name} · visits`)}
      extra={
        <Space>
          <Segmented
            value={status}
            onChange={(v) => {
              setStatus(v as string);
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('全部', 'All') },
              { value: 'open', label: t('在办', 'Open') },
              { value: 'overdue', label: t('超期', 'Overdue') },
              { value: 'late', label: t('逾期办结', 'Closed late') },
              { value: 'completed', label: t('已办结', 'Done') },
            ]}
          />
          <Button type="primary" onClick={() => setRecording(true)} data-testid="record-visit">
            {t('登记来访', 'Record a visit')}
          </Button>
        </Space>
      }
    >
      <Table
        rowKey="id"
        size="small"
        loading={visits.loading}
        dataSource={visits.data?.items ?? []}
        data-testid="visits"
        pagination={{
          current: page,
          pageSize: 10,
          total: visits.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('接待日期', 'Received'), dataIndex: 'receivedOn', width: 110 },
          { title: t('来访人', 'Visitor'), dataIndex: 'visitorName' },
          {
            title: t('服务', 'Service'),
            dataIndex: 'service',
            render: (s: string) => label(SERVICES, s, locale),
          },
          { title: t('事项', 'Subject'), dataIndex: 'subject' },
          { title: t('首问责任人', 'First responder'), dataIndex: 'firstResponder' },
          {
            title: t('办结期限', 'Due'),
            dataIndex: 'dueOn',
            render: (d: string | null) => d ?? t('当场办结', 'on the spot'),
          },
          {
            title: t('状态', 'Status'),
            render: (_: unknown, v: any) =>
              v.status === 'completed' ? (
                <Tag color={v.late ? 'orange' : 'green'}>
                  {v.late
                    ? t(`逾期办结 ${v.completedOn}`, `done late ${v.completedOn}`)
                    : t(`已办结 ${v.completedOn}`, `done ${v.completedOn}`)}
                </Tag>
              ) : (
                <Space>
                  <Tag
                    color={v.overdue ? 'red' : 'processing'}
                    data-testid={v.overdue ? `overdue-${v.id}` : undefined}
                  >
                    {v.overdue
                      ? t(`超期 ${-v.daysLeft} 天`, `${-v.daysLeft} d overdue`)
                      : t(`剩 ${v.daysLeft} 天`, `${v.daysLeft} d left`)}
                  </Tag>
                  <Button size="small" onClick={() => setCompleting(v)} data-testid={`complete-${v.id}`}>
                    {t('办结', 'Complete')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {recording && (
        <RecordVisit
          api={api}
          locale={locale}
          centreId={centre.id}
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            changed();
          }}
        />
      )}
      {completing && (
        <CompleteVisit
          api={api}
          locale={locale}
          visit={completing}
          onClose={() => setCompleting(null)}
          onDone={() => {
            setCompleting(null);
            changed();
          }}
        />
      )}
    </Section>
  );
}

function RecordVisit({
  api,
  locale,
  centreId,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  centreId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [limited, setLimited] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const body = {
      ...v,
      timeLimited: limited,
      timeLimitDays: limited ? (v.timeLimitDays ?? undefined) : undefined,
      result: limited ? undefined : v.result,
    };
    const r = await attempt(
      () => api.post(`/centres/${centreId}/visits`, body),
      (m) => setError(m),
    );
    if (r) onDone();
  };
  return (
    <Modal
      open
      title={t('登记来访（首问责任）', 'Record a visit (first responder)')}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ 'data-testid': 'visit-submit' }}
      destroyOnHidden
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="visit-error" />
      )}
      <Form form={form} layout="vertical" initialValues={{ service: 'policy_consultation' }}>
        <Form.Item name="service" label={t('服务事项', 'Service')}>
          <Select options={optionsOf(SERVICES, locale)} />
        </Form.Item>
        <Form.Item
          name="visitorName"
          label={t('来访人', 'Visitor')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input data-testid="visit-visitor" />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('诉求内容', 'Subject')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input data-testid="visit-subject" />
        </Form.Item>
        <Form.Item
          name="firstResponder"
          label={t('首问责任人', 'First responder')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input data-testid="visit-responder" />
        </Form.Item>
        <Form.Item
          name="referredTo"
          label={t('转办单位(首问人仍负责跟踪)', 'Referred to (the first responder still follows it)')}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('限时办结', 'Time-limited')}>
          <Switch checked={limited} onChange={setLimited} data-testid="visit-limited" />
        </Form.Item>
        {limited ? (
          <Form.Item
            name="timeLimitDays"
            label={t('办结时限(天，默认按配置)', 'Days allowed (default from config)')}
          >
            <InputNumber min={0} max={365} />
          </Form.Item>
        ) : (
          <Form.Item
            name="result"
            label={t('当场办理结果', 'Answered on the spot')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <Input />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function CompleteVisit({
  api,
  locale,
  visit,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  visit: any;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [result, setResult] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t(`办结：${visit.subject}`, `Complete: ${visit.subject}`)}
      onCancel={onClose}
      okButtonProps={{ disabled: !result.trim() }}
      onOk={async () => {
        const r = await attempt(
          () => api.post(`/visits/${visit.id}/complete`, { result: result.trim() }),
          (m) => setError(m),
        );
        if (r) onDone();
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Input.TextArea
        aria-label={t('办理结果', 'Result')}
        rows={3}
        value={result}
        onChange={(e) => setResult(e.target.value)}
        placeholder={t('办理结果', 'Result')}
      />
    </Modal>
  );
}

function CreateCentre({
  api,
  locale,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [level, setLevel] = useState('region');
  const [error, setError] = useState<string | null>(null);
  const regions = useApiData(() => loadRegions(api), [api]);
  const towns = useApiData(() => api.get<{ items: any[] }>('/lookups/towns'), [api]);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () => api.post('/centres', { ...v, level }),
      (m) => setError(m),
    );
    if (r) onDone();
  };
  return (
    <Modal
      open
      title={t('新建党员服务中心(站)', 'New service centre or station')}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Segmented
        value={level}
        onChange={(v) => setLevel(v as string)}
        options={Object.keys(CENTRE_LEVELS).map((l) => ({
          value: l,
          label: label(CENTRE_LEVELS, l, locale),
        }))}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} layout="vertical" initialValues={{ kind: 'centre', fundingSource: 'town_finance' }}>
        <Form.Item
          name="name"
          label={t('名称', 'Name')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('中心或站', 'Centre or station')}>
          <Select options={optionsOf(CENTRE_KINDS, locale)} />
        </Form.Item>
        {level === 'region' && (
          <Form.Item
            name="regionId"
            label={t('区域', 'Region')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <Select options={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))} />
          </Form.Item>
        )}
        {level === 'town' && (
          <Form.Item
            name="ownerOrgId"
            label={t('镇(街道)党(工)委', 'Town committee')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <Select options={(towns.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        )}
        {level === 'district' && (
          <Form.Item
            name="ownerOrgId"
            label={t('区委(党组织编号)', 'District committee (org id)')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <InputNumber min={1} />
          </Form.Item>
        )}
        <Space>
          <Form.Item
            name="floorArea"
            label={t('面积(㎡)', 'Floor area m²')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item
            name="staffCount"
            label={t('人员', 'Staff')}
            rules={[{ required: true, message: t('必填', 'Required') }]}
          >
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="fundingSource" label={t('经费来源', 'Funding')}>
            <Select style={{ width: 200 }} options={optionsOf(FUNDING_SOURCES, locale)} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

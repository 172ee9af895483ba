import {
  attempt,
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
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { CENTRE_KINDS, CENTRE_LEVELS, type CentreLevel, FUNDING_SOURCES, SERVICES } from '../shared/model';
import { Visits } from './centres-visits';
import { type ChartOption, type ItemOf, loadRegions, typedApi } from './common';

type CentreRow = ItemOf<'/centres'>;

const SHORTFALL: Record<string, [string, string]> = {
  floorArea: ['面积不足', 'floor area'],
  staffCount: ['人员不足', 'staff'],
  fundingSource: ['经费来源不符', 'funding source'],
};

/** 三级党员服务中心(站): standards, 8 basic services, 来访接待 with 首问责任 and 限时办结. */
export default function CentresPage({ api, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const [level, setLevel] = useState<CentreLevel | 'all'>('all');
  const [centreId, setCentreId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const typed = typedApi(api);
  const standards = useApiData(() => typed.get('/centres/standards'), [typed]);
  const centres = useApiData(
    () => typed.get('/centres', { query: { level: level === 'all' ? undefined : level } }),
    [typed, level],
  );
  const overdue = useApiData(() => typed.get('/visits/overdue'), [typed]);
  const all = useApiData(() => typed.get('/centres'), [typed]);
  const summary = all.data?.summary ?? [];
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
    centres.data?.items.find((c) => c.id === centreId) ?? all.data?.items.find((c) => c.id === centreId);
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
                dataSource={(Object.keys(CENTRE_LEVELS) as CentreLevel[]).map((l) => ({
                  level: l,
                  ...std[l],
                }))}
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
              {(standards.data?.basicServices ?? []).map((s) => label(SERVICES, s, locale)).join('、')}
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
            <Segmented<CentreLevel | 'all'>
              value={level}
              onChange={(v) => setLevel(v)}
              options={[
                { value: 'all', label: t('全部', 'All') },
                ...(Object.keys(CENTRE_LEVELS) as CentreLevel[]).map((l) => ({
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
          onRow={(r: CentreRow) => ({
            onClick: () => setCentreId(r.id),
            style: { cursor: 'pointer', background: r.id === centreId ? '#fff1f0' : undefined },
          })}
          columns={[
            { title: t('名称', 'Name'), dataIndex: 'name' },
            {
              title: t('层级', 'Level'),
              dataIndex: 'level',
              render: (l: string, r: CentreRow) =>
                `${label(CENTRE_LEVELS, l, locale)}${r.kind === 'station' ? ` · ${label(CENTRE_KINDS, 'station', locale)}` : ''}`,
            },
            {
              title: t('区域 / 主办', 'Region / run by'),
              render: (_: unknown, r: CentreRow) => r.regionName ?? r.ownerName,
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
              render: (_: unknown, r: CentreRow) =>
                r.meetsStandard ? (
                  <Tag color="green">{t('达标', 'met')}</Tag>
                ) : (
                  r.shortfalls.map((s) => (
                    <Tag color="red" key={s}>
                      {t(SHORTFALL[s]![0], SHORTFALL[s]![1])}
                    </Tag>
                  ))
                ),
            },
            { title: t('来访', 'Visits'), render: (_: unknown, r: CentreRow) => r.visits.total },
            { title: t('在办', 'Open'), render: (_: unknown, r: CentreRow) => r.visits.open },
            {
              title: t('超期', 'Overdue'),
              render: (_: unknown, r: CentreRow) =>
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
  const [level, setLevel] = useState<CentreLevel>('region');
  const [error, setError] = useState<string | null>(null);
  const regions = useApiData(() => loadRegions(api), [api]);
  const towns = useApiData(() => typedApi(api).get('/lookups/towns'), [api]);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(() => typedApi(api).post('/centres', { ...v, level }), {
      onError: (m) => setError(m),
    });
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
        onChange={(v) => setLevel(v)}
        options={(Object.keys(CENTRE_LEVELS) as CentreLevel[]).map((l) => ({
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

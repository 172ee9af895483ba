import {
  type ApiClient,
  type BodyOf,
  Chart,
  chinaDay,
  ErrorAlert,
  type Locale,
  label,
  optionsOf,
  type PluginPageProps,
  type QueryOf,
  type ResponseOf,
  Section,
  StatCards,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
  validValues,
} from '@jiceng/ui';
import {
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Rate,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { VOLUNTEER_CATEGORY_LABELS } from '../shared/terms';
import type { paths } from './api.generated';
import { DateInput, GridSelect, STATUS_COLORS } from './common';

const LOG_STATUS = {
  pending: { 'zh-CN': '待确认', en: 'Pending' },
  confirmed: { 'zh-CN': '已确认', en: 'Confirmed' },
  rejected: { 'zh-CN': '已退回', en: 'Rejected' },
};
/** A logged volunteer entry (`/volunteer/logs`). */
type VolunteerLog = ResponseOf<paths, '/volunteer/logs'>['items'][number];
type LogStatus = QueryOf<paths, '/volunteer/logs'>['status'];
type MemberHours = ResponseOf<paths, '/volunteer/stars'>['items'][number];
type NewLog = BodyOf<paths, '/volunteer/logs', 'post'>;
const stars = (n: number) => (n ? '★'.repeat(n) : '—');

export default function VolunteerPage(props: PluginPageProps) {
  const t = tr(props.locale);
  if (props.city.access === 'self') return <MyHours {...props} />;
  return (
    <Section title={t('党员志愿服务“微小时”', 'Volunteer micro-hours')}>
      <Tabs
        items={[
          {
            key: 'pending',
            label: t('待确认', 'To confirm'),
            children: <LogsTab {...props} status="pending" />,
          },
          { key: 'stars', label: t('星级评价', 'Star levels'), children: <StarsTab {...props} /> },
          { key: 'all', label: t('全部记录', 'All entries'), children: <LogsTab {...props} /> },
        ]}
      />
    </Section>
  );
}

function LogForm({
  api,
  locale,
  forMember,
  onDone,
}: {
  api: ApiClient;
  locale: Locale;
  forMember: boolean;
  onDone: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [form] = Form.useForm<NewLog>();
  const submit = useSubmit(() => {
    form.resetFields();
    onDone();
  });
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ servedOn: chinaDay(), category: 'service', hours: 2 }}
      style={{ rowGap: 8 }}
    >
      {forMember && (
        <Form.Item<NewLog> name="memberId" label={t('党员编号', 'Member id')} rules={[{ required: true }]}>
          <InputNumber min={1} />
        </Form.Item>
      )}
      <Form.Item<NewLog> name="servedOn" rules={[{ required: true }]}>
        <DateInput testId="log-date" label={t('服务日期', 'Date served')} />
      </Form.Item>
      <Form.Item<NewLog> name="category">
        <Select
          aria-label={t('服务类别', 'Category')}
          style={{ width: 150 }}
          options={optionsOf(VOLUNTEER_CATEGORY_LABELS, locale)}
        />
      </Form.Item>
      <Form.Item<NewLog> name="hours" label={t('小时', 'Hours')} rules={[{ required: true }]}>
        <InputNumber data-testid="log-hours" min={0.5} max={24} step={0.5} />
      </Form.Item>
      {forMember && (
        <Form.Item<NewLog> name="gridOrgId">
          <GridSelect api={api} allowClear placeholder={t('服务网格（可选）', 'Grid (optional)')} />
        </Form.Item>
      )}
      <Form.Item<NewLog> name="description" rules={[{ required: true, min: 2 }]}>
        <Input
          aria-label={t('服务内容', 'What you did')}
          data-testid="log-description"
          placeholder={t('服务内容', 'What you did')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Button
        type="primary"
        data-testid="log-submit"
        loading={submit.busy}
        onClick={async () => {
          const v = await validValues(form);
          if (!v) return;
          await submit.run(() => typed.post('/volunteer/logs', { ...v, gridOrgId: v.gridOrgId ?? null }));
        }}
      >
        {t('登记时长', 'Log hours')}
      </Button>
      <div style={{ width: '100%' }}>
        <ErrorAlert error={submit.error} />
      </div>
    </Form>
  );
}

function LogsTab({ api, locale, status }: PluginPageProps & { status?: LogStatus }) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/volunteer/logs', { query: { status, page, pageSize: 20 } }),
    [api, status, page],
  );
  const [deciding, setDeciding] = useState<{ log: VolunteerLog; action: 'confirm' | 'reject' } | null>(null);
  const [rating, setRating] = useState(5);
  const [reason, setReason] = useState('');
  const decide = useSubmit(() => {
    setDeciding(null);
    setReason('');
    reload();
  });
  return (
    <>
      {!status && (
        <div style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">
            {t('代党员登记（由他人确认后计入）', 'Log for a member (counts once someone else confirms)')}
          </Typography.Text>
          <LogForm api={api} locale={locale} forMember onDone={reload} />
        </div>
      )}
      <ErrorAlert error={error} />
      <Table<VolunteerLog>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('党员', 'Member'), dataIndex: 'memberName' },
          { title: t('日期', 'Date'), dataIndex: 'servedOn' },
          {
            title: t('类别', 'Category'),
            dataIndex: 'category',
            render: (v) => label(VOLUNTEER_CATEGORY_LABELS, v, locale),
          },
          { title: t('内容', 'What'), dataIndex: 'description' },
          { title: t('网格', 'Grid'), dataIndex: 'gridName' },
          { title: t('小时', 'Hours'), dataIndex: 'hours', align: 'right' },
          {
            title: t('成效', 'Rating'),
            dataIndex: 'rating',
            render: (v) => (v ? <Rate disabled value={v} style={{ fontSize: 12 }} /> : ''),
          },
          {
            title: t('状态', 'State'),
            dataIndex: 'status',
            render: (v) => (
              <StatusTag status={v} labels={LOG_STATUS} locale={locale} colors={STATUS_COLORS} />
            ),
          },
          {
            title: '',
            render: (_, r) =>
              r.status === 'pending' && (
                <Space>
                  <Button
                    type="link"
                    size="small"
                    data-testid={`log-confirm-${r.id}`}
                    onClick={() => setDeciding({ log: r, action: 'confirm' })}
                  >
                    {t('确认', 'Confirm')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setDeciding({ log: r, action: 'reject' })}>
                    {t('退回', 'Reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <Modal
        open={!!deciding}
        title={
          deciding?.action === 'confirm'
            ? t('确认时长并评价成效', 'Confirm and rate the effect')
            : t('退回', 'Send back')
        }
        onCancel={() => setDeciding(null)}
        confirmLoading={decide.busy}
        destroyOnHidden
        onOk={() =>
          deciding &&
          decide.run(() =>
            deciding.action === 'confirm'
              ? typed.post('/volunteer/logs/{id}/confirm', { rating }, { params: { id: deciding.log.id } })
              : typed.post('/volunteer/logs/{id}/reject', { reason }, { params: { id: deciding.log.id } }),
          )
        }
      >
        <ErrorAlert error={decide.error} />
        {deciding && (
          <p>
            {deciding.log.memberName} · {deciding.log.servedOn} · {deciding.log.hours} {t('小时', 'h')} ·{' '}
            {deciding.log.description}
          </p>
        )}
        {deciding?.action === 'confirm' ? (
          <Rate value={rating} onChange={setRating} />
        ) : (
          <Input.TextArea
            aria-label={t('退回原因', 'Reason')}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('退回原因', 'Reason')}
          />
        )}
      </Modal>
    </>
  );
}

function StarsTab({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const year = chinaDay().slice(0, 4);
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(`${year}-12-31`);
  const { data, error, loading } = useApiData(
    () => typedClient<paths>(api).get('/volunteer/stars', { query: { from, to, limit: 200 } }),
    [api, from, to],
  );
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      grid: { left: 48, right: 16, top: 16, bottom: 28 },
      xAxis: {
        type: 'category' as const,
        data: (data?.distribution ?? []).map((d) => (d.stars ? '★'.repeat(d.stars) : t('未评星', 'none'))),
      },
      yAxis: { type: 'value' as const, name: t('人', 'members') },
      series: [
        {
          type: 'bar' as const,
          data: (data?.distribution ?? []).map((d) => d.members),
          label: { show: true, position: 'top' as const },
        },
      ],
    }),
    [data, t],
  );
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <DateInput value={from} onChange={(v) => v && setFrom(v)} />~
        <DateInput value={to} onChange={(v) => v && setTo(v)} />
      </Space>
      <ErrorAlert error={error} />
      {data && (
        <>
          <StatCards
            items={[
              { title: t('在职党员', 'In-service members'), value: data.inServiceMembers },
              { title: t('已确认时长', 'Confirmed hours'), value: data.confirmedHours },
              {
                title: t('人均时长', 'Hours per member'),
                value: data.inServiceMembers ? (data.confirmedHours / data.inServiceMembers).toFixed(1) : '—',
              },
              {
                title: t('星级党员', 'Starred members'),
                value: data.distribution.filter((d) => d.stars > 0).reduce((s, d) => s + d.members, 0),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('星级标准（本市配置）', 'Levels (city config)')}：
            {data.levels
              .map(
                (lv) =>
                  `${'★'.repeat(lv.stars)} ≥${lv.minHours}${t('小时', 'h')}${lv.minAverageRating ? `，${t('评价', 'rating')}≥${lv.minAverageRating}` : ''}`,
              )
              .join('；')}
          </Typography.Paragraph>
        </>
      )}
      <Chart option={chart} height={240} testId="chart-star-distribution" />
      <Table<MemberHours>
        rowKey="memberId"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('党员', 'Member'), dataIndex: 'name' },
          { title: t('已确认小时', 'Confirmed hours'), dataIndex: 'hours', align: 'right' },
          { title: t('平均评价', 'Avg rating'), dataIndex: 'averageRating', align: 'right' },
          { title: t('条数', 'Entries'), dataIndex: 'entries', align: 'right' },
          {
            title: t('星级', 'Stars'),
            dataIndex: 'stars',
            render: (v) => <Tag color={v >= 3 ? 'gold' : 'default'}>{stars(v)}</Tag>,
          },
        ]}
      />
    </>
  );
}

function MyHours({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const me = useApiData(() => typed.get('/volunteer/me'), [api]);
  const logs = useApiData(() => typed.get('/volunteer/logs', { query: { pageSize: 50 } }), [api, me.data]);
  const m = me.data;
  return (
    <Section title={t('我的志愿“微小时”', 'My volunteer micro-hours')}>
      <ErrorAlert error={me.error ?? logs.error} />
      {m && (
        <>
          <StatCards
            items={[
              { title: t('已确认时长', 'Confirmed hours'), value: m.hours, testId: 'my-hours' },
              { title: t('待确认时长', 'Awaiting confirmation'), value: m.pendingHours },
              { title: t('平均评价', 'Average rating'), value: m.averageRating ?? '—' },
              { title: t('星级', 'Stars'), value: stars(m.stars), testId: 'my-stars' },
            ]}
          />
          {m.nextLevel && (
            <div style={{ margin: '12px 0' }}>
              {t('距离', 'Towards')} {'★'.repeat(m.nextLevel.stars)}：
              <Progress
                aria-label={t('距下一星级', 'Towards the next star')}
                percent={Math.min(100, Math.round((m.hours / Math.max(1, m.nextLevel.minHours)) * 100))}
                style={{ maxWidth: 360 }}
              />
            </div>
          )}
        </>
      )}
      <div style={{ margin: '16px 0' }}>
        <LogForm api={api} locale={locale} forMember={false} onDone={() => me.reload()} />
      </div>
      <Table<VolunteerLog>
        rowKey="id"
        size="small"
        dataSource={logs.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('日期', 'Date'), dataIndex: 'servedOn' },
          { title: t('内容', 'What'), dataIndex: 'description' },
          { title: t('小时', 'Hours'), dataIndex: 'hours', align: 'right' },
          {
            title: t('状态', 'State'),
            dataIndex: 'status',
            render: (v, r) => (
              <>
                <StatusTag status={v} labels={LOG_STATUS} locale={locale} colors={STATUS_COLORS} />
                {r.rejectReason ?? ''}
              </>
            ),
          },
        ]}
      />
    </Section>
  );
}

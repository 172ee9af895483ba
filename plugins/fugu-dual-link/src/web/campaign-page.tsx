import {
  attempt,
  Chart,
  ErrorAlert,
  errorText,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Card, Col, Empty, Form, Input, Modal, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { CAMPAIGN_STEP_LABELS, CAMPAIGN_STEPS } from '../shared/terms';
import type { paths } from './api.generated';
import type { ChartOption } from './common';

type OrgProgress = ResponseOf<paths, '/campaigns/{id}'>['orgs'][number];

const STATE: Record<OrgProgress['steps'][string]['state'], [string, string, string]> = {
  done: ['green', '按期完成', 'Done'],
  late: ['orange', '逾期完成', 'Done late'],
  overdue: ['red', '逾期未完成', 'Overdue'],
  open: ['default', '进行中', 'Open'],
};

/** 推进工作: 动员部署 → 双向联系 → 开展活动 → 反馈测评 → 总结深化, per org with deadlines, and the 督查组. */
export default function CampaignPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const list = useApiData(() => typed.get('/campaigns'), [api]);
  const [picked, setPicked] = useState<number>();
  const campaignId = picked ?? list.data?.items?.[0]?.id;
  const detail = useApiData(
    () => (campaignId ? typed.get('/campaigns/{id}', { params: { id: campaignId } }) : Promise.resolve(null)),
    [api, campaignId],
  );
  const [creating, setCreating] = useState(false);
  const d = detail.data;
  const option: ChartOption | null = d
    ? {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 16, bottom: 30, top: 36 },
        xAxis: {
          type: 'category',
          data: d.steps.map((s) => `${label(CAMPAIGN_STEP_LABELS, s.step, locale)}\n${s.deadline ?? ''}`),
        },
        yAxis: { type: 'value' },
        series: [
          {
            name: t('按期完成', 'On time'),
            type: 'bar',
            stack: 's',
            data: d.steps.map((s) => s.onTime),
            itemStyle: { color: '#389e0d' },
          },
          {
            name: t('逾期完成', 'Late'),
            type: 'bar',
            stack: 's',
            data: d.steps.map((s) => s.done - s.onTime),
            itemStyle: { color: '#faad14' },
          },
          {
            name: t('逾期未完成', 'Overdue'),
            type: 'bar',
            stack: 's',
            data: d.steps.map((s) => s.overdue),
            itemStyle: { color: '#cf1322' },
          },
          {
            name: t('进行中', 'Open'),
            type: 'bar',
            stack: 's',
            data: d.steps.map((s) => s.total - s.done - s.overdue),
            itemStyle: { color: '#d9d9d9' },
          },
        ],
      }
    : null;
  const markDone = (id: number, orgId: number, step: string) =>
    attempt(
      () => typed.post('/campaigns/{id}/orgs/{orgId}/steps/{step}/done', {}, { params: { id, orgId, step } }),
      {
        ok: t('已报告完成', 'Reported done'),
      },
    ).then((r) => r && detail.reload());
  return (
    <div data-testid="campaign-page">
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('推进工作', 'Campaign')}
          style={{ minWidth: 280 }}
          value={campaignId}
          onChange={setPicked}
          options={(list.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder={t('推进工作', 'Campaign')}
        />
        {city.access === 'city' && (
          <Button data-testid="new-campaign" onClick={() => setCreating(true)}>
            {t('启动新一轮推进', 'Start a campaign')}
          </Button>
        )}
      </Space>
      <ErrorAlert error={list.error ?? detail.error} />
      {!d ? (
        <Empty />
      ) : (
        <>
          <Section
            title={t(
              `${d.name}（${d.startedOn} 启动）：五个步骤的进度`,
              `${d.name} (from ${d.startedOn}): progress per step`,
            )}
          >
            {option && <Chart option={option} height={300} testId="chart-steps" />}
          </Section>
          <Section title={t('督查组', 'Inspection groups')}>
            <Row gutter={16}>
              {d.inspectionGroups.map((g) => (
                <Col xs={24} md={8} key={g.id}>
                  <Card size="small" title={`${g.name} · ${g.centreName}`}>
                    <div style={{ color: 'rgba(0, 0, 0, 0.6)', marginBottom: 8 }}>
                      {t('组长', 'Leader')}：{g.leader}
                    </div>
                    {g.steps.map((s) => (
                      <div key={s.step}>
                        {label(CAMPAIGN_STEP_LABELS, s.step, locale)}：{s.done}/{s.total}
                        {s.overdue ? (
                          <Tag color="red" style={{ marginLeft: 6 }}>
                            {t(`逾期 ${s.overdue}`, `${s.overdue} overdue`)}
                          </Tag>
                        ) : null}
                      </div>
                    ))}
                    {g.records.slice(0, 3).map((r) => (
                      <div key={r.id} style={{ fontSize: 12, marginTop: 6 }}>
                        {r.visitedOn} {r.orgName}：{r.findings}
                      </div>
                    ))}
                  </Card>
                </Col>
              ))}
            </Row>
          </Section>
          <Section title={t('各党组织进度', 'Progress per organization')}>
            <Table
              size="small"
              rowKey="orgId"
              data-testid="campaign-orgs"
              dataSource={d.orgs}
              pagination={{ pageSize: 15 }}
              scroll={{ x: 1000 }}
              columns={[
                { title: t('党组织', 'Organization'), dataIndex: 'orgName', fixed: 'left', width: 220 },
                ...CAMPAIGN_STEPS.map((step) => ({
                  title: label(CAMPAIGN_STEP_LABELS, step, locale),
                  key: step,
                  render: (_: unknown, o: OrgProgress) => {
                    const s = o.steps[step];
                    if (!s) return '—';
                    const [color, zh, en] = STATE[s.state];
                    return s.doneOn ? (
                      <Tag color={color}>{`${t(zh, en)} ${s.doneOn}`}</Tag>
                    ) : (
                      <Space size={2}>
                        <Tag color={color}>{`${t(zh, en)} · ${s.deadline}`}</Tag>
                        <Button
                          size="small"
                          type="link"
                          onClick={() => markDone(d.id, o.orgId, step)}
                          data-testid={`done-${o.orgId}-${step}`}
                        >
                          {t('报告完成', 'Done')}
                        </Button>
                      </Space>
                    );
                  },
                })),
              ]}
            />
          </Section>
        </>
      )}
      {creating && (
        <NewCampaign
          api={api}
          locale={locale}
          onClose={(id) => {
            setCreating(false);
            if (id) {
              list.reload();
              setPicked(id);
            }
          }}
        />
      )}
    </div>
  );
}

function NewCampaign({
  api,
  locale,
  onClose,
}: {
  api: PluginPageProps['api'];
  locale: 'zh-CN' | 'en';
  onClose: (id?: number) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      const r = await typedClient<paths>(api).post('/campaigns', {
        name: v.name,
        startedOn: v.startedOn,
        deadlines: {
          mobilize: v.mobilize,
          link: v.link,
          activities: v.activities,
          feedback: v.feedback,
          summary: v.summary,
        },
      });
      onClose(r.id);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={t('启动推进工作：五个步骤的截止日期', 'Start a campaign: deadlines of the five steps')}
      onCancel={() => onClose()}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="startedOn" label={t('启动日期', 'Start')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        {CAMPAIGN_STEPS.map((s) => (
          <Form.Item
            key={s}
            name={s}
            label={`${label(CAMPAIGN_STEP_LABELS, s, locale)} ${t('截止', 'deadline')}`}
            rules={[{ required: true }]}
          >
            <Input type="date" />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

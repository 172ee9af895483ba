import { ErrorAlert, label, type PluginPageProps, Section, StatusTag, tr, useApiData } from '@jiceng/ui';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Steps,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { LABELS, PIONEER_TAGS } from '../shared/model';
import { certificateUrl, day, STATUS_COLORS, useAction } from './common';

interface Me {
  member: {
    id: number;
    name: string;
    unitName: string | null;
    orgName: string;
    residenceName: string | null;
  } | null;
  period: string;
  rule?: {
    rule: 'residence' | 'co_building';
    residenceCommunity: { id: number; name: string } | null;
    target: { id: number; name: string } | null;
    paired: { id: number; name: string }[];
    problem: 'no_community_org' | 'not_paired' | 'several_paired' | null;
  };
  report?: {
    id: number;
    status: 'online' | 'confirmed';
    communityOrgName: string;
    issuerOrgName: string;
    reportedAt: string;
    certificateNo: string | null;
    confirmedAt: string | null;
  } | null;
  tags?: string[];
  grid?: { name: string } | null;
  teams?: { name: string }[];
  counts?: { claims: number; confirmedRecords: number; pendingRecords: number; hours: number };
}

/** The member's own page: where and how to report, the community's posts and wishes, service records, tags. */
export default function MePage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, reload } = useApiData(() => api.get<Me>('/me'), [api]);
  const action = useAction();
  const [pick, setPick] = useState<number | undefined>();
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  if (!data.member)
    return (
      <Section title={t('我的报到', 'My report')}>
        <Empty description={t('当前账号未关联党员', 'This account is not linked to a party member')} />
      </Section>
    );
  const { rule, report } = data;
  // The community is named by the rule before anything is done; then online, then offline with the certificate.
  const step = !report ? 1 : report.status === 'online' ? 2 : 3;

  const doReport = () =>
    action.run(async () => {
      await api.post('/reports', rule?.problem === 'several_paired' ? { communityOrgId: pick } : {});
      reload();
    });

  return (
    <div data-testid="lrh-me">
      <Section title={`${t('我的报到', 'My report')} · ${data.period}`}>
        <ErrorAlert error={action.error} />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('党员', 'Member')}>{data.member.name}</Descriptions.Item>
          <Descriptions.Item label={t('工作单位', 'Unit')}>{data.member.unitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('居住小区', 'Lives in')}>
            {data.member.residenceName ?? t('不在社区内', 'outside any community')}
          </Descriptions.Item>
        </Descriptions>
        <Steps
          current={step}
          style={{ marginBottom: 16 }}
          items={[
            { title: t('确定报到社区', 'Community named') },
            { title: t('线上报到', 'Reported online') },
            { title: t('持《报到证》线下报到', 'Confirmed with the 报到证') },
          ]}
        />
        <Space direction="vertical" style={{ width: '100%' }}>
          <div>
            {t('报到状态：', 'Status: ')}
            <StatusTag
              labels={LABELS.reportStatus}
              colors={STATUS_COLORS}
              status={report?.status ?? 'not_reported'}
              locale={locale}
              testId="my-report-status"
            />
          </div>
          {rule && (
            <Typography.Text data-testid="my-report-rule">
              {label(LABELS.rule, rule.rule, locale)}
              {rule.target ? ` → ${rule.target.name}` : ''}
            </Typography.Text>
          )}
          {!report && rule?.problem === 'no_community_org' && (
            <Alert
              type="warning"
              showIcon
              title={t(
                '居住社区尚未建立党组织，请联系街道党工委',
                'Your residence community has no party org yet',
              )}
            />
          )}
          {!report && rule?.problem === 'not_paired' && (
            <Alert
              type="warning"
              showIcon
              title={t(
                '所在单位尚未与社区结对共建，请联系单位党组织',
                'Your unit is not paired with a community yet',
              )}
            />
          )}
          {!report && rule?.problem !== 'no_community_org' && rule?.problem !== 'not_paired' && (
            <Space wrap>
              {rule?.problem === 'several_paired' && (
                <Select
                  aria-label={t('单位结对了多个社区，请选择', 'Your unit is paired with several communities')}
                  data-testid="report-community"
                  placeholder={t(
                    '单位结对了多个社区，请选择',
                    'Your unit is paired with several communities',
                  )}
                  style={{ minWidth: 260 }}
                  value={pick}
                  onChange={setPick}
                  options={rule.paired.map((p) => ({ value: p.id, label: p.name }))}
                />
              )}
              <Button
                type="primary"
                data-testid="report-online"
                loading={action.busy}
                onClick={doReport}
                disabled={rule?.problem === 'several_paired' && !pick}
              >
                {t('线上报到', 'Report online')}
              </Button>
            </Space>
          )}
          {report?.status === 'online' && !report.certificateNo && (
            <Alert
              type="info"
              showIcon
              data-testid="awaiting-certificate"
              title={t(
                `已向${report.communityOrgName}线上报到，请联系${report.issuerOrgName}开具《报到证》`,
                `Reported online to ${report.communityOrgName}; ask ${report.issuerOrgName} for the 报到证`,
              )}
            />
          )}
          {report?.certificateNo && report.status === 'online' && (
            <Alert
              type="success"
              showIcon
              data-testid="certificate-issued"
              title={t(
                `《报到证》已开具（${report.certificateNo}），请持证到${report.communityOrgName}完成线下报到`,
                `报到证 ${report.certificateNo} issued: take it to ${report.communityOrgName}`,
              )}
              action={
                <a
                  href={certificateUrl(city.code, report.id)}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="print-certificate"
                >
                  {t('查看/打印', 'View / print')}
                </a>
              }
            />
          )}
          {report?.status === 'confirmed' && (
            <Alert
              type="success"
              showIcon
              data-testid="report-confirmed"
              title={t(
                `${report.communityOrgName}已于 ${day(report.confirmedAt)} 确认报到`,
                `${report.communityOrgName} confirmed your report on ${day(report.confirmedAt)}`,
              )}
            />
          )}
          {(!!data.grid || !!data.teams?.length) && (
            <Typography.Text type="secondary">
              {data.grid ? `${t('网格临时党支部', 'Grid branch')}：${data.grid.name}　` : ''}
              {data.teams?.length
                ? `${t('志愿服务队', 'Volunteer teams')}：${data.teams.map((x) => x.name).join('、')}`
                : ''}
            </Typography.Text>
          )}
        </Space>
      </Section>
      <TagsSection
        api={api}
        locale={locale}
        memberId={data.member.id}
        tags={data.tags ?? []}
        onSaved={reload}
      />
      {report ? (
        <ServiceSection api={api} locale={locale} counts={data.counts!} onChanged={reload} />
      ) : (
        <Section title={t('社区服务', 'Community service')}>
          <Empty
            description={t(
              '报到后可认领社区发布的服务岗位、结对帮扶和微心愿',
              'Report first to claim the community’s posts, pairing needs and wishes',
            )}
          />
        </Section>
      )}
    </div>
  );
}

function TagsSection({
  api,
  locale,
  memberId,
  tags,
  onSaved,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  memberId: number;
  tags: string[];
  onSaved: () => void;
}) {
  const t = tr(locale);
  const [value, setValue] = useState<string[]>(tags);
  const action = useAction();
  return (
    <Section title={t('争当"五个先锋"', 'The "five pioneers"')}>
      <ErrorAlert error={action.error} />
      <Space wrap>
        <Checkbox.Group
          data-testid="pioneer-tags"
          value={value}
          onChange={(v) => setValue(v as string[])}
          options={PIONEER_TAGS.map((k) => ({ value: k, label: label(LABELS.tag, k, locale) }))}
        />
        <Button
          data-testid="save-tags"
          loading={action.busy}
          onClick={() =>
            action.run(async () => {
              await api.put(`/members/${memberId}/tags`, { tags: value });
              onSaved();
            })
          }
        >
          {t('保存', 'Save')}
        </Button>
      </Space>
    </Section>
  );
}

function ServiceSection({
  api,
  locale,
  counts,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  counts: NonNullable<Me['counts']>;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [tick, setTick] = useState(0);
  const posts = useApiData(() => api.get<{ items: any[] }>('/posts', { status: 'open' }), [api, tick]);
  const wishes = useApiData(() => api.get<{ items: any[] }>('/wishes'), [api, tick]);
  const pairings = useApiData(() => api.get<{ items: any[] }>('/pairings'), [api, tick]);
  const claims = useApiData(() => api.get<{ items: any[] }>('/claims'), [api, tick]);
  const records = useApiData(() => api.get<{ items: any[] }>('/records', { pageSize: 50 }), [api, tick]);
  const action = useAction();
  const [form] = Form.useForm();
  const refresh = () => {
    setTick((x) => x + 1);
    onChanged();
  };
  const claim = (path: string) =>
    action.run(async () => {
      await api.post(path, {});
      refresh();
    });

  return (
    <Section title={t('社区服务', 'Community service')}>
      <ErrorAlert error={action.error} />
      <Typography.Paragraph type="secondary" data-testid="my-counts">
        {t(
          `已认领 ${counts.claims} 项 · 已确认服务 ${counts.confirmedRecords} 次（${counts.hours} 小时）· 待确认 ${counts.pendingRecords} 次`,
          `${counts.claims} claimed · ${counts.confirmedRecords} services confirmed (${counts.hours} h) · ${counts.pendingRecords} awaiting`,
        )}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'posts',
            label: t('服务岗位', 'Service posts'),
            children: (
              <Table
                rowKey="id"
                size="small"
                data-testid="my-posts"
                dataSource={posts.data?.items ?? []}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t('岗位', 'Post'), dataIndex: 'title' },
                  {
                    title: t('方式', 'Mode'),
                    dataIndex: 'mode',
                    render: (m) => label(LABELS.mode, m, locale),
                  },
                  {
                    title: t('已认领', 'Claimed'),
                    render: (_, p) => (p.capacity ? `${p.claims}/${p.capacity}` : p.claims),
                  },
                  {
                    title: '',
                    render: (_, p) =>
                      p.mine ? (
                        <Tag color="green">{t('已认领', 'Claimed')}</Tag>
                      ) : (
                        <Button
                          size="small"
                          data-testid={`claim-post-${p.id}`}
                          onClick={() => claim(`/posts/${p.id}/claim`)}
                        >
                          {t('认领', 'Claim')}
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'wishes',
            label: t('微心愿', 'Micro-wishes'),
            children: (
              <Table
                rowKey="id"
                size="small"
                dataSource={wishes.data?.items ?? []}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t('心愿', 'Wish'), dataIndex: 'content' },
                  { title: t('居民', 'Resident'), dataIndex: 'beneficiary' },
                  {
                    title: t('状态', 'Status'),
                    dataIndex: 'status',
                    render: (s) => (
                      <StatusTag
                        labels={LABELS.wishStatus}
                        colors={STATUS_COLORS}
                        status={s}
                        locale={locale}
                      />
                    ),
                  },
                  {
                    title: '',
                    render: (_, w) =>
                      w.status === 'open' ? (
                        <Button
                          size="small"
                          data-testid={`claim-wish-${w.id}`}
                          onClick={() => claim(`/wishes/${w.id}/claim`)}
                        >
                          {t('认领', 'Claim')}
                        </Button>
                      ) : (
                        w.claimedByName
                      ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'pairings',
            label: t('结对帮扶', 'Pairing needs'),
            children: (
              <Table
                rowKey="id"
                size="small"
                dataSource={pairings.data?.items ?? []}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t('需求', 'Need'), dataIndex: 'need' },
                  { title: t('对象', 'Beneficiary'), dataIndex: 'beneficiary' },
                  {
                    title: t('状态', 'Status'),
                    dataIndex: 'status',
                    render: (s) => (
                      <StatusTag
                        labels={LABELS.pairingStatus}
                        colors={STATUS_COLORS}
                        status={s}
                        locale={locale}
                      />
                    ),
                  },
                  {
                    title: '',
                    render: (_, p) =>
                      p.status === 'open' ? (
                        <Button size="small" onClick={() => claim(`/pairings/${p.id}/claim`)}>
                          {t('结对', 'Pair')}
                        </Button>
                      ) : (
                        p.claimedByName
                      ),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      <Row gutter={24}>
        <Col xs={24} lg={10}>
          <Typography.Title level={5}>
            {t('提交线下服务（服务记实）', 'Submit an offline service')}
          </Typography.Title>
          <Form
            form={form}
            layout="vertical"
            data-testid="record-form"
            onFinish={(v) =>
              action.run(async () => {
                await api.post('/records', { ...v, claimId: v.claimId ?? null, hours: Number(v.hours) });
                form.resetFields();
                refresh();
              })
            }
          >
            <Form.Item name="claimId" label={t('对应认领（可选）', 'For a claim (optional)')}>
              <Select
                allowClear
                options={(claims.data?.items ?? []).map((k) => ({
                  value: k.id,
                  label: `${label(LABELS.claimKind, k.kind, locale)}：${k.title}`,
                }))}
              />
            </Form.Item>
            <Form.Item name="servedOn" label={t('服务日期', 'Date')} rules={[{ required: true }]}>
              <Input type="date" data-testid="record-date" />
            </Form.Item>
            <Form.Item name="hours" label={t('时长（小时）', 'Hours')} rules={[{ required: true }]}>
              <InputNumber min={0.5} max={24} step={0.5} data-testid="record-hours" />
            </Form.Item>
            <Form.Item name="content" label={t('服务内容', 'What was done')} rules={[{ required: true }]}>
              <Input data-testid="record-content" />
            </Form.Item>
            <Form.Item
              name="beneficiary"
              label={t('服务对象或组织者', 'Beneficiary or organizer')}
              rules={[{ required: true }]}
            >
              <Input data-testid="record-beneficiary" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={action.busy} data-testid="record-submit">
              {t('提交社区党组织确认', 'Submit for confirmation')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} lg={14}>
          <Typography.Title level={5}>{t('我的服务记录', 'My service records')}</Typography.Title>
          <Table
            rowKey="id"
            size="small"
            data-testid="my-records"
            dataSource={records.data?.items ?? []}
            pagination={{ pageSize: 8 }}
            columns={[
              { title: t('日期', 'Date'), dataIndex: 'servedOn' },
              { title: t('内容', 'What'), dataIndex: 'content' },
              { title: t('小时', 'Hours'), dataIndex: 'hours' },
              {
                title: t('状态', 'Status'),
                dataIndex: 'status',
                render: (s) => (
                  <StatusTag labels={LABELS.recordStatus} colors={STATUS_COLORS} status={s} locale={locale} />
                ),
              },
              { title: t('核实', 'Checked with'), render: (_, r) => r.verifiedWith ?? r.reviewNote ?? '' },
            ]}
          />
        </Col>
      </Row>
    </Section>
  );
}

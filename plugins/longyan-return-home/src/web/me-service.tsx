import {
  ErrorAlert,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Col, Form, Input, InputNumber, Row, Select, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { LABELS } from '../shared/model';
import type { paths } from './api.generated';
import { STATUS_COLORS } from './common';

/** What the member has done so far (the /me answer's `counts`). */
type ServiceCounts = NonNullable<ResponseOf<paths, '/me'>['counts']>;

/** The member's service: open posts and wishes to claim, pairings, claims and service records to log. */
export function ServiceSection({
  api,
  locale,
  counts,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  counts: ServiceCounts;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [tick, setTick] = useState(0);
  const typed = typedClient<paths>(api);
  const posts = useApiData(() => typed.get('/posts', { query: { status: 'open' } }), [typed, tick]);
  const wishes = useApiData(() => typed.get('/wishes'), [typed, tick]);
  const pairings = useApiData(() => typed.get('/pairings'), [typed, tick]);
  const claims = useApiData(() => typed.get('/claims'), [typed, tick]);
  const records = useApiData(() => typed.get('/records', { query: { pageSize: 50 } }), [typed, tick]);
  const action = useSubmit();
  const [form] = Form.useForm();
  const refresh = () => {
    setTick((x) => x + 1);
    onChanged();
  };
  /** Claims a post, a wish or a pairing need for the member (an empty body: the member is the caller). */
  const claim = (kind: 'posts' | 'wishes' | 'pairings', id: number) =>
    action.run(async () => {
      const params = { params: { id } };
      if (kind === 'posts') await typed.post('/posts/{id}/claim', {}, params);
      else if (kind === 'wishes') await typed.post('/wishes/{id}/claim', {}, params);
      else await typed.post('/pairings/{id}/claim', {}, params);
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
                          onClick={() => claim('posts', p.id)}
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
                          onClick={() => claim('wishes', w.id)}
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
                        <Button size="small" onClick={() => claim('pairings', p.id)}>
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
                await typed.post('/records', { ...v, claimId: v.claimId ?? null, hours: Number(v.hours) });
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

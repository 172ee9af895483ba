import {
  type BodyOf,
  ErrorAlert,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import {
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { LABELS, PROJECT_CATEGORIES } from '../shared/model';
import { EndPairButton, PairActions, PairModal } from './co-building-pairs';
import type { paths } from './api.generated';
import type { DataAttributes } from './common';

type LinkRow = ResponseOf<paths, '/co-building/links'>['items'][number];
type ProjectRow = ResponseOf<paths, '/co-building/links/{id}'>['projects'][number];

/** 结对共建: unit ↔ community pairs with their agreement, collective activities and projects. */
export default function CoBuildingPage({ api, cityApi, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const [tick, setTick] = useState(0);
  const [ended, setEnded] = useState(false);
  const typed = typedClient<paths>(api);
  const { data, error, loading } = useApiData(
    () => typed.get('/co-building/links', { query: ended ? { ended: 'true' } : undefined }),
    [typed, tick, ended],
  );
  // null: closed; 'new': a new pair; a row: change that pair's community.
  const [editing, setEditing] = useState<'new' | LinkRow | null>(null);
  const [actionError, setActionError] = useState<unknown>();
  const reload = () => {
    setActionError(undefined);
    setTick((x) => x + 1);
  };
  const manages = city.access !== 'self';
  const [open, setOpen] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const items = (data?.items ?? []).filter(
    (l) => !q || `${l.unitName}${l.unitOrgName}${l.communityOrgName}`.includes(q),
  );
  return (
    <div data-testid="co-building-page">
      <Section
        title={t('结对共建', 'Co-building pairs')}
        extra={
          <Space wrap>
            <Input.Search
              aria-label={t('单位或社区', 'Unit or community')}
              allowClear
              placeholder={t('单位或社区', 'Unit or community')}
              onSearch={setQ}
              style={{ width: 220 }}
            />
            <Space size={4}>
              <Switch
                size="small"
                aria-label={t('已结束的结对', 'Ended pairs')}
                checked={ended}
                onChange={setEnded}
                data-testid="pairs-ended"
              />
              {t('已结束的结对', 'Ended pairs')}
            </Space>
            {manages && (
              <Button type="primary" onClick={() => setEditing('new')} data-testid="pair-new">
                {t('新建结对', 'New pair')}
              </Button>
            )}
          </Space>
        }
      >
        <ErrorAlert error={error ?? actionError} />
        {data && (
          <StatCards
            items={[
              { title: t('结对单位', 'Pairs'), value: data.totals.pairs },
              { title: t('共建协议', 'Agreements'), value: data.totals.agreements },
              { title: t('集体活动', 'Activities'), value: data.totals.activities },
              {
                title: t('共建项目 启动/完成', 'Projects started/completed'),
                value: `${data.totals.projectsStarted}/${data.totals.projectsCompleted}`,
              },
            ]}
          />
        )}
        <Table<LinkRow>
          style={{ marginTop: 16 }}
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={items}
          scroll={{ x: 'max-content' }}
          onRow={(l): HTMLAttributes<HTMLElement> & DataAttributes => ({
            'data-testid': 'pair-row',
            'data-unit': l.unitName ?? l.unitOrgName,
          })}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          columns={[
            { title: t('单位', 'Unit'), render: (_, l) => l.unitName ?? l.unitOrgName },
            { title: t('结对社区', 'Community'), dataIndex: 'communityOrgName' },
            {
              title: ended ? t('结对期间', 'Paired') : t('结对日期', 'Since'),
              render: (_, l) => (ended ? `${l.since ?? '—'} ~ ${l.until}` : (l.since ?? '—')),
            },
            {
              title: t('协议', 'Agreement'),
              dataIndex: 'agreementSignedOn',
              render: (d) => (d ? <Tag color="green">{d}</Tag> : <Tag>{t('未签', 'none')}</Tag>),
            },
            { title: t('活动', 'Activities'), dataIndex: 'activities' },
            {
              title: t('项目 启动/完成', 'Projects'),
              render: (_, l) => `${l.projectsStarted}/${l.projectsCompleted}`,
            },
            {
              title: '',
              render: (_, l) => (
                <PairActions>
                  <Button size="small" onClick={() => setOpen(l.id)}>
                    {t('详情', 'Details')}
                  </Button>
                  {manages && !l.until && (
                    <>
                      <Button size="small" onClick={() => setEditing(l)} data-testid={`pair-change-${l.id}`}>
                        {t('更换社区', 'Change')}
                      </Button>
                      <EndPairButton
                        api={api}
                        locale={locale}
                        id={l.id}
                        onEnded={reload}
                        onError={setActionError}
                      />
                    </>
                  )}
                </PairActions>
              ),
            },
          ]}
        />
      </Section>
      {editing && (
        <PairModal
          api={api}
          cityApi={cityApi}
          locale={locale}
          pair={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      {open && (
        <LinkDrawer
          api={api}
          locale={locale}
          id={open}
          onClose={() => {
            setOpen(null);
            setTick((x) => x + 1);
          }}
        />
      )}
    </div>
  );
}

function LinkDrawer({
  api,
  locale,
  id,
  onClose,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  id: number;
  onClose: () => void;
}) {
  const t = tr(locale);
  const [tick, setTick] = useState(0);
  const typed = typedClient<paths>(api);
  const params = { params: { id } };
  const { data, error } = useApiData(() => typed.get('/co-building/links/{id}', params), [typed, id, tick]);
  const action = useSubmit();
  const [agreement] = Form.useForm<BodyOf<paths, '/co-building/links/{id}/agreement', 'put'>>();
  const [activity] = Form.useForm<BodyOf<paths, '/co-building/links/{id}/activities', 'post'>>();
  const [project] = Form.useForm<BodyOf<paths, '/co-building/links/{id}/projects', 'post'>>();
  const [completing, setCompleting] = useState<Record<number, string>>({});
  const today = new Date().toISOString().slice(0, 10);
  const done = () => setTick((x) => x + 1);
  return (
    <Drawer
      open
      width={640}
      onClose={onClose}
      title={data ? `${data.unitName ?? data.unitOrgName} ↔ ${data.communityOrgName}` : ''}
    >
      <ErrorAlert error={error ?? action.error} />
      {data && (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <div>
            <Typography.Title level={5}>{t('共建协议', 'Agreement')}</Typography.Title>
            {data.agreement && (
              <Typography.Paragraph>
                {data.agreement.signedOn} · {data.agreement.content}
              </Typography.Paragraph>
            )}
            <Form
              form={agreement}
              layout="inline"
              initialValues={{
                signedOn: data.agreement?.signedOn ?? today,
                content: data.agreement?.content ?? '',
              }}
              onFinish={(v) =>
                action.run(async () => {
                  await typed.put('/co-building/links/{id}/agreement', v, params);
                  done();
                })
              }
            >
              <Form.Item name="signedOn" rules={[{ required: true }]}>
                <Input aria-label={t('签订日期', 'Signed on')} type="date" />
              </Form.Item>
              <Form.Item name="content" rules={[{ required: true }]}>
                <Input
                  aria-label={t('协议内容', 'Content')}
                  placeholder={t('协议内容', 'Content')}
                  style={{ width: 260 }}
                />
              </Form.Item>
              <Button htmlType="submit">{data.agreement ? t('修订', 'Amend') : t('签订', 'Sign')}</Button>
            </Form>
          </div>
          <div>
            <Typography.Title level={5}>{t('集体活动', 'Collective activities')}</Typography.Title>
            <Form
              form={activity}
              layout="inline"
              initialValues={{ heldOn: today, participants: 20 }}
              onFinish={(v) =>
                action.run(async () => {
                  await typed.post('/co-building/links/{id}/activities', v, params);
                  activity.resetFields();
                  done();
                })
              }
            >
              <Form.Item name="heldOn" rules={[{ required: true }]}>
                <Input aria-label={t('活动日期', 'Held on')} type="date" />
              </Form.Item>
              <Form.Item name="title" rules={[{ required: true }]}>
                <Input aria-label={t('活动', 'Activity')} placeholder={t('活动', 'Activity')} />
              </Form.Item>
              <Form.Item name="participants">
                <InputNumber aria-label={t('参加人数', 'Participants')} min={0} />
              </Form.Item>
              <Button htmlType="submit">{t('记录', 'Record')}</Button>
            </Form>
            <List
              size="small"
              dataSource={data.activities}
              renderItem={(a) => (
                <List.Item>{`${a.heldOn} · ${a.title} · ${a.participants}${t('人', ' people')}`}</List.Item>
              )}
            />
          </div>
          <div>
            <Typography.Title level={5}>{t('共建项目', 'Projects')}</Typography.Title>
            <Form
              form={project}
              layout="inline"
              initialValues={{ startedOn: today, category: 'venue' }}
              onFinish={(v) =>
                action.run(async () => {
                  await typed.post('/co-building/links/{id}/projects', v, params);
                  project.resetFields();
                  done();
                })
              }
            >
              <Form.Item name="title" rules={[{ required: true }]}>
                <Input aria-label={t('项目', 'Project')} placeholder={t('项目', 'Project')} />
              </Form.Item>
              <Form.Item name="category">
                <Select
                  aria-label={t('类别', 'Category')}
                  style={{ width: 100 }}
                  options={PROJECT_CATEGORIES.map((c) => ({
                    value: c,
                    label: label(LABELS.category, c, locale),
                  }))}
                />
              </Form.Item>
              <Form.Item name="startedOn" rules={[{ required: true }]}>
                <Input aria-label={t('开始日期', 'Started on')} type="date" />
              </Form.Item>
              <Button htmlType="submit">{t('启动', 'Start')}</Button>
            </Form>
            <Table<ProjectRow>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.projects}
              columns={[
                { title: t('项目', 'Project'), dataIndex: 'title' },
                {
                  title: t('类别', 'Kind'),
                  dataIndex: 'category',
                  render: (c) => label(LABELS.category, c, locale),
                },
                { title: t('启动', 'Started'), dataIndex: 'startedOn' },
                {
                  title: t('完成', 'Completed'),
                  render: (_, p) =>
                    p.completedOn ?? (
                      <Space>
                        <Input
                          aria-label={t('完成日期', 'Completed on')}
                          type="date"
                          size="small"
                          value={completing[p.id] ?? today}
                          onChange={(e) => setCompleting((c) => ({ ...c, [p.id]: e.target.value }))}
                        />
                        <Button
                          size="small"
                          onClick={() =>
                            action.run(async () => {
                              await typed.post(
                                '/co-building/projects/{id}/complete',
                                { completedOn: completing[p.id] ?? today },
                                { params: { id: p.id } },
                              );
                              done();
                            })
                          }
                        >
                          {t('完成', 'Complete')}
                        </Button>
                      </Space>
                    ),
                },
              ]}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}

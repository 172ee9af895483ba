import {
  type ApiClient,
  type BodyOf,
  Chart,
  chinaDay,
  ErrorAlert,
  FormDialog,
  type Locale,
  label,
  type PluginPageProps,
  tr,
  typedClient,
  useApiData,
  useSubmit,
  validValues,
} from '@jiceng/ui';
import { Button, Drawer, Form, Input, Radio, Select, Space, Table, Timeline } from 'antd';
import { useMemo, useState } from 'react';
import { CAREER_STEP_LABELS, POST_CHAIN, TITLE_CHAIN } from '../../shared/terms';
import type { paths } from '../api.generated';
import { DateInput, GridSelect } from '../common';
import type { WorkerRow } from './types';

type NewWorker = BodyOf<paths, '/workers', 'post'>;
type NewStep = BodyOf<paths, '/workers/{id}/steps', 'post'>;

export function WorkersTab({ api, locale }: PluginPageProps) {
  const t = useMemo(() => tr(locale), [locale]);
  const typed = typedClient<paths>(api);
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/workers', { query: { q } }),
    [api, q],
  );
  const careers = useApiData(() => typed.get('/workers/careers'), [api, data]);
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<NewWorker>();
  const create = useSubmit(() => {
    setCreating(false);
    form.resetFields();
    reload();
  });
  const chart = useMemo(() => {
    const c = careers.data;
    const bars = (steps: readonly string[], counts: { step: string; count: number }[] | undefined) =>
      steps.map((s) => ({
        name: CAREER_STEP_LABELS[s]![locale],
        value: counts?.find((x) => x.step === s)?.count ?? 0,
      }));
    return {
      tooltip: { trigger: 'axis' as const },
      grid: [
        { left: 130, right: '55%', top: 30, bottom: 20 },
        { left: '62%', right: 20, top: 30, bottom: 20 },
      ],
      title: [
        { text: t('职务培养链', 'Post chain'), left: 10, textStyle: { fontSize: 13 } },
        { text: t('职称培养链', 'Title chain'), left: '52%', textStyle: { fontSize: 13 } },
      ],
      xAxis: [
        { type: 'value' as const, gridIndex: 0 },
        { type: 'value' as const, gridIndex: 1 },
      ],
      yAxis: [
        { type: 'category' as const, gridIndex: 0, data: bars(POST_CHAIN, c?.post).map((b) => b.name) },
        { type: 'category' as const, gridIndex: 1, data: bars(TITLE_CHAIN, c?.title).map((b) => b.name) },
      ],
      series: [
        {
          type: 'bar' as const,
          xAxisIndex: 0,
          yAxisIndex: 0,
          data: bars(POST_CHAIN, c?.post).map((b) => b.value),
          label: { show: true, position: 'right' as const },
        },
        {
          type: 'bar' as const,
          xAxisIndex: 1,
          yAxisIndex: 1,
          data: bars(TITLE_CHAIN, c?.title).map((b) => b.value),
          label: { show: true, position: 'right' as const },
        },
      ],
    };
  }, [careers.data, locale, t]);
  return (
    <>
      <Chart option={chart} height={260} testId="chart-careers" />
      <Space style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('姓名或网格', 'Name or grid')}
          allowClear
          placeholder={t('姓名或网格', 'Name or grid')}
          onSearch={setQ}
          style={{ width: 220 }}
        />
        <Button onClick={() => setCreating(true)}>{t('登记网格工作者', 'Add a grid worker')}</Button>
      </Space>
      <ErrorAlert error={error} />
      <Table<WorkerRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: t('姓名', 'Name'),
            dataIndex: 'name',
            render: (v, r) => (
              <Button type="link" size="small" onClick={() => setOpen(r.id)}>
                {v}
              </Button>
            ),
          },
          { title: t('所在组织', 'Posted at'), dataIndex: 'orgName' },
          {
            title: t('现任职务', 'Post'),
            dataIndex: 'post',
            render: (v, r) => (v ? `${label(CAREER_STEP_LABELS, v, locale)}（${r.postSince}）` : '—'),
          },
          {
            title: t('现有职称', 'Title'),
            dataIndex: 'title',
            render: (v, r) => (v ? `${label(CAREER_STEP_LABELS, v, locale)}（${r.titleSince}）` : '—'),
          },
          { title: t('入职', 'Hired'), dataIndex: 'hiredOn' },
        ]}
      />
      <FormDialog
        open={creating}
        title={t('登记网格工作者', 'Add a grid worker')}
        form={form}
        submit={create}
        onCancel={() => setCreating(false)}
        initialValues={{ gender: 'female', hiredOn: chinaDay() }}
        onValues={async (v) => {
          await create.run(() => typed.post('/workers', { ...v, phone: v.phone || null }));
        }}
      >
        <Form.Item<NewWorker> name="name" label={t('姓名', 'Name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item<NewWorker> name="gender" label={t('性别', 'Gender')}>
          <Radio.Group
            options={[
              { value: 'female', label: t('女', 'Female') },
              { value: 'male', label: t('男', 'Male') },
            ]}
          />
        </Form.Item>
        <Form.Item<NewWorker> name="phone" label={t('电话', 'Phone')}>
          <Input />
        </Form.Item>
        <Form.Item<NewWorker> name="orgId" label={t('所在网格', 'Grid')} rules={[{ required: true }]}>
          <GridSelect api={api} />
        </Form.Item>
        <Form.Item<NewWorker> name="hiredOn" label={t('入职日期', 'Hired on')} rules={[{ required: true }]}>
          <DateInput />
        </Form.Item>
      </FormDialog>
      <WorkerDrawer api={api} locale={locale} id={open} onClose={() => setOpen(null)} onChanged={reload} />
    </>
  );
}

function WorkerDrawer({
  api,
  locale,
  id,
  onClose,
  onChanged,
}: {
  api: ApiClient;
  locale: Locale;
  id: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const { data, error, reload } = useApiData(
    () => (id ? typed.get('/workers/{id}', { params: { id } }) : Promise.resolve(undefined)),
    [api, id],
  );
  const [form] = Form.useForm<NewStep>();
  const chain = Form.useWatch('chain', form) ?? 'post';
  const add = useSubmit(() => {
    form.resetFields();
    reload();
    onChanged();
  });
  return (
    <Drawer open={id != null} onClose={onClose} title={data?.name}>
      <ErrorAlert error={error ?? add.error} />
      {data && (
        <>
          <p>
            {data.orgName} · {t('入职', 'hired')} {data.hiredOn}
          </p>
          <Timeline
            items={data.steps.map((s) => ({
              key: s.id,
              color: s.chain === 'post' ? 'blue' : 'green',
              title: s.startedOn,
              content: `${s.chain === 'post' ? t('职务', 'Post') : t('职称', 'Title')}：${label(CAREER_STEP_LABELS, s.step, locale)}`,
            }))}
          />
          <h4>{t('记录晋升', 'Record a step up')}</h4>
          <Form form={form} layout="vertical" initialValues={{ chain: 'post', startedOn: chinaDay() }}>
            <Form.Item<NewStep> name="chain">
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'post', label: t('职务链', 'Post chain') },
                  { value: 'title', label: t('职称链', 'Title chain') },
                ]}
              />
            </Form.Item>
            <Form.Item<NewStep> name="step" label={t('岗位/职称', 'Step')} rules={[{ required: true }]}>
              <Select
                options={(chain === 'post' ? POST_CHAIN : TITLE_CHAIN).map((s) => ({
                  value: s,
                  label: CAREER_STEP_LABELS[s]![locale],
                }))}
              />
            </Form.Item>
            <Form.Item<NewStep> name="startedOn" label={t('日期', 'Date')} rules={[{ required: true }]}>
              <DateInput />
            </Form.Item>
            <Button
              type="primary"
              loading={add.busy}
              onClick={async () => {
                const v = await validValues(form);
                if (!v) return;
                await add.run(() => typed.post('/workers/{id}/steps', v, { params: { id: id! } }));
              }}
            >
              {t('保存', 'Save')}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}

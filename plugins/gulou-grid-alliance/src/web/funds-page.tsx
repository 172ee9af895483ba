import {
  type BodyOf,
  chinaDay,
  ErrorAlert,
  FormDialog,
  optionsOf,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatCards,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Form, Input, InputNumber, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { FUND_SOURCE_LABELS, FUND_SOURCES } from '../shared/terms';
import type { paths } from './api.generated';
import { DateInput, GridSelect, UnitSelect } from './common';

/** A grid branch's funds for the year (`/funds`). */
type FundRow = ResponseOf<paths, '/funds'>['items'][number];
type NewFunds = BodyOf<paths, '/funds', 'post'>;

export default function FundsPage({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const thisYear = Number(chinaDay().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const typed = typedClient<paths>(api);
  const [filter, setFilter] = useState<'all' | 'true' | 'false'>('all');
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/funds', { query: { year, belowFloor: filter === 'all' ? undefined : filter } }),
    [api, year, filter],
  );
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<NewFunds>();
  const source = Form.useWatch('source', form);
  const save = useSubmit(() => {
    setAdding(false);
    form.resetFields();
    reload();
  });
  return (
    <Section
      title={t('网格党支部专项党建经费', 'Grid branch party-building funds')}
      extra={
        <Space>
          <Select
            aria-label={t('年度', 'Year')}
            value={year}
            onChange={setYear}
            options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({
              value: y,
              label: `${y}`,
            }))}
          />
          <Button onClick={() => setAdding(true)}>{t('登记经费', 'Record funds')}</Button>
        </Space>
      }
    >
      <ErrorAlert error={error} />
      {data && (
        <StatCards
          items={[
            { title: t('保障线（元/年）', 'Floor (yuan/year)'), value: data.floor },
            {
              title: t('达标网格党支部', 'Branches at the floor'),
              value: `${data.meetingFloor}/${data.grids}`,
              testId: 'funds-meeting',
            },
            { title: t('低于保障线', 'Below the floor'), value: data.belowFloor, testId: 'funds-below' },
            { title: t('经费合计（元）', 'Total (yuan)'), value: data.total },
          ]}
        />
      )}
      <Space style={{ margin: '16px 0' }}>
        <Radio.Group
          optionType="button"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          options={[
            { value: 'all', label: t('全部', 'All') },
            { value: 'true', label: t('低于保障线', 'Below floor') },
            { value: 'false', label: t('已达标', 'At the floor') },
          ]}
        />
        {data && (
          <span>
            {FUND_SOURCES.map((s) => `${FUND_SOURCE_LABELS[s][locale]} ${data.bySource[s]}`).join(' · ')}
          </span>
        )}
      </Space>
      <Table<FundRow>
        rowKey="gridOrgId"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('社区', 'Community'), dataIndex: 'communityName' },
          { title: t('网格党支部', 'Grid branch'), dataIndex: 'gridName' },
          { title: t('财政', 'Budget'), render: (_, r) => r.bySource.fiscal, align: 'right' },
          { title: t('共建单位', 'Co-building'), render: (_, r) => r.bySource.co_building, align: 'right' },
          { title: t('社会捐赠', 'Donations'), render: (_, r) => r.bySource.donation, align: 'right' },
          {
            title: t('合计', 'Total'),
            dataIndex: 'total',
            align: 'right',
            sorter: (a, b) => a.total - b.total,
          },
          {
            title: '',
            dataIndex: 'meetsFloor',
            render: (v, r) =>
              v ? (
                <Tag color="success">{t('达标', 'OK')}</Tag>
              ) : (
                <Tag color="error">{`${t('差', 'short by')} ${r.shortfall}`}</Tag>
              ),
          },
        ]}
      />
      <FormDialog
        open={adding}
        title={t('登记网格党支部经费', 'Record funds for a grid branch')}
        form={form}
        submit={save}
        onCancel={() => setAdding(false)}
        onValues={(v) =>
          save.run(() => typed.post('/funds', { ...v, unitId: v.unitId ?? null, note: v.note || null }))
        }
        initialValues={{ year, source: 'fiscal', receivedOn: chinaDay() }}
      >
        <Form.Item<NewFunds>
          name="gridOrgId"
          label={t('网格党支部', 'Grid branch')}
          rules={[{ required: true }]}
        >
          <GridSelect api={api} />
        </Form.Item>
        <Space>
          <Form.Item<NewFunds> name="year" label={t('经费年度', 'Year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item<NewFunds>
            name="amount"
            label={t('金额（元）', 'Amount (yuan)')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0.01} step={100} />
          </Form.Item>
          <Form.Item<NewFunds>
            name="receivedOn"
            label={t('到账日期', 'Received')}
            rules={[{ required: true }]}
          >
            <DateInput />
          </Form.Item>
        </Space>
        <Form.Item<NewFunds> name="source" label={t('来源', 'Source')}>
          <Radio.Group options={optionsOf(FUND_SOURCE_LABELS, locale)} />
        </Form.Item>
        {source === 'co_building' && (
          <Form.Item<NewFunds>
            name="unitId"
            label={t('共建单位', 'Co-building unit')}
            rules={[{ required: true }]}
          >
            <UnitSelect cityApi={cityApi} />
          </Form.Item>
        )}
        <Form.Item<NewFunds> name="note" label={t('备注', 'Note')}>
          <Input />
        </Form.Item>
      </FormDialog>
    </Section>
  );
}

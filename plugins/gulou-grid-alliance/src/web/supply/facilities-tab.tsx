import {
  ActionButton,
  type BodyOf,
  ErrorAlert,
  FormDialog,
  type Locale,
  label,
  optionsOf,
  type PluginPageProps,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { FACILITY_KIND_LABELS } from '../../shared/terms';
import type { paths } from '../api.generated';
import { UnitSelect } from '../common';
import type { Facility, FacilityKind } from './types';

/** The facility dialog's fields: the open days ticked (0 Monday … 6 Sunday), sent as a '1111100' mask. */
type NewFacilityFields = Omit<BodyOf<paths, '/facilities', 'post'>, 'days'> & { days: number[] };

const DAYS_ZH = '一二三四五六日';
const DAYS_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function daysText(days: string, locale: Locale) {
  if (days === '1111111') return locale === 'zh-CN' ? '每天' : 'Daily';
  if (days === '1111100') return locale === 'zh-CN' ? '工作日' : 'Weekdays';
  return [...days]
    .map((d, i) => (d === '1' ? (locale === 'zh-CN' ? `周${DAYS_ZH[i]}` : DAYS_EN[i]) : null))
    .filter(Boolean)
    .join(locale === 'zh-CN' ? '、' : ', ');
}

export function FacilitiesTab({ api, cityApi, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [kind, setKind] = useState<FacilityKind>();
  const [openNow, setOpenNow] = useState(false);
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/facilities', { query: { kind, openNow: openNow ? 'true' : undefined } }),
    [api, kind, openNow],
  );
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<NewFacilityFields>();
  const add = useSubmit(() => {
    setAdding(false);
    form.resetFields();
    reload();
  });
  const act = useSubmit(reload);
  const admin = city.access !== 'self';
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('类型', 'Kind')}
          allowClear
          style={{ width: 140 }}
          value={kind}
          onChange={setKind}
          options={optionsOf(FACILITY_KIND_LABELS, locale)}
          placeholder={t('类型', 'Kind')}
        />
        <Checkbox
          checked={openNow}
          onChange={(e) => setOpenNow(e.target.checked)}
          data-testid="facility-open-now"
        >
          {t('现在开放', 'Open now')}
        </Checkbox>
        {admin && <Button onClick={() => setAdding(true)}>{t('登记开放设施', 'Add a facility')}</Button>}
      </Space>
      <ErrorAlert error={error ?? act.error} />
      <Table<Facility>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('设施', 'Facility'), dataIndex: 'name' },
          {
            title: t('类型', 'Kind'),
            dataIndex: 'kind',
            render: (v) => label(FACILITY_KIND_LABELS, v, locale),
          },
          { title: t('开放单位', 'Unit'), dataIndex: 'unitName' },
          { title: t('所在社区', 'Community'), dataIndex: 'placeName' },
          {
            title: t('开放时间', 'Hours'),
            render: (_, r) => `${daysText(r.days, locale)} ${r.opensAt}–${r.closesAt}`,
          },
          { title: t('容量', 'Capacity'), dataIndex: 'capacity', align: 'right' },
          {
            title: t('现在', 'Now'),
            dataIndex: 'openNow',
            render: (v, r) =>
              !r.active ? (
                <Tag>{t('已停用', 'withdrawn')}</Tag>
              ) : v ? (
                <Tag color="success">{t('开放中', 'open')}</Tag>
              ) : (
                <Tag>{t('未开放', 'closed')}</Tag>
              ),
          },
          ...(admin
            ? [
                {
                  title: '',
                  render: (_: unknown, r: Facility) => (
                    <ActionButton
                      type="link"
                      size="small"
                      action={r.actions?.manage}
                      hideWhenRefused
                      onClick={() =>
                        act.run(() =>
                          typed.patch('/facilities/{id}', { active: !r.active }, { params: { id: r.id } }),
                        )
                      }
                    >
                      {r.active ? t('停用', 'Withdraw') : t('恢复', 'Restore')}
                    </ActionButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormDialog
        open={adding}
        title={t('登记向公众开放的设施', 'Open a unit facility to the public')}
        form={form}
        submit={add}
        onCancel={() => setAdding(false)}
        initialValues={{ kind: 'parking', days: [0, 1, 2, 3, 4], opensAt: '18:00', closesAt: '22:00' }}
        onValues={async (v) => {
          const days = [0, 1, 2, 3, 4, 5, 6].map((i) => (v.days.includes(i) ? '1' : '0')).join('');
          await add.run(() =>
            typed.post('/facilities', {
              unitId: v.unitId,
              kind: v.kind,
              name: v.name,
              address: v.address || null,
              days,
              opensAt: v.opensAt,
              closesAt: v.closesAt,
              capacity: v.capacity ?? null,
            }),
          );
        }}
      >
        <Form.Item<NewFacilityFields>
          name="unitId"
          label={t('开放单位', 'Unit')}
          rules={[{ required: true }]}
        >
          <UnitSelect cityApi={cityApi} />
        </Form.Item>
        <Row gutter={8}>
          <Col span={10}>
            <Form.Item<NewFacilityFields> name="kind" label={t('类型', 'Kind')}>
              <Select options={optionsOf(FACILITY_KIND_LABELS, locale)} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item<NewFacilityFields> name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item<NewFacilityFields> name="address" label={t('地址', 'Address')}>
          <Input />
        </Form.Item>
        <Form.Item<NewFacilityFields>
          name="days"
          label={t('开放日', 'Days')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <Checkbox.Group
            options={[0, 1, 2, 3, 4, 5, 6].map((i) => ({
              value: i,
              label: locale === 'zh-CN' ? `周${DAYS_ZH[i]}` : DAYS_EN[i]!,
            }))}
          />
        </Form.Item>
        <Space>
          <Form.Item<NewFacilityFields>
            name="opensAt"
            label={t('开放', 'Opens')}
            rules={[{ required: true }]}
          >
            <Input type="time" />
          </Form.Item>
          <Form.Item<NewFacilityFields>
            name="closesAt"
            label={t('关闭', 'Closes')}
            rules={[{ required: true }]}
          >
            <Input type="time" />
          </Form.Item>
          <Form.Item<NewFacilityFields> name="capacity" label={t('容量', 'Capacity')}>
            <InputNumber min={1} />
          </Form.Item>
        </Space>
      </FormDialog>
    </>
  );
}

import {
  type ApiClient,
  type BodyOf,
  chinaDay,
  ErrorAlert,
  FormDialog,
  type Locale,
  tr,
  typedClient,
  useSubmit,
} from '@jiceng/ui';
import { Button, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { paths } from '../api.generated';
import { DateInput, UnitSelect } from '../common';
import type { Alliance, MemberUnit } from './types';

type NewMemberUnit = BodyOf<paths, '/alliances/{id}/units', 'post'>;
/** The join dialog's fields: one or two representatives, by name and title. */
type JoinFields = Pick<NewMemberUnit, 'unitId' | 'joinedOn'> & {
  rep1: string;
  title1?: string;
  rep2?: string;
  title2?: string;
};

const UNIT_LEVELS = {
  province: { 'zh-CN': '省级', en: 'Province' },
  city: { 'zh-CN': '市级', en: 'City' },
  county: { 'zh-CN': '区级', en: 'District' },
  central: { 'zh-CN': '中央', en: 'Central' },
};

export function UnitsTab({
  api,
  cityApi,
  locale,
  alliance,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  alliance: Alliance;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [joining, setJoining] = useState(false);
  const [form] = Form.useForm<JoinFields>();
  const submit = useSubmit(() => {
    setJoining(false);
    form.resetFields();
    onChanged();
  });
  const act = useSubmit(onChanged);
  return (
    <>
      <Button onClick={() => setJoining(true)} style={{ marginBottom: 12 }}>
        {t('吸纳成员单位', 'Add a member unit')}
      </Button>
      <ErrorAlert error={act.error} />
      <Table<MemberUnit>
        rowKey="id"
        size="small"
        dataSource={alliance.units}
        pagination={{ pageSize: 30, showSizeChanger: false }}
        columns={[
          {
            title: t('单位', 'Unit'),
            dataIndex: 'unitName',
            render: (v, r) => (r.leftOn ? <Typography.Text delete>{v}</Typography.Text> : v),
          },
          {
            title: t('层级', 'Level'),
            dataIndex: 'unitLevel',
            render: (v) => UNIT_LEVELS[v as keyof typeof UNIT_LEVELS]?.[locale] ?? v,
          },
          {
            title: t('负责同志', 'Representatives'),
            dataIndex: 'representatives',
            render: (reps: MemberUnit['representatives']) =>
              reps.map((r) => `${r.name}${r.title ? `（${r.title}）` : ''}`).join('、'),
          },
          { title: t('加入', 'Joined'), dataIndex: 'joinedOn' },
          {
            title: '',
            render: (_, r) =>
              r.leftOn ? (
                `${t('退出于', 'left')} ${r.leftOn}`
              ) : (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    act.run(() =>
                      typed.post(
                        '/alliances/{id}/units/{memberUnitId}/leave',
                        { leftOn: chinaDay() },
                        { params: { id: alliance.id, memberUnitId: r.id } },
                      ),
                    )
                  }
                >
                  {t('退出', 'Leave')}
                </Button>
              ),
          },
        ]}
      />
      <FormDialog
        open={joining}
        title={t('吸纳成员单位（每单位 1–2 名负责同志）', 'Add a member unit (1–2 representatives)')}
        form={form}
        submit={submit}
        onCancel={() => setJoining(false)}
        initialValues={{ joinedOn: chinaDay() }}
        onValues={async (v) => {
          const representatives = [
            { name: v.rep1, title: v.title1 || null },
            ...(v.rep2 ? [{ name: v.rep2, title: v.title2 || null }] : []),
          ];
          await submit.run(() =>
            typed.post(
              '/alliances/{id}/units',
              { unitId: v.unitId, joinedOn: v.joinedOn, representatives },
              { params: { id: alliance.id } },
            ),
          );
        }}
      >
        <Form.Item<JoinFields> name="unitId" label={t('单位', 'Unit')} rules={[{ required: true }]}>
          <UnitSelect cityApi={cityApi} />
        </Form.Item>
        <Form.Item<JoinFields>
          name="joinedOn"
          label={t('加入日期', 'Joined on')}
          rules={[{ required: true }]}
        >
          <DateInput />
        </Form.Item>
        <Space>
          <Form.Item<JoinFields>
            name="rep1"
            label={t('负责同志', 'Representative')}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
          <Form.Item<JoinFields> name="title1" label={t('职务', 'Title')}>
            <Input />
          </Form.Item>
        </Space>
        <Space>
          <Form.Item<JoinFields> name="rep2" label={t('第二名（可选）', 'Second (optional)')}>
            <Input />
          </Form.Item>
          <Form.Item<JoinFields> name="title2" label={t('职务', 'Title')}>
            <Input />
          </Form.Item>
        </Space>
      </FormDialog>
    </>
  );
}

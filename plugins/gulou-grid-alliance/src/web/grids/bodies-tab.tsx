import {
  type ApiClient,
  type BodyOf,
  chinaDay,
  CoreOrgSelect,
  ErrorAlert,
  FormDialog,
  label,
  type Locale,
  optionsOf,
  type PluginPageProps,
  tr,
  typedClient,
  useApiData,
  useSubmit,
  validValues,
} from '@jiceng/ui';
import { Button, Drawer, Form, Input, InputNumber, Radio, Select, Space, Table } from 'antd';
import { useState } from 'react';
import {
  BODY_KINDS,
  BODY_LABELS,
  BODY_LEVEL,
  BODY_MEMBER_SOURCE_LABELS,
  BODY_ROLE_LABELS,
  type BodyKind,
} from '../../shared/terms';
import type { paths } from '../api.generated';
import { GridSelect, UnitSelect } from '../common';
import type { BodyMember, BodyRow } from './types';

type NewBody = BodyOf<paths, '/bodies', 'post'>;
type NewBodyMember = BodyOf<paths, '/bodies/{id}/members', 'post'>;

export function BodiesTab({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [kind, setKind] = useState<BodyKind | undefined>();
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/bodies', { query: { kind } }),
    [api, kind],
  );
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<NewBody>();
  const create = useSubmit(() => {
    setCreating(false);
    form.resetFields();
    reload();
  });
  return (
    <>
      <Space style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('类型', 'Kind')}
          allowClear
          placeholder={t('类型', 'Kind')}
          style={{ width: 200 }}
          value={kind}
          onChange={setKind}
          options={optionsOf(BODY_LABELS, locale)}
        />
        <Button onClick={() => setCreating(true)}>{t('设立议事机构', 'Set up a council')}</Button>
      </Space>
      <ErrorAlert error={error} />
      <Table<BodyRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: t('名称', 'Name'),
            dataIndex: 'name',
            render: (v, r) => (
              <Button type="link" size="small" onClick={() => setOpen(r.id)}>
                {v}
              </Button>
            ),
          },
          { title: t('类型', 'Kind'), dataIndex: 'kind', render: (v) => label(BODY_LABELS, v, locale) },
          { title: t('所属组织', 'Org'), dataIndex: 'orgName' },
          { title: t('在任成员', 'Members'), dataIndex: 'members', align: 'right' },
        ]}
      />
      <FormDialog
        open={creating}
        title={t('设立议事机构', 'Set up a council')}
        form={form}
        submit={create}
        onCancel={() => setCreating(false)}
        onValues={async (v) => {
          await create.run(() => typed.post('/bodies', v));
        }}
      >
        <Form.Item<NewBody> name="kind" label={t('类型', 'Kind')} rules={[{ required: true }]}>
          <Select
            options={BODY_KINDS.map((k) => ({
              value: k,
              label: `${BODY_LABELS[k][locale]}（${{ street: t('街镇', 'street'), community: t('社区', 'community'), grid: t('网格', 'grid') }[BODY_LEVEL[k]]}）`,
            }))}
          />
        </Form.Item>
        <Form.Item<NewBody>
          name="orgId"
          label={t(
            '设在（街道/社区党组织的编号，或选择网格党支部）',
            'On (an org id, or pick a grid branch)',
          )}
          rules={[{ required: true }]}
        >
          <OrgPicker api={api} cityApi={cityApi} locale={locale} />
        </Form.Item>
      </FormDialog>
      <BodyDrawer
        api={api}
        cityApi={cityApi}
        locale={locale}
        id={open}
        onClose={() => setOpen(null)}
        onChanged={reload}
      />
    </>
  );
}

/** What the picker's org half lists: street working committees and community committees. */
const ORG_PICKER_KINDS = ['street_working_committee', 'community_committee'] as const;

/** Street and community orgs from core, plus grid branches. */
export function OrgPicker({
  api,
  cityApi,
  locale,
  value,
  onChange,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  value?: number;
  onChange?: (v: number) => void;
}) {
  const t = tr(locale);
  const [mode, setMode] = useState<'org' | 'grid'>('org');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Radio.Group
        value={mode}
        onChange={(e) => setMode(e.target.value)}
        optionType="button"
        options={[
          { value: 'org', label: t('街道/社区', 'Street/community') },
          { value: 'grid', label: t('网格', 'Grid') },
        ]}
      />
      {mode === 'org' ? (
        <CoreOrgSelect
          cityApi={cityApi}
          kinds={ORG_PICKER_KINDS}
          value={value}
          onChange={onChange}
          testId="org-picker-org"
        />
      ) : (
        <GridSelect api={api} value={value} onChange={(v) => v && onChange?.(v)} />
      )}
    </Space>
  );
}

function BodyDrawer({
  api,
  cityApi,
  locale,
  id,
  onClose,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  id: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const { data, error, reload } = useApiData(
    () => (id ? typed.get('/bodies/{id}', { params: { id } }) : Promise.resolve(undefined)),
    [api, id],
  );
  const [form] = Form.useForm<NewBodyMember>();
  const source = Form.useWatch('source', form);
  const add = useSubmit(() => {
    form.resetFields();
    reload();
    onChanged();
  });
  return (
    <Drawer open={id != null} onClose={onClose} size="large" title={data?.name}>
      <ErrorAlert error={error ?? add.error} />
      <Table<BodyMember>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data?.members ?? []}
        columns={[
          { title: t('姓名', 'Name'), dataIndex: 'name' },
          { title: t('身份', 'Role'), dataIndex: 'role', render: (v) => label(BODY_ROLE_LABELS, v, locale) },
          {
            title: t('来源', 'From'),
            dataIndex: 'source',
            render: (v, r) =>
              `${label(BODY_MEMBER_SOURCE_LABELS, v, locale)}${r.unitName ? ` · ${r.unitName}` : ''}`,
          },
          { title: t('任职', 'Since'), dataIndex: 'since' },
          {
            title: t('卸任', 'Until'),
            dataIndex: 'until',
            render: (v, r) =>
              v ?? (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    add.run(() =>
                      typed.post(
                        '/bodies/{id}/members/{memberId}/end',
                        { until: chinaDay() },
                        { params: { id: id!, memberId: r.id } },
                      ),
                    )
                  }
                >
                  {t('卸任', 'End')}
                </Button>
              ),
          },
        ]}
      />
      <h4 style={{ marginTop: 16 }}>{t('增补兼职委员', 'Add a member')}</h4>
      <Form form={form} layout="vertical" initialValues={{ source: 'unit', role: 'part_time_member' }}>
        <Space wrap>
          <Form.Item<NewBodyMember> name="name" label={t('姓名', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item<NewBodyMember> name="source" label={t('来源', 'From')}>
            <Select style={{ width: 180 }} options={optionsOf(BODY_MEMBER_SOURCE_LABELS, locale)} />
          </Form.Item>
          <Form.Item<NewBodyMember> name="role" label={t('身份', 'Role')}>
            <Select style={{ width: 140 }} options={optionsOf(BODY_ROLE_LABELS, locale)} />
          </Form.Item>
          {(source === 'unit' || source === 'two_new_secretary') && (
            <Form.Item<NewBodyMember> name="unitId" label={t('单位', 'Unit')} rules={[{ required: true }]}>
              <UnitSelect cityApi={cityApi} />
            </Form.Item>
          )}
          {source === 'member' && (
            <Form.Item<NewBodyMember>
              name="memberId"
              label={t('党员编号', 'Member id')}
              rules={[{ required: true }]}
            >
              <InputNumber min={1} />
            </Form.Item>
          )}
        </Space>
        <Button
          type="primary"
          loading={add.busy}
          onClick={async () => {
            const v = await validValues(form);
            if (!v) return;
            await add.run(() => typed.post('/bodies/{id}/members', v, { params: { id: id! } }));
          }}
        >
          {t('增补', 'Add')}
        </Button>
      </Form>
    </Drawer>
  );
}

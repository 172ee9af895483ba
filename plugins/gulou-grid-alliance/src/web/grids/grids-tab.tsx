import {
  type ApiClient,
  type BodyOf,
  ErrorAlert,
  FormDialog,
  type Locale,
  type PluginPageProps,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Descriptions, Drawer, Form, Input, InputNumber, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { paths } from '../api.generated';
import type { GridRow } from './types';

/** The branch dialog's fields: the grid itself is the row's. */
type NewGridFields = Omit<BodyOf<paths, '/grids', 'post'>, 'gridPlaceId'>;

export function GridsTab({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [covered, setCovered] = useState<'true' | 'false' | undefined>();
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/grids', { query: { covered, q } }),
    [api, covered, q],
  );
  const [creating, setCreating] = useState<GridRow | null>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const [form] = Form.useForm<NewGridFields>();
  const submit = useSubmit(() => {
    setCreating(null);
    form.resetFields();
    reload();
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group
          optionType="button"
          value={covered ?? 'all'}
          onChange={(e) => setCovered(e.target.value === 'all' ? undefined : e.target.value)}
          options={[
            { value: 'all', label: t('全部', 'All') },
            { value: 'true', label: t('已建支部', 'With a branch') },
            { value: 'false', label: t('未建支部', 'Without') },
          ]}
        />
        <Input.Search
          aria-label={t('社区或网格', 'Community or grid')}
          allowClear
          placeholder={t('社区或网格', 'Community or grid')}
          onSearch={setQ}
          style={{ width: 220 }}
        />
        {data && (
          <span data-testid="grid-coverage">
            {t('网格党支部覆盖', 'Covered')} {data.covered}/{data.total}
          </span>
        )}
      </Space>
      <ErrorAlert error={error} />
      <Table<GridRow>
        rowKey="placeId"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('社区', 'Community'), dataIndex: 'communityName' },
          { title: t('网格', 'Grid'), dataIndex: 'placeName' },
          {
            title: t('网格党支部', 'Party branch'),
            dataIndex: 'orgName',
            render: (v, r) =>
              v ? (
                <Button type="link" size="small" onClick={() => setDetail(r.orgId)}>
                  {v}
                </Button>
              ) : (
                <Tag color="warning">{t('未建', 'none')}</Tag>
              ),
          },
          { title: t('网格员', 'Grid worker'), dataIndex: 'workers' },
          { title: t('楼栋党小组', 'Building groups'), dataIndex: 'groups', align: 'right' },
          { title: t('活动党员', 'Members active here'), dataIndex: 'members', align: 'right' },
          { title: t('户数', 'Households'), dataIndex: 'households', align: 'right' },
          {
            title: '',
            render: (_, r) =>
              !r.orgId && (
                <Button size="small" data-testid={`grid-create-${r.placeId}`} onClick={() => setCreating(r)}>
                  {t('建立网格党支部', 'Set up branch')}
                </Button>
              ),
          },
        ]}
      />
      <FormDialog
        open={!!creating}
        title={`${t('建立网格党支部', 'Set up the grid party branch')} · ${creating?.communityName ?? ''} ${creating?.placeName ?? ''}`}
        form={form}
        submit={submit}
        onCancel={() => setCreating(null)}
        onValues={async (v) => {
          await submit.run(() =>
            typed.post('/grids', {
              gridPlaceId: creating!.placeId,
              households: v.households ?? null,
              ...(v.name ? { name: v.name } : {}),
            }),
          );
        }}
      >
        <Form.Item<NewGridFields>
          name="name"
          label={t('支部名称（默认按网格命名）', 'Name (defaults to the grid’s)')}
        >
          <Input />
        </Form.Item>
        <Form.Item<NewGridFields> name="households" label={t('户数', 'Households')}>
          <InputNumber min={0} />
        </Form.Item>
      </FormDialog>
      <GridDrawer
        api={api}
        locale={locale}
        orgId={detail}
        onClose={() => setDetail(null)}
        onChanged={reload}
      />
    </>
  );
}

function GridDrawer({
  api,
  locale,
  orgId,
  onClose,
  onChanged,
}: {
  api: ApiClient;
  locale: Locale;
  orgId: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const { data, error, reload } = useApiData(
    () => (orgId ? typed.get('/grids/{id}', { params: { id: orgId } }) : Promise.resolve(undefined)),
    [api, orgId],
  );
  const [name, setName] = useState('');
  const submit = useSubmit(() => {
    setName('');
    reload();
    onChanged();
  });
  return (
    <Drawer open={orgId != null} onClose={onClose} size="large" title={data?.orgName}>
      <ErrorAlert error={error ?? submit.error} />
      {data && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('社区', 'Community')}>{data.communityName}</Descriptions.Item>
            <Descriptions.Item label={t('户数', 'Households')}>{data.households}</Descriptions.Item>
            <Descriptions.Item label={t('活动党员', 'Members')}>{data.members}</Descriptions.Item>
            <Descriptions.Item label={t('网格员', 'Workers')}>
              {data.workers.map((w) => w.name).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('诉求（在办/超期）', 'Demands (open/overdue)')}>
              {data.demands.open} / {data.demands.overdue}
            </Descriptions.Item>
            <Descriptions.Item label={`${data.funds.year} ${t('年经费', 'funds')}`}>
              {data.funds.total} {t('元', 'yuan')}{' '}
              {data.funds.total < data.funds.floor ? (
                <Tag color="error">{t('低于保障线', 'below floor')}</Tag>
              ) : (
                <Tag color="success">{t('达标', 'meets floor')}</Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('议事机构', 'Councils')} span={2}>
              {data.bodies.map((b) => b.name).join('、') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <h4 style={{ marginTop: 16 }}>{t('楼栋党小组', 'Building party groups')}</h4>
          <Space wrap>
            {data.groups.map((g) => (
              <Tag key={g.id}>{g.name}</Tag>
            ))}
          </Space>
          <Space.Compact style={{ marginTop: 12, width: '100%' }}>
            <Input
              aria-label={t('如：3号楼党小组', 'e.g. Building 3 group')}
              data-testid="group-name"
              placeholder={t('如：3号楼党小组', 'e.g. Building 3 group')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <Button
              disabled={!name.trim()}
              loading={submit.busy}
              onClick={() =>
                submit.run(() => typed.post('/grids/{id}/groups', { name }, { params: { id: orgId! } }))
              }
            >
              {t('添加党小组', 'Add group')}
            </Button>
          </Space.Compact>
        </>
      )}
    </Drawer>
  );
}

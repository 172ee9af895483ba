import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { OrgPicker } from '../admin/pickers';
import { FormModal } from '../common/form-modal';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { type CityResponse, typedCityApi } from '../typed-api';

const UNIT_KINDS = ['organ', 'institution', 'enterprise', 'new_economic', 'new_social'] as const;
const UNIT_LEVELS = ['central', 'province', 'city', 'county'] as const;

type Unit = CityResponse<'/units'>['items'][number];

/** 单位: searched and paged; city admins create and edit. */
export function UnitsPage() {
  const { city } = useCity();
  const t = useT();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [version, setVersion] = useState(0);
  const [edit, setEdit] = useState<{ unit?: Unit } | null>(null);
  const { data, error, loading } = useApiData(
    () => typedCityApi(city.code).get('/units', { query: { q: q || undefined, page, pageSize: 20 } }),
    [city.code, q, page, version],
  );
  const canEdit = city.access === 'city';
  return (
    <Card
      title={<span data-testid="page-title">{t('onboard.units.title')}</span>}
      extra={
        canEdit && (
          <Button type="primary" onClick={() => setEdit({})} data-testid="unit-new">
            {t('onboard.units.new')}
          </Button>
        )
      }
    >
      <Input.Search
        aria-label={t('onboard.units.search')}
        allowClear
        placeholder={t('onboard.units.search')}
        onSearch={(v) => {
          setQ(v.trim());
          setPage(1);
        }}
        style={{ maxWidth: 320, marginBottom: 12 }}
        data-testid="unit-search"
      />
      <ErrorAlert error={error} />
      <Table<Unit>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        onRow={(u) => ({ 'data-testid': 'unit-row', 'data-name': u.name }) as any}
        columns={[
          { title: t('onboard.units.name'), dataIndex: 'name' },
          {
            title: t('onboard.units.kind'),
            dataIndex: 'kind',
            render: (k: string) => <Tag>{t(`onboard.units.kinds.${k}`)}</Tag>,
          },
          {
            title: t('onboard.units.level'),
            dataIndex: 'level',
            render: (k: string) => t(`onboard.units.levels.${k}`),
          },
          { title: t('onboard.units.address'), dataIndex: 'address', render: (v: string | null) => v ?? '—' },
          ...(canEdit
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, u: Unit) => (
                    <Button
                      size="small"
                      onClick={() => setEdit({ unit: u })}
                      data-testid={`unit-edit-${u.id}`}
                    >
                      {t('onboard.org.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {edit && (
        <UnitModal
          cityCode={city.code}
          unit={edit.unit}
          onClose={() => setEdit(null)}
          onSaved={() => {
            setEdit(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Card>
  );
}

interface UnitValues {
  name: string;
  kind: (typeof UNIT_KINDS)[number];
  level: (typeof UNIT_LEVELS)[number];
  orgId: number | null;
  address: string;
}

function UnitModal({
  cityCode,
  unit,
  onClose,
  onSaved,
}: {
  cityCode: string;
  unit?: Unit;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<UnitValues>();
  async function save(v: UnitValues) {
    const body = {
      name: v.name.trim(),
      kind: v.kind,
      level: v.level,
      orgId: v.orgId ?? null,
      address: v.address?.trim() || null,
    };
    if (unit) await typedCityApi(cityCode).patch('/units/{id}', body, { params: { id: unit.id } });
    else await typedCityApi(cityCode).post('/units', body);
  }
  const required = { required: true, message: t('onboard.org.required') };
  return (
    <FormModal
      form={form}
      title={unit ? `${t('onboard.units.edit')} · ${unit.name}` : t('onboard.units.new')}
      saveTestId="unit-save"
      savedText={t('onboard.units.saved')}
      initialValues={{
        name: unit?.name ?? '',
        kind: unit?.kind,
        level: unit?.level,
        orgId: unit?.orgId ?? null,
        address: unit?.address ?? '',
      }}
      save={save}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="name"
        label={t('onboard.units.name')}
        rules={[
          { ...required, whitespace: true },
          { max: 120, message: t('onboard.org.nameTooLong') },
        ]}
      >
        <Input data-testid="unit-name" maxLength={120} />
      </Form.Item>
      <Form.Item name="kind" label={t('onboard.units.kind')} rules={[required]}>
        <Select
          data-testid="unit-kind"
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`onboard.units.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="level" label={t('onboard.units.level')} rules={[required]}>
        <Select
          data-testid="unit-level"
          options={UNIT_LEVELS.map((k) => ({ value: k, label: t(`onboard.units.levels.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="orgId" label={t('onboard.units.org')}>
        <OrgPicker cityCode={cityCode} testId="unit-org" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="address" label={t('onboard.units.address')} rules={[{ max: 200, message: '≤ 200' }]}>
        <Input data-testid="unit-address" maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

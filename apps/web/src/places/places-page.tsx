import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Breadcrumb, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { FormModal } from '../common/form-modal';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { type CityResponse, typedCityApi } from '../typed-api';
import type { PlaceAttributeMeta } from '../types';
import { attributeFields, attributeLabel, attributeValueLabel, enabledAttributes } from './attributes';

export const PLACE_KINDS = ['street', 'town', 'community', 'compound', 'building', 'grid'] as const;

/** A place as GET places answers it (its `attributes`: the enabled models' words about it, by key). */
type Place = CityResponse<'/places'>['items'][number];

function Crumb({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={onClick}>
      {children}
    </Button>
  );
}

/** 地点: 街道 → 社区 → 小区 → 楼栋 and 网格, one level at a time; city admins create and edit. */
export function PlacesPage() {
  const { city, plugins } = useCity();
  const t = useT();
  const { locale } = useLocale();
  const attributes = useMemo(() => enabledAttributes(plugins.settings), [plugins.settings]);
  const [trail, setTrail] = useState<Place[]>([]);
  const [version, setVersion] = useState(0);
  const [edit, setEdit] = useState<{ place?: Place } | null>(null);
  const parent = trail[trail.length - 1];
  const { data, error, loading } = useApiData(
    () => typedCityApi(city.code).get('/places', { query: parent ? { parentId: parent.id } : {} }),
    [city.code, parent?.id, version],
  );
  const canEdit = city.access === 'city';
  return (
    <Card
      title={<span data-testid="page-title">{t('onboard.places.title')}</span>}
      extra={
        canEdit && (
          <Button type="primary" onClick={() => setEdit({})} data-testid="place-new">
            {t('onboard.places.new')}
          </Button>
        )
      }
    >
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { key: 'top', title: <Crumb onClick={() => setTrail([])}>{t('onboard.places.parentNone')}</Crumb> },
          ...trail.map((p, i) => ({
            key: p.id,
            title: <Crumb onClick={() => setTrail(trail.slice(0, i + 1))}>{p.name}</Crumb>,
          })),
        ]}
      />
      <ErrorAlert error={error} />
      <Table<Place>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('onboard.places.empty') }}
        onRow={(p) => ({ 'data-testid': 'place-row', 'data-name': p.name }) as any}
        columns={[
          { title: t('onboard.places.name'), dataIndex: 'name' },
          {
            title: t('onboard.places.kind'),
            dataIndex: 'kind',
            render: (k: string) => <Tag>{t(`onboard.places.kinds.${k}`)}</Tag>,
          },
          // One column per word the city's models keep about places (e.g. a type of community).
          ...attributes.map((a) => ({
            title: attributeLabel(a, locale),
            key: `attr-${a.key}`,
            render: (_: unknown, p: Place) => {
              const v = p.attributes?.[a.key];
              return v ? attributeValueLabel(a, v, locale) : '—';
            },
          })),
          {
            title: '',
            key: 'actions',
            render: (_, p) => (
              <Space size={4}>
                <Button
                  size="small"
                  onClick={() => setTrail([...trail, p])}
                  data-testid={`place-open-${p.id}`}
                >
                  {t('onboard.places.children')}
                </Button>
                {canEdit && (
                  <Button
                    size="small"
                    onClick={() => setEdit({ place: p })}
                    data-testid={`place-edit-${p.id}`}
                  >
                    {t('onboard.org.edit')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {edit && (
        <PlaceModal
          attributes={attributes}
          cityCode={city.code}
          place={edit.place}
          parent={parent}
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

interface PlaceValues {
  name: string;
  kind: (typeof PLACE_KINDS)[number];
  attributes?: Record<string, string | null | undefined>;
}

function PlaceModal({
  attributes,
  cityCode,
  place,
  parent,
  onClose,
  onSaved,
}: {
  attributes: PlaceAttributeMeta[];
  cityCode: string;
  place?: Place;
  parent?: Place;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [form] = Form.useForm<PlaceValues>();
  const kind = Form.useWatch('kind', form);
  async function save(v: PlaceValues) {
    const body = {
      name: v.name.trim(),
      kind: v.kind,
      attributes: attributeFields(attributes, v.kind, v.attributes ?? {}),
    };
    const api = typedCityApi(cityCode);
    if (place) await api.patch('/places/{id}', body, { params: { id: place.id } });
    else await api.post('/places', { ...body, parentId: parent?.id ?? null });
  }
  const required = { required: true, whitespace: true, message: t('onboard.org.required') };
  return (
    <FormModal
      form={form}
      title={
        place
          ? `${t('onboard.places.edit')} · ${place.name}`
          : `${t('onboard.places.new')}${parent ? ` · ${parent.name}` : ''}`
      }
      saveTestId="place-save"
      savedText={t('onboard.places.saved')}
      initialValues={{
        name: place?.name ?? '',
        kind: place?.kind,
        attributes: place?.attributes ?? {},
      }}
      save={save}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="name"
        label={t('onboard.places.name')}
        rules={[required, { max: 120, message: t('onboard.org.nameTooLong') }]}
      >
        <Input data-testid="place-name" maxLength={120} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('onboard.places.kind')}
        rules={[{ required: true, message: t('onboard.org.required') }]}
      >
        <Select
          data-testid="place-kind"
          options={PLACE_KINDS.map((k) => ({ value: k, label: t(`onboard.places.kinds.${k}`) }))}
        />
      </Form.Item>
      {attributes
        .filter((a) => a.appliesTo.includes(kind))
        .map((a) => (
          <Form.Item key={a.key} name={['attributes', a.key]} label={attributeLabel(a, locale)}>
            <Select
              allowClear
              data-testid={`place-attribute-${a.key}`}
              options={a.values.map((v) => ({
                value: v.value,
                label: attributeValueLabel(a, v.value, locale),
              }))}
            />
          </Form.Item>
        ))}
    </FormModal>
  );
}

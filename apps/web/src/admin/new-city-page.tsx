import { ErrorAlert, useApiData } from '@jiceng/ui';
import { App, Button, Card, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { useMe, useSession } from '../login/session';
import { typedApi } from '../typed-api';
import { markApiFields } from './user-modals';

export { isPlatformAdmin } from './access';

interface NewCity {
  code: string;
  nameZh: string;
  nameEn: string;
  level: 'city' | 'district' | 'county';
  province?: string;
  rootOrgName?: string;
}

/** 新建城市: a platform admin adds a city (then enables its models and makes its first admin). */
export function NewCityForm({ onCreated }: { onCreated?: (code: string) => void }) {
  const t = useT();
  const { refresh } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewCity>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  async function submit(values: NewCity) {
    setSaving(true);
    setError(undefined);
    try {
      const city = await typedApi.post('/api/cities', {
        code: values.code.trim(),
        nameZh: values.nameZh.trim(),
        nameEn: values.nameEn.trim(),
        level: values.level,
        province: values.province?.trim() || null,
        ...(values.rootOrgName?.trim() ? { rootOrgName: values.rootOrgName.trim() } : {}),
      });
      message.success(t('cities.created', { name: city.nameZh }));
      await refresh();
      form.resetFields();
      if (onCreated) onCreated(city.code);
      else navigate(`/c/${city.code}/admin/models`);
    } catch (e) {
      setError(e);
      markApiFields(form, e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ level: 'city' }}
      style={{ maxWidth: 480 }}
      data-testid="new-city-form"
    >
      <ErrorAlert error={error} />
      <Form.Item
        name="code"
        label={t('cities.code')}
        extra={t('cities.codeHint')}
        rules={[
          { required: true, message: t('people.required') },
          { pattern: /^[a-z][a-z0-9-]{1,39}$/, message: t('cities.codeHint') },
        ]}
      >
        <Input data-testid="city-code" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="nameZh"
        label={t('cities.nameZh')}
        rules={[{ required: true, whitespace: true, message: t('people.required') }]}
      >
        <Input data-testid="city-name-zh" maxLength={60} placeholder="龙岩市" />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('cities.nameEn')}
        rules={[{ required: true, whitespace: true, message: t('people.required') }]}
      >
        <Input data-testid="city-name-en" maxLength={60} placeholder="Longyan" />
      </Form.Item>
      <Form.Item name="level" label={t('cities.level')} rules={[{ required: true }]}>
        <Select
          data-testid="city-level"
          options={(['city', 'district', 'county'] as const).map((l) => ({
            value: l,
            label: t(`city.level.${l}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="province" label={t('cities.province')}>
        <Input data-testid="city-province" maxLength={60} placeholder="福建省" />
      </Form.Item>
      <Form.Item
        name="rootOrgName"
        label={t('onboard.cities.rootOrgName')}
        extra={t('onboard.cities.rootOrgHint')}
        rules={[{ max: 120, message: t('onboard.org.nameTooLong') }]}
      >
        <Input data-testid="city-root-org" maxLength={120} placeholder="中共龙岩市委" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="city-create">
        {t('cities.create')}
      </Button>
    </Form>
  );
}

/** Platform admins: the cities and the form for a new one. */
export function CitiesPage() {
  const me = useMe();
  const t = useT();
  const { locale } = useLocale();
  const { refresh } = useSession();
  const { message } = App.useApp();
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>();
  const navigate = useNavigate();
  const { city: current } = useCity();
  const archived = useApiData(() => typedApi.get('/api/cities', { query: { archived: 'true' } }), [version]);
  const nameOf = (c: { nameZh: string; nameEn: string }) => (locale === 'en' ? c.nameEn : c.nameZh);
  async function setArchived(c: { code: string; nameZh: string; nameEn: string }, archive: boolean) {
    setError(undefined);
    try {
      const code = { params: { code: c.code } };
      if (archive) await typedApi.post('/api/cities/{code}/archive', {}, code);
      else await typedApi.post('/api/cities/{code}/restore', {}, code);
      message.success(
        t(archive ? 'onboard.cities.archivedOk' : 'onboard.cities.restoredOk', { name: nameOf(c) }),
      );
      setVersion((v) => v + 1);
      await refresh();
      // The city one stands in is gone from the lists: go to the first one left.
      if (archive && c.code === current.code) navigate('/');
    } catch (e) {
      setError(e);
    }
  }
  return (
    <div data-testid="cities-page">
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
          {t('cities.title')}
        </Typography.Title>
        <ErrorAlert error={error} />
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={me.cities}
          onRow={(c) => ({ 'data-testid': 'city-row', 'data-code': c.code }) as HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: t('cities.code'),
              dataIndex: 'code',
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            { title: t('cities.name'), key: 'name', render: (_: unknown, c) => nameOf(c) },
            {
              title: t('cities.level'),
              dataIndex: 'level',
              render: (l: string) => <Tag>{t(`city.level.${l}`)}</Tag>,
            },
            {
              title: t('onboard.cities.actions'),
              key: 'actions',
              render: (_: unknown, c) => (
                <Popconfirm
                  title={t('onboard.cities.archiveConfirm', { name: nameOf(c) })}
                  okText={t('onboard.cities.archive')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true, 'data-testid': 'city-archive-confirm' }}
                  onConfirm={() => setArchived(c, true)}
                  overlayStyle={{ maxWidth: 340 }}
                >
                  <Button size="small" danger data-testid={`city-archive-${c.code}`}>
                    {t('onboard.cities.archive')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('onboard.cities.archived')} style={{ marginBottom: 16 }} data-testid="archived-cities">
        <ErrorAlert error={archived.error} />
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          loading={archived.loading}
          dataSource={archived.data?.items ?? []}
          locale={{ emptyText: t('onboard.cities.noArchived') }}
          onRow={(c) =>
            ({ 'data-testid': 'archived-city-row', 'data-code': c.code }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('cities.code'),
              dataIndex: 'code',
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            { title: t('cities.name'), key: 'name', render: (_: unknown, c) => nameOf(c) },
            {
              title: t('onboard.cities.archivedAt'),
              dataIndex: 'archivedAt',
              render: (v: string) => new Date(v).toLocaleString(locale),
            },
            {
              title: t('onboard.cities.actions'),
              key: 'actions',
              render: (_: unknown, c) => (
                <Button
                  size="small"
                  onClick={() => setArchived(c, false)}
                  data-testid={`city-restore-${c.code}`}
                >
                  {t('onboard.cities.restore')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('cities.new')}>
        <NewCityForm />
      </Card>
    </div>
  );
}

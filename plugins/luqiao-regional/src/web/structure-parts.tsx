import {
  attempt,
  label,
  optionsOf,
  type PluginPageProps,
  Section,
  tr,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { MASS_ORG_KINDS } from '../shared/model';
import { type Answer, type PostBody, type RegionUnit, typedApi } from './common';

export function UnitsCard({
  api,
  locale,
  regionId,
  detail,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  regionId: number;
  detail: Answer<'/regions/{id}'> | undefined;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedApi(api);
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<number[]>([]);
  const free = useApiData(() => typed.get('/lookups/units', { query: { q, limit: 50 } }), [typed, q]);
  const add = async () => {
    const r = await attempt(() =>
      typed.post('/regions/{id}/units', { unitIds: picked }, { params: { id: regionId } }),
    );
    if (r) {
      setPicked([]);
      free.reload();
      onChanged();
    }
  };
  return (
    <Section title={t(`区域内单位（${detail?.units.length ?? 0}）`, `Units (${detail?.units.length ?? 0})`)}>
      <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
        <Select
          aria-label={t('搜索并加入单位', 'Search units to add')}
          mode="multiple"
          style={{ width: '100%' }}
          value={picked}
          onChange={setPicked}
          placeholder={t('搜索并加入单位', 'Search units to add')}
          showSearch={{ filterOption: false, onSearch: setQ }}
          options={(free.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="add-units"
        />
        <Button onClick={add} disabled={!picked.length} data-testid="add-units-submit">
          {t('加入', 'Add')}
        </Button>
      </Space.Compact>
      <Table
        rowKey="id"
        size="small"
        dataSource={detail?.units ?? []}
        pagination={{ pageSize: 8 }}
        columns={[
          { title: t('单位', 'Unit'), dataIndex: 'name' },
          {
            title: t('党组织', 'Party org'),
            render: (_: unknown, u: RegionUnit) =>
              u.orgId ? (
                <Tag color="red">{t('已建', 'own org')}</Tag>
              ) : u.centreCoveredSince ? (
                <Tag color="orange">{t('中心覆盖', 'by centre')}</Tag>
              ) : (
                <Tag>{t('未覆盖', 'none')}</Tag>
              ),
          },
          { title: t('党员', 'Members'), dataIndex: 'memberCount', width: 64 },
        ]}
      />
    </Section>
  );
}

export function MassOrgs({
  api,
  locale,
  regionId,
  structure,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  regionId: number;
  structure: Answer<'/regions/{id}/structure'> | undefined;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm<PostBody<'/regions/{id}/mass-orgs'>>();
  const mirrors = structure
    ? [
        { value: structure.regionalOrg.id, label: structure.regionalOrg.name },
        ...structure.n.map((n) => ({ value: n.orgId, label: n.name })),
        { value: structure.centreOrg.id, label: structure.centreOrg.name },
      ]
    : [];
  const add = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(() =>
      typedApi(api).post('/regions/{id}/mass-orgs', v, { params: { id: regionId } }),
    );
    if (r) {
      form.resetFields();
      onChanged();
    }
  };
  return (
    <Section title={t('群团组织', 'Mass organizations')}>
      <Space wrap style={{ marginBottom: 8 }}>
        {(structure?.massOrgs ?? []).map((m) => (
          <Tag color="blue" key={m.id}>
            {label(MASS_ORG_KINDS, m.kind, locale)} · {m.name}
          </Tag>
        ))}
      </Space>
      <Form form={form} layout="inline" initialValues={{ kind: 'youth_league' }}>
        <Form.Item name="kind">
          <Select
            aria-label={t('组织类别', 'Kind')}
            style={{ width: 110 }}
            options={optionsOf(MASS_ORG_KINDS, locale)}
          />
        </Form.Item>
        <Form.Item name="name" rules={[{ required: true, message: t('名称', 'Name') }]}>
          <Input
            aria-label={t('如：中央商务区团委', 'e.g. CBD Youth League')}
            placeholder={t('如：中央商务区团委', 'e.g. CBD Youth League')}
            style={{ width: 170 }}
          />
        </Form.Item>
        <Form.Item name="mirrorsOrgId">
          <Select
            aria-label={t('对应党组织', 'Mirrors')}
            allowClear
            placeholder={t('对应党组织', 'Mirrors')}
            style={{ width: 170 }}
            options={mirrors}
          />
        </Form.Item>
        <Button onClick={add}>{t('建立', 'Attach')}</Button>
      </Form>
    </Section>
  );
}

/** A reason is required for every replacement or return; the API's refusal is shown in the dialog. */
export function ReasonModal({
  locale,
  title,
  onClose,
  onSubmit,
  onDone,
  children,
}: {
  locale: PluginPageProps['locale'];
  title: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<unknown>;
  onDone: () => void;
  children?: ReactNode;
}) {
  const t = tr(locale);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ disabled: !reason.trim(), 'data-testid': 'reason-submit' }}
      onOk={async () => {
        setSaving(true);
        const r = await attempt(() => onSubmit(reason.trim()), { onError: (m) => setError(m) });
        setSaving(false);
        if (r !== undefined) onDone();
      }}
      destroyOnHidden
    >
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="reason-error" />
      )}
      {children}
      <Input.TextArea
        aria-label={t('原因（必填）', 'Reason (required)')}
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('原因（必填）', 'Reason (required)')}
        data-testid="reason-input"
      />
    </Modal>
  );
}

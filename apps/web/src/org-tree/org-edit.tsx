import { ErrorAlert } from '@jiceng/ui';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { markApiFields } from '../admin/user-modals';
import { OrgPicker } from '../admin/pickers';
import { useLabel, useT } from '../i18n';
import type { OrgNode } from '../types';
import { typedCityApi } from '../typed-api';

/** The org kinds core knows, in the order a tree is built (plugins may add their own; an existing one is kept). */
export const ORG_KINDS = [
  'city_committee',
  'street_working_committee',
  'community_committee',
  'community_general_branch',
  'community_branch',
  'compound_branch',
  'building_group',
  'grid_branch',
  'organs_working_committee',
  'unit_committee',
  'unit_branch',
] as const;

/** A place of the city by name (GET places?q=), or none. */
export function PlacePicker({
  cityCode,
  value,
  onChange,
  testId = 'place-picker',
  exclude,
}: {
  cityCode: string;
  value?: number | null;
  onChange?: (v: number | null) => void;
  testId?: string;
  exclude?: number;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<{ id: number; name: string; kind: string }[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const api = typedCityApi(cityCode);
      const list = q
        ? api.get('/places', { query: { q, limit: 50 } })
        : api.get('/places', { query: { limit: 50 } });
      const current = value
        ? api
            .get('/places/{id}', { params: { id: value } })
            .then((p) => [p])
            .catch(() => [])
        : Promise.resolve([]);
      Promise.all([list, current])
        .then(([r, cur]) => {
          if (!live) return;
          const all = [...cur, ...r.items.filter((p) => !cur.some((c) => c.id === p.id))];
          setItems(all.filter((p) => p.id !== exclude));
        })
        .catch(() => live && setItems([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [cityCode, q, value, exclude]);
  return (
    <Select
      aria-label={t('orgTree.search')}
      data-testid={testId}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('orgTree.search')}
      options={items.map((p) => ({
        value: p.id,
        label: `${p.name}（${t(`onboard.places.kinds.${p.kind}`, { defaultValue: p.kind })}）`,
      }))}
    />
  );
}

export type OrgEdit =
  | { mode: 'root' }
  | { mode: 'child'; parent: OrgNode }
  | { mode: 'edit'; org: OrgNode & { placeId?: number | null } }
  | { mode: 'move'; org: OrgNode }
  | { mode: 'dissolve'; org: OrgNode };

interface OrgValues {
  name: string;
  kind: string;
  placeId?: number | null;
  parentId?: number | null;
  moveMembersTo?: number | null;
}

/** One modal for every change to the tree: create (root or child), edit, move, dissolve. */
export function OrgEditModal({
  cityCode,
  edit,
  onClose,
  onDone,
}: {
  cityCode: string;
  edit: OrgEdit;
  onClose: () => void;
  onDone: (orgId: number | null) => void;
}) {
  const t = useT();
  const label = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgValues>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const api = typedCityApi(cityCode);
  const org = 'org' in edit ? edit.org : null;
  const kindOptions = [
    ...ORG_KINDS,
    ...(org && !(ORG_KINDS as readonly string[]).includes(org.kind) ? [org.kind] : []),
  ].map((k) => ({ value: k, label: label('orgKind', k) }));

  async function submit(v: OrgValues) {
    setSaving(true);
    setError(undefined);
    try {
      let id: number | null = null;
      if (edit.mode === 'root')
        id = (await api.post('/orgs', { parentId: null, kind: 'city_committee', name: v.name.trim() })).id;
      else if (edit.mode === 'child')
        id = (
          await api.post('/orgs', {
            parentId: edit.parent.id,
            kind: v.kind,
            name: v.name.trim(),
            placeId: v.placeId ?? null,
          })
        ).id;
      else if (edit.mode === 'edit')
        id = (
          await api.patch(
            '/orgs/{id}',
            { kind: v.kind, name: v.name.trim(), placeId: v.placeId ?? null },
            { params: { id: edit.org.id } },
          )
        ).id;
      else if (edit.mode === 'move')
        id =
          // The form requires a parent before it submits.
          (
            await api.post(
              '/orgs/{id}/move',
              { parentId: v.parentId as number },
              { params: { id: edit.org.id } },
            )
          ).id;
      else {
        await api.delete('/orgs/{id}', {
          params: { id: edit.org.id },
          query: { moveMembersTo: v.moveMembersTo ?? undefined },
        });
        id = edit.org.parentId;
      }
      message.success(t(edit.mode === 'dissolve' ? 'onboard.org.dissolved' : 'onboard.org.saved'));
      onDone(id);
    } catch (e) {
      setError(e);
      markApiFields(form, e);
    } finally {
      setSaving(false);
    }
  }

  const title =
    edit.mode === 'root'
      ? t('onboard.org.addRoot')
      : edit.mode === 'child'
        ? `${t('onboard.org.addChild')} · ${edit.parent.name}`
        : edit.mode === 'dissolve'
          ? t('onboard.org.dissolveTitle', { name: edit.org.name })
          : `${t(`onboard.org.${edit.mode}`)} · ${edit.org.name}`;
  const required = { required: true, whitespace: true, message: t('onboard.org.required') };
  const directMembers = edit.mode === 'dissolve' && edit.org.childCount === 0 ? edit.org.memberCount : 0;

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={edit.mode === 'dissolve' ? t('onboard.org.dissolve') : t('common.save')}
      okButtonProps={{ loading: saving, danger: edit.mode === 'dissolve', 'data-testid': 'org-edit-ok' }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        data-testid="org-edit-form"
        initialValues={{
          name: edit.mode === 'edit' ? edit.org.name : '',
          kind: edit.mode === 'edit' ? edit.org.kind : edit.mode === 'root' ? 'city_committee' : undefined,
          placeId: edit.mode === 'edit' ? (edit.org.placeId ?? null) : null,
        }}
      >
        {(edit.mode === 'root' || edit.mode === 'child' || edit.mode === 'edit') && (
          <>
            <Form.Item
              name="name"
              label={t('onboard.org.name')}
              rules={[required, { max: 120, message: t('onboard.org.nameTooLong') }]}
            >
              <Input
                data-testid="org-edit-name"
                maxLength={120}
                placeholder={edit.mode === 'root' ? '中共××市委' : undefined}
              />
            </Form.Item>
            <Form.Item
              name="kind"
              label={t('onboard.org.kind')}
              rules={[{ required: true, message: t('onboard.org.required') }]}
            >
              <Select
                data-testid="org-edit-kind"
                disabled={edit.mode === 'root'}
                options={kindOptions}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
            {edit.mode !== 'root' && (
              <Form.Item name="placeId" label={t('onboard.org.place')}>
                <PlacePicker cityCode={cityCode} testId="org-edit-place" />
              </Form.Item>
            )}
          </>
        )}
        {edit.mode === 'move' && (
          <Form.Item
            name="parentId"
            label={t('onboard.org.parent')}
            extra={t('onboard.org.moveHint')}
            rules={[{ required: true, message: t('onboard.org.required') }]}
          >
            <OrgPicker cityCode={cityCode} testId="org-move-parent" style={{ width: '100%' }} />
          </Form.Item>
        )}
        {edit.mode === 'dissolve' && (
          <>
            <Alert
              type="warning"
              showIcon
              message={t('onboard.org.dissolveHint')}
              style={{ marginBottom: 16 }}
            />
            <Form.Item
              name="moveMembersTo"
              label={t('onboard.org.moveMembersTo')}
              extra={
                directMembers > 0 ? t('onboard.org.moveMembersHint', { count: directMembers }) : undefined
              }
              rules={directMembers > 0 ? [{ required: true, message: t('onboard.org.required') }] : []}
            >
              <OrgPicker cityCode={cityCode} testId="org-dissolve-target" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The edit buttons of one org (admins); the top committee is neither moved nor dissolved here. */
export function OrgActions({
  org,
  canEditNode,
  onEdit,
}: {
  org: OrgNode;
  canEditNode: boolean;
  onEdit: (e: OrgEdit) => void;
}) {
  const t = useT();
  return (
    <Space wrap size={4} data-testid="org-actions">
      <Button
        size="small"
        type="primary"
        onClick={() => onEdit({ mode: 'child', parent: org })}
        data-testid="org-add-child"
      >
        {t('onboard.org.addChild')}
      </Button>
      <Button size="small" onClick={() => onEdit({ mode: 'edit', org })} data-testid="org-edit">
        {t('onboard.org.edit')}
      </Button>
      {canEditNode && org.parentId !== null && (
        <>
          <Button size="small" onClick={() => onEdit({ mode: 'move', org })} data-testid="org-move">
            {t('onboard.org.move')}
          </Button>
          <Button
            size="small"
            danger
            onClick={() => onEdit({ mode: 'dissolve', org })}
            data-testid="org-dissolve"
          >
            {t('onboard.org.dissolve')}
          </Button>
        </>
      )}
    </Space>
  );
}

export function NoRoot({ onCreate, canCreate }: { onCreate: () => void; canCreate: boolean }) {
  const t = useT();
  return (
    <Space direction="vertical" data-testid="org-no-root">
      <Typography.Text type="secondary">{t('onboard.org.noRoot')}</Typography.Text>
      {canCreate && (
        <Button type="primary" onClick={onCreate} data-testid="org-add-root">
          {t('onboard.org.addRoot')}
        </Button>
      )}
    </Space>
  );
}

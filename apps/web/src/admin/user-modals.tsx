import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ApiRequestError, ErrorAlert } from '@jiceng/ui';
import { Button, Form, type FormInstance, Input, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { typedCityApi } from '../typed-api';
import { MemberPicker, OrgPicker } from './pickers';
import type { AdminUser, GrantableRole } from './types';

/** Marks the fields an API refusal names ('grants.0.orgId' → ['grants', 0, 'orgId']) on the form. */
export function markApiFields(form: FormInstance, error: unknown) {
  if (!(error instanceof ApiRequestError)) return;
  const issues = error.body.issues?.length
    ? error.body.issues
    : error.body.field
      ? [{ field: error.body.field, message: error.body.message }]
      : [];
  form.setFields(
    issues
      .filter((i) => i.field && !i.field.startsWith('('))
      .map((i) => ({
        name: i.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        errors: [i.message],
      })),
  );
}

/** The roles this admin may hand out: a city admin all three, an org admin only roles inside their subtrees. */
export function useGrantableRoles(): GrantableRole[] {
  const { city } = useCity();
  return city.access === 'city' ? ['city_admin', 'org_admin', 'member'] : ['org_admin', 'member'];
}

/** Role and (for an org admin) organization; `name` is relative inside a Form.List, `path` the absolute one. */
function RoleFields({
  name,
  path,
  form,
  prefix,
}: {
  name: (string | number)[];
  path: (string | number)[];
  form: FormInstance;
  prefix: string;
}) {
  const { city } = useCity();
  const t = useT();
  const roles = useGrantableRoles();
  const role = Form.useWatch([...path, 'role'], form) as GrantableRole | undefined;
  return (
    <Space align="start" wrap>
      <Form.Item
        name={[...name, 'role']}
        rules={[{ required: true, message: t('people.roleRequired') }]}
        style={{ marginBottom: 8 }}
      >
        <Select
          aria-label={t('people.pickRole')}
          style={{ width: 160 }}
          placeholder={t('people.pickRole')}
          data-testid={`${prefix}-role`}
          options={roles.map((r) => ({ value: r, label: t(`people.role.${r}`) }))}
        />
      </Form.Item>
      {role === 'org_admin' && (
        <Form.Item
          name={[...name, 'orgId']}
          rules={[{ required: true, message: t('people.orgRequired') }]}
          style={{ marginBottom: 8 }}
        >
          <OrgPicker cityCode={city.code} testId={`${prefix}-org`} />
        </Form.Item>
      )}
    </Space>
  );
}

const grantBody = (g: { role: GrantableRole; orgId?: number | null }) => ({
  role: g.role,
  orgId: g.role === 'org_admin' ? (g.orgId ?? null) : null,
});

export function CreateUserModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (user: AdminUser, temporaryPassword: string) => void;
}) {
  const { city } = useCity();
  const t = useT();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(undefined);
    }
  }, [open, form]);

  async function submit(values: {
    username: string;
    displayName: string;
    memberId?: number | null;
    grants?: { role: GrantableRole; orgId?: number | null }[];
  }) {
    setSaving(true);
    setError(undefined);
    try {
      const r = await typedCityApi(city.code).post('/users', {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        memberId: values.memberId ?? null,
        grants: (values.grants ?? []).filter((g) => g?.role).map(grantBody),
      });
      onCreated(r, r.temporaryPassword);
    } catch (e) {
      setError(e);
      markApiFields(form, e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('people.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('people.createOk')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'create-user-ok' }}
      width={640}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ grants: [{ role: undefined }] }}
        data-testid="create-user-form"
      >
        <Form.Item
          name="username"
          label={t('people.username')}
          extra={t('people.usernameHint')}
          rules={[
            { required: true, message: t('people.required') },
            { pattern: /^[a-z0-9][a-z0-9._-]{2,39}$/, message: t('people.usernameHint') },
          ]}
        >
          <Input data-testid="new-username" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('people.displayName')}
          rules={[{ required: true, whitespace: true, message: t('people.required') }]}
        >
          <Input data-testid="new-display-name" maxLength={60} />
        </Form.Item>
        <Form.Item name="memberId" label={t('people.linkMember')} extra={t('people.linkMemberHint')}>
          <MemberPicker cityCode={city.code} testId="new-member" />
        </Form.Item>
        <Form.Item label={t('people.roles')}>
          <Form.List name="grants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="start">
                    <RoleFields
                      name={[field.name]}
                      path={['grants', field.name]}
                      form={form}
                      prefix={`new-grant-${i}`}
                    />
                    {fields.length > 1 && (
                      <MinusCircleOutlined onClick={() => remove(field.name)} style={{ marginTop: 9 }} />
                    )}
                  </Space>
                ))}
                {fields.length < 10 && (
                  <Button
                    type="dashed"
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => add({ role: undefined })}
                  >
                    {t('people.addRole')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function GrantModal({
  user,
  onClose,
  onDone,
}: {
  user: AdminUser | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { city } = useCity();
  const t = useT();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (user) {
      form.resetFields();
      setError(undefined);
    }
  }, [user, form]);

  async function submit(values: { grant: { role: GrantableRole; orgId?: number | null } }) {
    if (!user) return;
    setSaving(true);
    setError(undefined);
    try {
      await typedCityApi(city.code).post('/users/{userId}/grants', grantBody(values.grant), {
        params: { userId: user.id },
      });
      onDone();
    } catch (e) {
      setError(e);
      if (e instanceof ApiRequestError && e.body.field) {
        // The API names 'grant.orgId' or 'role'; the form keeps both under 'grant'.
        const f = e.body.field.replace(/^grant\./, '');
        form.setFields([{ name: ['grant', f], errors: [e.body.message] }]);
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={!!user}
      title={user ? t('people.grantTitle', { user: user.displayName || user.username }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('people.grant')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'grant-ok' }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} data-testid="grant-form">
        <RoleFields name={['grant']} path={['grant']} form={form} prefix="grant" />
      </Form>
    </Modal>
  );
}

export function LinkMemberModal({
  user,
  onClose,
  onDone,
}: {
  user: AdminUser | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { city } = useCity();
  const t = useT();
  const [memberId, setMemberId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setMemberId(user?.memberId ?? null);
    setError(undefined);
  }, [user]);

  async function save() {
    if (!user) return;
    setSaving(true);
    setError(undefined);
    try {
      await typedCityApi(city.code).patch('/users/{userId}', { memberId }, { params: { userId: user.id } });
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={!!user}
      title={user ? t('people.linkTitle', { user: user.displayName || user.username }) : ''}
      onCancel={onClose}
      onOk={save}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'link-ok' }}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <p>{t('people.linkMemberHint')}</p>
      <MemberPicker cityCode={city.code} value={memberId} onChange={setMemberId} testId="link-member" />
    </Modal>
  );
}

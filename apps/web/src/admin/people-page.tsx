import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Button, Card, Input, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useMemo, useState } from 'react';
import { cityApi } from '../api';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { useMe } from '../login/session';
import { MemberDrawer } from '../members/member-drawer';
import { AccessPanel } from './access-panel';
import { GrantTag } from './grant-tag';
import { CreateUserModal, GrantModal, LinkMemberModal } from './user-modals';
import { TemporaryPasswordModal } from './password-modal';
import type { AdminUser, UserGrant } from './types';

/** 用户与角色: accounts with a role here, their grants, and who can act on an org. City and org admins. */
export function PeoplePage() {
  const { city } = useCity();
  const t = useT();
  return (
    <Card data-testid="people-page">
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
        {t('people.title')}
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'users',
            label: <span data-testid="tab-users">{t('people.accounts')}</span>,
            children: <UsersTab key={city.code} />,
          },
          {
            key: 'access',
            label: <span data-testid="tab-access">{t('people.whoCanAct')}</span>,
            children: <AccessPanel key={city.code} />,
          },
        ]}
      />
    </Card>
  );
}

function UsersTab() {
  const { city } = useCity();
  const me = useMe();
  const t = useT();
  const api = cityApi(city.code);
  const { data, error, loading, reload } = useApiData(
    () => api.get<{ items: AdminUser[] }>('/users'),
    [city.code],
  );
  const [actionError, setActionError] = useState<unknown>();
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<AdminUser | null>(null);
  const [linking, setLinking] = useState<AdminUser | null>(null);
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  const [memberId, setMemberId] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [showInactive, setShowInactive] = useState(false);

  async function act(action: () => Promise<unknown>) {
    setActionError(undefined);
    try {
      await action();
      reload();
    } catch (e) {
      setActionError(e);
    }
  }

  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return (data?.items ?? []).filter(
      (u) =>
        (showInactive || u.active) &&
        (!needle ||
          u.username.toLowerCase().includes(needle) ||
          u.displayName.toLowerCase().includes(needle) ||
          u.grants.some((g) => g.orgName?.includes(needle))),
    );
  }, [data, q, showInactive]);

  return (
    <div data-testid="users-tab">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button
          type="primary"
          onClick={() => {
            setActionError(undefined);
            setCreating(true);
          }}
          data-testid="create-user"
        >
          {t('people.create')}
        </Button>
        <Input.Search
          aria-label={t('people.search')}
          allowClear
          placeholder={t('people.search')}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
          style={{ width: 260 }}
          data-testid="users-search"
        />
        <Button
          type={showInactive ? 'primary' : 'default'}
          ghost={showInactive}
          onClick={() => setShowInactive((v) => !v)}
          data-testid="toggle-inactive"
        >
          {t('people.showInactive')}
        </Button>
      </Space>
      <ErrorAlert error={error ?? actionError} />
      <Table<AdminUser>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { count: total }) }}
        onRow={(u) =>
          ({ 'data-testid': 'user-row', 'data-username': u.username }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('people.username'),
            dataIndex: 'username',
            width: 180,
            render: (v: string) => (
              <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                {v}
              </Typography.Text>
            ),
          },
          { title: t('people.displayName'), dataIndex: 'displayName', width: 140 },
          {
            title: t('people.roles'),
            dataIndex: 'grants',
            render: (grants: UserGrant[], u) =>
              grants.length ? (
                grants.map((g) => (
                  <GrantTag
                    key={g.id}
                    grant={g}
                    onRevoke={
                      u.active ? () => act(() => api.delete(`/users/${u.id}/grants/${g.id}`)) : undefined
                    }
                  />
                ))
              ) : (
                <Typography.Text type="secondary">{t('people.noRoles')}</Typography.Text>
              ),
          },
          {
            title: t('people.member'),
            dataIndex: 'memberId',
            width: 110,
            render: (id: number | null) =>
              id ? (
                <Button type="link" size="small" onClick={() => setMemberId(id)} style={{ padding: 0 }}>
                  #{id}
                </Button>
              ) : (
                '—'
              ),
          },
          {
            title: t('people.status'),
            dataIndex: 'active',
            width: 120,
            render: (active: boolean, u) => (
              <>
                {active ? <Tag color="green">{t('people.active')}</Tag> : <Tag>{t('people.inactive')}</Tag>}
                {active && u.mustChangePassword && <Tag color="gold">{t('people.mustChange')}</Tag>}
              </>
            ),
          },
          {
            title: t('people.actions'),
            key: 'actions',
            width: 330,
            render: (_: unknown, u) =>
              u.active ? (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setGranting(u)} data-testid={`grant-${u.username}`}>
                    {t('people.grant')}
                  </Button>
                  <Button size="small" onClick={() => setLinking(u)} data-testid={`link-${u.username}`}>
                    {t('people.link')}
                  </Button>
                  <Popconfirm
                    title={t('people.resetConfirm', { user: u.username })}
                    okText={t('people.reset')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ 'data-testid': 'confirm-reset' }}
                    onConfirm={() =>
                      act(async () => {
                        const r = await api.post<{ temporaryPassword: string }>(
                          `/users/${u.id}/reset-password`,
                        );
                        setPassword({ username: u.username, password: r.temporaryPassword });
                      })
                    }
                  >
                    <Button size="small" data-testid={`reset-${u.username}`}>
                      {t('people.reset')}
                    </Button>
                  </Popconfirm>
                  {u.id !== me.user.id && (
                    <Popconfirm
                      title={t('people.deactivateConfirm', { user: u.username })}
                      description={t('people.deactivateHint')}
                      okText={t('people.deactivate')}
                      okButtonProps={{ danger: true, 'data-testid': 'confirm-deactivate' }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => act(() => api.post(`/users/${u.id}/deactivate`))}
                    >
                      <Button size="small" danger data-testid={`deactivate-${u.username}`}>
                        {t('people.deactivate')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ) : null,
          },
        ]}
      />
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(u, temporaryPassword) => {
          setCreating(false);
          setPassword({ username: u.username, password: temporaryPassword });
          reload();
        }}
      />
      <GrantModal
        user={granting}
        onClose={() => setGranting(null)}
        onDone={() => {
          setGranting(null);
          reload();
        }}
      />
      <LinkMemberModal
        user={linking}
        onClose={() => setLinking(null)}
        onDone={() => {
          setLinking(null);
          reload();
        }}
      />
      <TemporaryPasswordModal shown={password} onClose={() => setPassword(null)} />
      <MemberDrawer cityCode={city.code} memberId={memberId} onClose={() => setMemberId(null)} />
    </div>
  );
}

import { Popconfirm, Tag } from 'antd';
import { useT } from '../i18n';
import type { UserGrant } from './types';

export const ROLE_COLOR: Record<string, string> = {
  platform_admin: 'purple',
  city_admin: 'red',
  org_admin: 'orange',
  member: 'blue',
};

export function GrantTag({
  grant,
  onRevoke,
}: {
  grant: Pick<UserGrant, 'role' | 'orgName'> & { id?: number };
  onRevoke?: () => void;
}) {
  const t = useT();
  const text = `${t(`people.role.${grant.role}`)}${grant.orgName ? ` · ${grant.orgName}` : ''}`;
  if (!onRevoke)
    return (
      <Tag color={ROLE_COLOR[grant.role]} style={{ marginBottom: 4 }}>
        {text}
      </Tag>
    );
  return (
    <Popconfirm
      title={t('people.revokeConfirm', { grant: text })}
      okText={t('people.revoke')}
      okButtonProps={{ danger: true, 'data-testid': 'confirm-revoke' }}
      cancelText={t('common.cancel')}
      onConfirm={onRevoke}
    >
      <Tag
        color={ROLE_COLOR[grant.role]}
        style={{ marginBottom: 4, cursor: 'pointer' }}
        data-testid={`grant-${grant.id}`}
        title={t('people.revokeHint')}
      >
        {text} ×
      </Tag>
    </Popconfirm>
  );
}

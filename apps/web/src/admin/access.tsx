import {
  AuditOutlined,
  CloudUploadOutlined,
  ControlOutlined,
  FieldTimeOutlined,
  GlobalOutlined,
  SettingOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import { Result } from 'antd';
import { type ReactElement, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { useMe } from '../login/session';
import type { Access, Me } from '../types';

/** A platform administrator (may create cities). Here, not in the cities page, so the shell's entry need not load that page. */
export const isPlatformAdmin = (me: Me) => me.grants.some((g) => g.role === 'platform_admin');

/** The administration pages, who may open each (by access level in the city, or platform admins), and their nav entries. */
export const ADMIN_PAGES = [
  { path: 'admin/models', key: 'models', access: ['city'] as Access[], icon: <ControlOutlined /> },
  { path: 'admin/people', key: 'people', access: ['city', 'orgs'] as Access[], icon: <UserSwitchOutlined /> },
  { path: 'import', key: 'import', access: ['city', 'orgs'] as Access[], icon: <CloudUploadOutlined /> },
  { path: 'admin/jobs', key: 'jobs', access: ['city'] as Access[], icon: <FieldTimeOutlined /> },
  { path: 'admin/audit', key: 'audit', access: ['city'] as Access[], icon: <AuditOutlined /> },
  { path: 'admin/cities', key: 'cities', access: [] as Access[], platform: true, icon: <GlobalOutlined /> },
];

const allowed = (page: (typeof ADMIN_PAGES)[number], access: Access, me: Me) =>
  page.platform ? isPlatformAdmin(me) : page.access.includes(access);

export const ADMIN_GROUP_KEY = 'admin';

/** The 管理 group of the left navigation, with only the pages this user may use (none: no group). */
export function useAdminNavGroup(base: string): NonNullable<MenuProps['items']>[number] | null {
  const { city } = useCity();
  const me = useMe();
  const t = useT();
  return useMemo(() => {
    const pages = ADMIN_PAGES.filter((p) => allowed(p, city.access, me));
    if (!pages.length) return null;
    return {
      key: ADMIN_GROUP_KEY,
      icon: <SettingOutlined />,
      label: <span data-testid="nav-admin">{t('nav.admin')}</span>,
      children: pages.map((p) => ({
        key: `${base}/${p.path}`,
        icon: p.icon,
        label: (
          <Link to={`${base}/${p.path}`} data-testid={`nav-admin-${p.key}`}>
            {t(`nav.adminPages.${p.key}`)}
          </Link>
        ),
      })),
    };
  }, [base, city.access, me, t]);
}

/** Renders an administration page for those who may use it, and a 403 for others. */
export function AdminOnly({
  page,
  element,
}: {
  page: (typeof ADMIN_PAGES)[number]['key'];
  element: ReactElement;
}) {
  const { city } = useCity();
  const me = useMe();
  const t = useT();
  const def = ADMIN_PAGES.find((p) => p.key === page)!;
  if (!allowed(def, city.access, me))
    return <Result status="403" title={t('plugin.noAccess')} data-testid="no-access" />;
  return element;
}

export const isAdminPath = (pathname: string) => /^\/c\/[^/]+\/(admin|import)(\/|$)/.test(pathname);

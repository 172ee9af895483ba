import {
  AppstoreOutlined,
  ApartmentOutlined,
  BankOutlined,
  BarChartOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { WebPlugin } from '@jiceng/ui';
import { Menu, type MenuProps } from 'antd';
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ADMIN_GROUP_KEY, isAdminPath, useAdminNavGroup } from '../admin/access';
import { useLocalized, useT } from '../i18n';
import { useMe } from '../login/session';
import type { Access } from '../types';
import { useCity } from './city-context';

/** antd wraps only plain-text labels in its ellipsis box; a submenu title holding our own element needs its own. */
const LABEL: CSSProperties = {
  flex: '1 1 auto',
  minWidth: 0,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};

/** Pages of a plugin the given access level may see in the navigation. */
export function visiblePages(plugin: WebPlugin, access: Access) {
  return plugin.pages.filter((p) => !p.hidden && (!p.access || p.access.includes(access)));
}

export const pluginPageUrl = (cityCode: string, pluginId: string, path: string) =>
  `/c/${cityCode}/p/${pluginId}${path ? `/${path.replace(/^\/+/, '')}` : ''}`;

/** Core pages, then a submenu per enabled plugin listing its pages. `onNavigate`: a page was chosen (the phone's drawer closes). */
export function Nav({ onNavigate }: { onNavigate?: () => void } = {}) {
  const { city, plugins } = useCity();
  const me = useMe();
  // Comparing needs at least one city seen as a whole.
  const canCompare = me.cities.some((c) => c.access === 'city');
  const t = useT();
  const localized = useLocalized();
  const { pathname } = useLocation();
  const base = `/c/${city.code}`;
  const adminGroup = useAdminNavGroup(base);

  const items = useMemo(() => {
    const core: MenuProps['items'] = [
      {
        key: base,
        icon: <DashboardOutlined />,
        label: (
          <Link to={base} data-testid="nav-overview">
            {t('nav.overview')}
          </Link>
        ),
      },
    ];
    if (city.access !== 'self') {
      core.push(
        {
          key: `${base}/orgs`,
          icon: <ApartmentOutlined />,
          label: (
            <Link to={`${base}/orgs`} data-testid="nav-orgs">
              {t('nav.orgs')}
            </Link>
          ),
        },
        {
          key: `${base}/members`,
          icon: <TeamOutlined />,
          label: (
            <Link to={`${base}/members`} data-testid="nav-members">
              {t('nav.members')}
            </Link>
          ),
        },
        {
          key: `${base}/places`,
          icon: <EnvironmentOutlined />,
          label: (
            <Link to={`${base}/places`} data-testid="nav-places">
              {t('onboard.nav.places')}
            </Link>
          ),
        },
        {
          key: `${base}/units`,
          icon: <BankOutlined />,
          label: (
            <Link to={`${base}/units`} data-testid="nav-units">
              {t('onboard.nav.units')}
            </Link>
          ),
        },
      );
      if (canCompare)
        core.push({
          key: `${base}/compare`,
          icon: <BarChartOutlined />,
          label: (
            <Link to={`${base}/compare`} data-testid="nav-compare">
              {t('nav.compare')}
            </Link>
          ),
        });
      core.push({
        key: `${base}/models`,
        icon: <TableOutlined />,
        label: (
          <Link to={`${base}/models`} data-testid="nav-models">
            {t('nav.models')}
          </Link>
        ),
      });
    }
    const pluginItems: MenuProps['items'] = plugins.web
      .map((plugin) => ({ plugin, pages: visiblePages(plugin, city.access) }))
      .filter(({ pages }) => pages.length > 0)
      .map(({ plugin, pages }) => ({
        key: `plugin:${plugin.id}`,
        icon: <AppstoreOutlined />,
        label: (
          <span data-testid={`nav-plugin-${plugin.id}`} style={LABEL} title={localized(plugin.names)}>
            {localized(plugin.names)}
          </span>
        ),
        children: pages.map((page) => {
          const url = pluginPageUrl(city.code, plugin.id, page.path);
          return {
            key: url,
            label: (
              <Link
                to={url}
                data-testid={`nav-page-${plugin.id}-${page.path || 'home'}`}
                title={localized(page.names)}
              >
                {localized(page.names)}
              </Link>
            ),
          };
        }),
      }));
    return [...core, ...pluginItems, ...(adminGroup ? [adminGroup] : [])];
  }, [base, city.access, city.code, plugins.web, t, localized, canCompare, adminGroup]);

  // Plugin submenus are open unless the user folded them: a city usually runs one model, and its pages are the
  // point of the visit. (Open from their first render, so they do not animate open after loading.)
  // The 管理 group starts folded except on its own pages.
  const [folded, setFolded] = useState<string[]>(() => (isAdminPath(pathname) ? [] : [ADMIN_GROUP_KEY]));
  const groupKeys = [...plugins.web.map((p) => `plugin:${p.id}`), ...(adminGroup ? [ADMIN_GROUP_KEY] : [])];
  const openKeys = groupKeys.filter((k) => !folded.includes(k));
  const onOpenChange = (keys: string[]) => setFolded(groupKeys.filter((k) => !keys.includes(k)));
  const onAdminPage = isAdminPath(pathname);
  useEffect(() => {
    if (onAdminPage) setFolded((f) => f.filter((k) => k !== ADMIN_GROUP_KEY));
  }, [onAdminPage]);

  // The longest menu key that prefixes the path is the current page.
  const selected = useMemo(() => {
    const keys: string[] = [];
    const walk = (list: MenuProps['items']) => {
      for (const item of list ?? []) {
        if (!item || !('key' in item)) continue;
        keys.push(String(item.key));
        if ('children' in item && item.children) walk(item.children);
      }
    };
    walk(items);
    const path = pathname.replace(/\/+$/, '');
    // A plugin's pages are flat: its home page must not light up for a hidden page below it (a printable board).
    const pluginPage = (k: string) => k.includes('/p/');
    const match = keys
      .filter((k) => k.startsWith('/') && (path === k || (!pluginPage(k) && path.startsWith(`${k}/`))))
      .sort((a, b) => b.length - a.length)[0];
    return match ? [match] : [];
  }, [items, pathname]);

  return (
    <nav aria-label={t('nav.label')}>
      <Menu
        mode="inline"
        data-testid="nav"
        aria-busy={plugins.loading}
        items={items}
        selectedKeys={selected}
        openKeys={openKeys}
        onOpenChange={onOpenChange}
        onClick={({ key }) => {
          if (key.startsWith('/')) onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}

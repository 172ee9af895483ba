import { Breadcrumb } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ADMIN_PAGES } from '../admin/access';
import { useLocalized, useT } from '../i18n';
import { useCity } from './city-context';
import { pluginPageUrl } from './nav';
import { useDocumentTitle } from './page-title';
import styles from './shell.module.css';

interface Crumb {
  title: string;
  href?: string;
}

/** The core pages under /c/:city/, by the rest of the path, and the message naming each. */
const CORE_PAGES: Record<string, string> = {
  '': 'nav.overview',
  orgs: 'nav.orgs',
  members: 'nav.members',
  places: 'onboard.nav.places',
  units: 'onboard.nav.units',
  compare: 'nav.compare',
  models: 'nav.models',
  ...Object.fromEntries(ADMIN_PAGES.map((p) => [p.path, `nav.adminPages.${p.key}`])),
};

/**
 * Where the current page sits: the city, the model (for a model's page) and the page, each named in the user's
 * language; the city and the model link to their home pages.
 */
export function usePageTrail(): Crumb[] {
  const { city, plugins } = useCity();
  const t = useT();
  const localized = useLocalized();
  const { pathname } = useLocation();
  return useMemo(() => {
    const base = `/c/${city.code}`;
    const cityCrumb: Crumb = { title: localized({ 'zh-CN': city.nameZh, en: city.nameEn }), href: base };
    const rest = pathname.slice(base.length).replace(/^\/+|\/+$/g, '');
    const model = /^p\/([^/]+)\/?(.*)$/.exec(rest);
    if (model) {
      const [, pluginId = '', pagePath = ''] = model;
      const plugin = plugins.web.find((p) => p.id === pluginId);
      if (!plugin) return [cityCrumb];
      const trimmed = (path: string) => path.replace(/^\/+|\/+$/g, '');
      const home = plugin.pages.find((p) => trimmed(p.path) === '');
      const page = plugin.pages.find((p) => trimmed(p.path) === pagePath);
      const modelCrumb: Crumb = {
        title: localized(plugin.names),
        href: home ? pluginPageUrl(city.code, plugin.id, '') : undefined,
      };
      return page
        ? [cityCrumb, modelCrumb, { title: localized(page.names) }]
        : [cityCrumb, { title: modelCrumb.title }];
    }
    const key = CORE_PAGES[rest];
    return [cityCrumb, { title: key ? t(key) : t('common.notFound') }];
  }, [city, plugins.web, pathname, t, localized]);
}

/**
 * Above every page of a city: the trail as a breadcrumb (city › model › page; left out on a phone, whose header is
 * narrow and whose drawer shows the city) and the page's name as the document's one h1 (for screen readers and the
 * outline; the page's own title stays the visible heading), which also names the browser tab ("页面名 · 城市 · 基层").
 */
export function PageHeader({ compact }: { compact?: boolean }) {
  const t = useT();
  const trail = usePageTrail();
  const page = trail[trail.length - 1]!;
  const cityName = trail[0]!.title;
  useDocumentTitle(
    trail.length > 1 ? [page.title, cityName, t('productShort')] : [cityName, t('productShort')],
  );
  return (
    <div className={styles.pageHeader} data-testid="page-header">
      {!compact && trail.length > 1 && (
        <Breadcrumb
          aria-label={t('nav.breadcrumb')}
          data-testid="breadcrumb"
          items={trail.map((c, i) =>
            i < trail.length - 1 && c.href
              ? { key: c.href, title: <Link to={c.href}>{c.title}</Link> }
              : {
                  key: `${i}`,
                  title: <span aria-current={i === trail.length - 1 ? 'page' : undefined}>{c.title}</span>,
                },
          )}
        />
      )}
      <h1 className={styles.pageName} data-testid="page-name">
        {page.title}
      </h1>
    </div>
  );
}

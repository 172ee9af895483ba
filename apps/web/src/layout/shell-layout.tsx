import { MenuOutlined } from '@ant-design/icons';
import {
  Button,
  ConfigProvider,
  Drawer,
  Layout,
  Result,
  Space,
  Tag,
  type ThemeConfig,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router-dom';
import { useT } from '../i18n';
import { useMe } from '../login/session';
import { useCityPlugins } from '../plugin-host/city-plugins';
import { CityContext } from './city-context';
import { CitySwitcher } from './city-switcher';
import { NotificationBell } from '../notifications/bell';
import { keepScrollersFocusable } from './keyboard-scroll';
import { LanguageToggle } from './language-toggle';
import { Nav } from './nav';
import { PageHeader } from './page-header';
import { useDocumentTitle } from './page-title';
import styles from './shell.module.css';
import { useIsMobile } from './use-mobile';
import { UserMenu } from './user-menu';

/**
 * On a phone every control of the header, the menu and the pages is a 44 px tap target (buttons, inputs, selects,
 * menu and dropdown rows, page numbers), small ones included: a plugin's compact table button is a finger's target
 * there too. Checkboxes and radios get their height from shell.module.css.
 */
/** On a desktop the page keeps the shell's theme (a nested provider inherits it). */
const SAME_THEME: ThemeConfig = {};

const TOUCH_THEME: ThemeConfig = {
  token: { controlHeight: 44, controlHeightSM: 44 },
  components: { Menu: { itemHeight: 44 }, Dropdown: { paddingBlock: 11 } },
};

/**
 * Header (product, city switcher, language, user) and left navigation around the pages of one city. Below 768 px
 * the navigation, city switcher and role move into a drawer opened from the header, and the language into the user
 * menu, so the header fits a phone.
 */
export function ShellLayout() {
  const { cityCode = '' } = useParams();
  const me = useMe();
  const t = useT();
  const city = me.cities.find((c) => c.code === cityCode);
  const plugins = useCityPlugins(city ? city.code : '');
  const value = useMemo(() => (city ? { city, plugins } : null), [city, plugins]);
  const mobile = useIsMobile();
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  // Navigating (or growing to a desktop window) puts the drawer away.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger, not an input
  useEffect(() => setMenuOpen(false), [pathname, mobile]);
  useEffect(() => keepScrollersFocusable(), []);

  // A city this user cannot open: the tab still says where they are (a city's pages name themselves in PageHeader).
  useDocumentTitle(value ? [] : [t('city.notFound'), t('productShort')]);

  const accessTag = city && (
    <Tag className={styles.access} data-testid="access-tag">
      {t(`city.access.${city.access}`)}
    </Tag>
  );

  return (
    <Layout className={styles.root}>
      {mobile ? (
        <ConfigProvider theme={TOUCH_THEME}>
          <Layout.Header className={`${styles.header} ${styles.headerMobile}`}>
            {value && (
              <Button
                type="text"
                className={styles.menuButton}
                icon={<MenuOutlined />}
                aria-label={t('nav.openMenu')}
                aria-expanded={menuOpen}
                data-testid="menu-button"
                onClick={() => setMenuOpen(true)}
              />
            )}
            <Link to="/" className={styles.brand} data-testid="brand">
              {t('productShort')}
            </Link>
            <div className={styles.spacer} />
            {city && <NotificationBell cityCode={city.code} compact />}
            <UserMenu compact />
          </Layout.Header>
        </ConfigProvider>
      ) : (
        <Layout.Header className={styles.header}>
          <Link to="/" className={styles.brand} data-testid="brand">
            {t('product')}
          </Link>
          {city && <CitySwitcher current={city} />}
          {accessTag}
          <div className={styles.spacer} />
          <Space size="middle">
            {city && <NotificationBell cityCode={city.code} />}
            <LanguageToggle />
            <UserMenu />
          </Space>
        </Layout.Header>
      )}
      {value ? (
        <CityContext.Provider value={value}>
          <Layout>
            {mobile ? (
              <ConfigProvider theme={TOUCH_THEME}>
                <Drawer
                  placement="left"
                  open={menuOpen}
                  onClose={() => setMenuOpen(false)}
                  size={300}
                  title={t('nav.menuTitle')}
                  rootClassName={styles.drawer}
                  styles={{ body: { padding: 0 } }}
                >
                  <div data-testid="nav-drawer">
                    <div className={styles.drawerCity}>
                      <CitySwitcher current={value.city} block />
                      {accessTag}
                    </div>
                    <Nav onNavigate={() => setMenuOpen(false)} />
                  </div>
                </Drawer>
              </ConfigProvider>
            ) : (
              <Layout.Sider width={232} theme="light" className={styles.sider}>
                <Nav />
              </Layout.Sider>
            )}
            {/* One tree for both sizes, so turning a phone or resizing a window keeps the page (and an open dialog). */}
            <ConfigProvider theme={mobile ? TOUCH_THEME : SAME_THEME}>
              <Layout.Content
                className={mobile ? `${styles.content} ${styles.contentMobile}` : styles.content}
              >
                {/* keyed by city: a switch starts every page afresh */}
                <div key={value.city.code}>
                  <PageHeader compact={mobile} />
                  <Outlet />
                </div>
              </Layout.Content>
            </ConfigProvider>
          </Layout>
        </CityContext.Provider>
      ) : (
        <Layout.Content className={styles.content}>
          <Result
            status="404"
            title={<Typography.Text data-testid="city-not-found">{t('city.notFound')}</Typography.Text>}
            extra={
              me.cities[0] && (
                <Button type="primary">
                  <Link to={`/c/${me.cities[0].code}`}>{t('common.backHome')}</Link>
                </Button>
              )
            }
          />
        </Layout.Content>
      )}
    </Layout>
  );
}

import { Button, Layout, Result, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, Outlet, useParams } from 'react-router-dom';
import { useT } from '../i18n';
import { useMe } from '../login/session';
import { useCityPlugins } from '../plugin-host/city-plugins';
import { CityContext } from './city-context';
import { CitySwitcher } from './city-switcher';
import { LanguageToggle } from './language-toggle';
import { Nav } from './nav';
import styles from './shell.module.css';
import { UserMenu } from './user-menu';

/** Header (product, city switcher, language, user) and left navigation around the pages of one city. */
export function ShellLayout() {
  const { cityCode = '' } = useParams();
  const me = useMe();
  const t = useT();
  const city = me.cities.find((c) => c.code === cityCode);
  const plugins = useCityPlugins(city ? city.code : '');
  const value = useMemo(() => (city ? { city, plugins } : null), [city, plugins]);

  return (
    <Layout className={styles.root}>
      <Layout.Header className={styles.header}>
        <Link to="/" className={styles.brand} data-testid="brand">
          {t('product')}
        </Link>
        {city && <CitySwitcher current={city} />}
        {city && (
          <Tag className={styles.access} data-testid="access-tag">
            {t(`city.access.${city.access}`)}
          </Tag>
        )}
        <div className={styles.spacer} />
        <Space size="middle">
          <LanguageToggle />
          <UserMenu />
        </Space>
      </Layout.Header>
      {value ? (
        <CityContext.Provider value={value}>
          <Layout>
            <Layout.Sider width={232} theme="light" className={styles.sider} breakpoint="lg" collapsedWidth={0}>
              <Nav />
            </Layout.Sider>
            <Layout.Content className={styles.content}>
              {/* keyed by city: a switch starts every page afresh */}
              <div key={value.city.code}>
                <Outlet />
              </div>
            </Layout.Content>
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

import { ErrorAlert, type PublicPageProps, useApiData, type WebPlugin } from '@jiceng/ui';
import { Layout, Result, Spin, Typography } from 'antd';
import { type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { apiClient } from '../api';
import { useLocale, useLocalized, useT } from '../i18n';
import { LanguageToggle } from '../layout/language-toggle';
import { ErrorBoundary } from '../plugin-host/error-boundary';
import { loadWebPlugin } from '../plugin-host/load';
import { typedApi } from '../typed-api';

const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

/**
 * /public/:city/p/:pluginId/* — a plugin's login-free page (a residents' board, a QR code's target), with the
 * city's name and a language switch and nothing else: no session, no navigation, only the plugin's public API.
 */
export function PublicPluginPage() {
  const { cityCode = '', pluginId = '', '*': rest = '' } = useParams();
  const { locale } = useLocale();
  const t = useT();
  const localized = useLocalized();
  const city = useApiData(
    () => typedApi.get('/api/public/cities/{city}', { params: { city: cityCode } }),
    [cityCode],
  );
  const [plugin, setPlugin] = useState<WebPlugin | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setPlugin(undefined);
    void loadWebPlugin(pluginId).then((p) => live && setPlugin(p));
    return () => {
      live = false;
    };
  }, [pluginId]);

  const enabled = city.data?.plugins.find((p) => p.id === pluginId);
  const page = plugin?.publicPages?.find((p) => trim(p.path) === trim(rest));
  const props: PublicPageProps | null = useMemo(
    () =>
      city.data
        ? {
            city: { code: city.data.code, nameZh: city.data.nameZh, nameEn: city.data.nameEn },
            api: apiClient(`/api/public/cities/${city.data.code}/plugins/${pluginId}`),
            locale,
          }
        : null,
    [city.data, pluginId, locale],
  );
  const cityName = city.data ? (locale === 'en' ? city.data.nameEn : city.data.nameZh) : '';
  useEffect(() => {
    if (page && city.data) document.title = `${localized(page.names)} · ${cityName} · ${t('product')}`;
  }, [page, city.data, cityName, localized, t]);

  let body: ReactNode;
  if (city.loading || plugin === undefined) body = <Spin style={{ display: 'block', margin: '80px auto' }} />;
  else if (city.error || !enabled || !page || !props)
    body = <Result status="404" title={t('publicPage.notFound')} data-testid="public-not-found" />;
  else {
    const Page = page.component;
    body = (
      <ErrorBoundary
        key={`${cityCode}/${pluginId}/${rest}`}
        fallback={(error) => <ErrorAlert error={error} />}
      >
        <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
          <Page {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }

  return (
    <Layout style={{ minHeight: '100vh' }} data-testid={`public-page-${pluginId}`}>
      <Layout.Header className="no-print" style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {t('product')}
        </Typography.Text>
        {city.data && (
          <Typography.Text style={{ color: '#fff' }} data-testid="public-city">
            {cityName}
            {enabled ? ` · ${localized(enabled.names)}` : ''}
          </Typography.Text>
        )}
        <span style={{ flex: 1 }} />
        <LanguageToggle />
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        {body}
      </Layout.Content>
      <Layout.Footer className="no-print" style={{ textAlign: 'center', fontSize: 12 }}>
        {t('publicPage.footer')}
      </Layout.Footer>
    </Layout>
  );
}

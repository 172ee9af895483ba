import type { PluginPageProps } from '@jiceng/ui';
import { Alert, Result, Spin } from 'antd';
import { Suspense, useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { cityApi, pluginApi } from '../api';
import { useLocale, useLocalized, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { ErrorBoundary } from './error-boundary';

/** /c/:city/p/:pluginId/* — finds the plugin page for the rest of the path and renders it in its own boundary. */
export function PluginPage() {
  const { pluginId = '', '*': rest = '' } = useParams();
  const { city, plugins } = useCity();
  const { locale } = useLocale();
  const t = useT();
  const localized = useLocalized();
  const pagePath = rest.replace(/^\/+|\/+$/g, '');
  const plugin = plugins.web.find((p) => p.id === pluginId);
  const page = plugin?.pages.find((p) => p.path.replace(/^\/+|\/+$/g, '') === pagePath);

  const props: PluginPageProps = useMemo(
    () => ({
      city: { id: city.id, code: city.code, nameZh: city.nameZh, nameEn: city.nameEn, access: city.access },
      api: pluginApi(city.code, pluginId),
      cityApi: cityApi(city.code),
      locale,
    }),
    [city, pluginId, locale],
  );

  if (plugins.loading) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (!plugin || !page)
    return <Result status="404" title={t('plugin.notFound')} data-testid="plugin-not-found" />;
  if (page.access && !page.access.includes(city.access))
    return <Result status="403" title={t('plugin.noAccess')} />;

  const Page = page.component;
  return (
    <div data-testid={`plugin-page-${plugin.id}`}>
      <ErrorBoundary
        key={`${city.code}/${plugin.id}/${pagePath}`}
        fallback={(error) => (
          <Alert
            type="error"
            showIcon
            data-testid="plugin-error"
            title={t('plugin.failed')}
            description={
              <>
                <div>{t('plugin.failedHint', { name: localized(plugin.names) })}</div>
                <code style={{ fontSize: 12 }}>{error.message}</code>
              </>
            }
          />
        )}
      >
        <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
          <Page {...props} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

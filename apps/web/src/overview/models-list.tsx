import { Button, Card, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ItemList } from '../common/item-list';
import { useLocalized, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { pluginPageUrl, visiblePages } from '../layout/nav';

/** The city's enabled models: names, where they come from, what they do, and a way in. */
export function ModelsList() {
  const { city, plugins } = useCity();
  const t = useT();
  const localized = useLocalized();
  const enabled = plugins.settings.filter((p) => p.enabled);
  const firstPage = (id: string) => {
    const web = plugins.web.find((w) => w.id === id);
    return web ? visiblePages(web, city.access)[0] : undefined;
  };
  return (
    <Card title={t('overview.models')} loading={plugins.loading} data-testid="models-list">
      <ItemList
        items={enabled}
        rowKey={(p) => p.id}
        rowTestId={(p) => `model-${p.id}`}
        empty={t('overview.noModels')}
        title={(p) => (
          <>
            {localized(p.names)}{' '}
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {localized(p.region)}
            </Tag>
          </>
        )}
        description={(p) => localized(p.description)}
        extra={(p) => {
          const first = firstPage(p.id);
          return (
            first && (
              <Link to={pluginPageUrl(city.code, p.id, first.path)}>
                <Button type="primary" ghost size="small">
                  {t('overview.open')}
                </Button>
              </Link>
            )
          );
        }}
      />
    </Card>
  );
}

import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { ItemList } from '../common/item-list';
import { useLocale, useLocalized, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { pluginPageUrl, visiblePages } from '../layout/nav';
import { useIsMobile } from '../layout/use-mobile';
import { useMe } from '../login/session';
import { MemberProfile } from '../members/member-profile';
import { typedCityApi } from '../typed-api';
import { WorkHome } from './work-home';

/** On a phone a page's link is a finger-sized row (44 px), not a line of text. */
const TAP_LINK: CSSProperties = { display: 'flex', alignItems: 'center', minHeight: 44 };

/** A member's overview: their own record and the plugin pages meant for members. */
export function SelfOverview() {
  const { city, plugins } = useCity();
  const me = useMe();
  const t = useT();
  const { locale } = useLocale();
  const localized = useLocalized();
  const memberId = me.user.memberId;
  const { data, error, loading } = useApiData(
    () =>
      memberId
        ? typedCityApi(city.code).get('/members/{id}', { params: { id: memberId } })
        : Promise.resolve(undefined),
    [city.code, memberId],
  );
  const mobile = useIsMobile();
  const pages = plugins.web.flatMap((plugin) =>
    visiblePages(plugin, city.access).map((page) => ({ plugin, page })),
  );

  return (
    <div>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 24 }} data-testid="page-title">
        {locale === 'en' ? city.nameEn : city.nameZh}
      </Typography.Title>
      {/* A member lands on their own tasks across the models, one tap each. */}
      <WorkHome variant="self" />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card title={t('overview.myRecord')} data-testid="self-record">
            <ErrorAlert error={error} />
            {!memberId ? (
              <Empty description={t('overview.noSelfRecord')} />
            ) : loading || !data ? (
              !error && <Skeleton active />
            ) : (
              <MemberProfile member={data} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('overview.myPages')} loading={plugins.loading} data-testid="self-pages">
            <ItemList
              items={pages}
              rowKey={({ plugin, page }) => `${plugin.id}/${page.path}`}
              empty={t('overview.noSelfPages')}
              title={({ plugin, page }) => (
                <Link
                  to={pluginPageUrl(city.code, plugin.id, page.path)}
                  data-testid={`self-page-${plugin.id}-${page.path || 'home'}`}
                  style={mobile ? TAP_LINK : undefined}
                >
                  {localized(page.names)}
                </Link>
              )}
              description={({ plugin }) => localized(plugin.names)}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}

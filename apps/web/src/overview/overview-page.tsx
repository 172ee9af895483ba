import { ErrorAlert, StatCards, useApiData } from '@jiceng/ui';
import { Col, Row, Skeleton, Typography } from 'antd';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { useMe } from '../login/session';
import { typedCityApi } from '../typed-api';
import { CategoryChart } from './category-chart';
import { ModelsList } from './models-list';
import { OutcomeTrends } from './outcome-trends';
import { SelfOverview } from './self-overview';
import { SetupChecklist, useSetupStatus } from './setup-checklist';
import { WorkHome } from './work-home';

export function OverviewPage() {
  const { city } = useCity();
  return city.access === 'self' ? <SelfOverview /> : <AdminOverview />;
}

function AdminOverview() {
  const { city } = useCity();
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading } = useApiData(() => typedCityApi(city.code).get(''), [city.code]);
  // An org administrator's trends are of the (first) org they manage in this city.
  const { grants } = useMe();
  const orgId =
    grants.find((g) => g.role === 'org_admin' && g.cityId === city.id && g.orgId != null)?.orgId ?? undefined;
  // A city admin of a city still being set up sees its checklist first; a finished city shows none.
  const setup = useSetupStatus(city.code, city.access === 'city');
  // The totals are the whole city's; an org administrator's own scope is in the chart below.
  const wide = city.access === 'orgs' ? t('overview.cityWide') : '';
  return (
    <div>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 24 }} data-testid="page-title">
        {locale === 'en' ? city.nameEn : city.nameZh}
        <Typography.Text
          type="secondary"
          style={{ fontSize: 14, marginInlineStart: 12, fontWeight: 'normal' }}
        >
          {t(`city.level.${city.level}`)} · {t('overview.title')}
        </Typography.Text>
      </Typography.Title>
      {/* 待办 first: what this administrator must do across the models, then the city at a glance. */}
      <WorkHome variant="manage" />
      <ErrorAlert error={error} />
      <SetupChecklist cityCode={city.code} status={setup.data} error={setup.error} />
      {loading && !data ? (
        <Skeleton active />
      ) : (
        data?.totals && (
          <StatCards
            items={[
              { title: t('overview.orgs') + wide, value: data.totals.orgs, testId: 'stat-orgs' },
              { title: t('overview.members') + wide, value: data.totals.members, testId: 'stat-members' },
              { title: t('overview.places') + wide, value: data.totals.places, testId: 'stat-places' },
              { title: t('overview.units') + wide, value: data.totals.units, testId: 'stat-units' },
            ]}
          />
        )
      )}
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <CategoryChart cityCode={city.code} scoped={city.access === 'orgs'} />
        </Col>
        <Col xs={24} xl={10}>
          <ModelsList />
        </Col>
      </Row>
      <OutcomeTrends city={city} orgId={orgId} />
    </div>
  );
}

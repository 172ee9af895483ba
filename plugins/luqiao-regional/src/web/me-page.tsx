import { attempt, ErrorAlert, label, type PluginPageProps, Section, tr, useApiData } from '@jiceng/ui';
import { Alert, Button, Descriptions, Empty, Input, Space } from 'antd';
import { useState } from 'react';
import { REGISTRATION_VIA } from '../shared/model';
import { typedApi } from './common';
import { MyService } from './service-records';

/** A member's own page: register with the region where they work, 亮牌 their shop, and log service there. */
export default function MePage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, reload } = useApiData(() => typedApi(api).get('/me'), [api]);
  const [shop, setShop] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const current = data?.registrations.find((r) => !r.endedOn);
  const register = async () => {
    const worksIn = data?.worksIn;
    if (!worksIn || !data.memberId) return;
    const memberId = data.memberId;
    const r = await attempt(
      () => typedApi(api).post('/regions/{id}/registrations', { memberId }, { params: { id: worksIn.id } }),
      { onError: setMessage },
    );
    if (r) reload();
  };
  const showShop = async () => {
    if (!current) return;
    const r = await attempt(
      () =>
        typedApi(api).post(
          '/registrations/{id}/shop',
          { shopName: shop.trim() },
          { params: { id: current.id } },
        ),
      { onError: setMessage },
    );
    if (r) reload();
  };
  return (
    <>
      <Section title={t('我的区域登记', 'My registration in the region')}>
        <ErrorAlert error={error} />
        {message && <Alert type="error" showIcon title={message} style={{ marginBottom: 12 }} />}
        {!data ? null : current ? (
          <Descriptions
            column={1}
            bordered
            size="small"
            data-testid="my-registration"
            items={[
              { key: 'r', label: t('区域', 'Region'), children: current.regionName },
              {
                key: 'v',
                label: t('由谁管理', 'Looked after by'),
                children: label(REGISTRATION_VIA, current.via, locale),
              },
              { key: 'd', label: t('登记日期', 'Registered on'), children: current.registeredOn },
              {
                key: 's',
                label: t('亮牌经营', 'Shop with the party badge'),
                children: current.shopName ? (
                  `${current.shopName}（${current.shopDisplayedOn}）`
                ) : (
                  <Space.Compact>
                    <Input
                      aria-label={t('我的店铺名称', 'My shop')}
                      value={shop}
                      onChange={(e) => setShop(e.target.value)}
                      placeholder={t('我的店铺名称', 'My shop')}
                    />
                    <Button onClick={showShop} disabled={!shop.trim()}>
                      {t('亮牌', 'Show the badge')}
                    </Button>
                  </Space.Compact>
                ),
              },
            ]}
          />
        ) : data.worksIn ? (
          <Space orientation="vertical">
            <span>
              {t(
                `您所在单位属于“${data.worksIn.name}”，请到区域党组织登记报到。`,
                `Your unit is in "${data.worksIn.name}": register with the regional org.`,
              )}
            </span>
            <Button type="primary" onClick={register} data-testid="register-self">
              {t('登记报到', 'Register')}
            </Button>
          </Space>
        ) : (
          <Empty description={t('您所在单位不在任何区域内', 'Your unit is not in any region')} />
        )}
      </Section>
      {current && <MyService api={api} locale={locale} registration={current} />}
    </>
  );
}

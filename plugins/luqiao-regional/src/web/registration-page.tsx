import {
  attempt,
  ErrorAlert,
  formatRatio,
  label,
  type PluginPageProps,
  type QueryOf,
  Section,
  StatCards,
  tr,
  useApiData,
} from '@jiceng/ui';
import { Alert, Button, Col, Input, Modal, Row, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { REGISTRATION_VIA } from '../shared/model';
import type { paths } from './api.generated';
import { type ItemOf, loadRegions, RegionSelect, typedApi, ViaTag } from './common';
import { RegionServiceReview } from './service-records';

type Registration = ItemOf<'/regions/{id}/registrations'>;
type ShopRow = ItemOf<'/regions/{id}/shops'>;
/** Who looks after a registered member: the list filters by it. */
type Via = NonNullable<QueryOf<paths, '/regions/{id}/registrations'>['via']>;

const NOMINATION: Record<string, { zh: string; en: string; color: string }> = {
  nominated: { zh: '示范店参评中', en: 'Nominated', color: 'gold' },
  awarded: { zh: '共产党员示范店', en: 'Model shop', color: 'red' },
  not_awarded: { zh: '未评上', en: 'Not awarded', color: 'default' },
};

/** 登记报到: "关系在企业、活动在区域" — everyone working in the region registers with the regional org. */
export default function RegistrationPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const regions = useApiData(() => loadRegions(api), [api]);
  const [regionId, setRegionId] = useState<number | undefined>();
  useEffect(() => {
    if (!regionId && regions.data?.items.length) setRegionId(regions.data.items[0]!.id);
  }, [regions.data, regionId]);
  const region = regions.data?.items.find((r) => r.id === regionId);
  return (
    <div data-testid="registration-page">
      <Section
        title={t('区域党员登记报到', 'Registration with the regional org')}
        extra={
          <RegionSelect
            regions={regions.data?.items ?? []}
            value={regionId}
            onChange={setRegionId}
            locale={locale}
          />
        }
      >
        <ErrorAlert error={regions.error} />
        <Typography.Paragraph type="secondary">
          {t(
            '不管党员所在单位是否建立党组织，均到区域党组织登记报到并参加活动；所在单位有党组织的由单位党组织管理，未建党组织单位的党员和流动党员由党员服务中心党组织接纳。',
            'Every member working in the region registers with the regional org whether or not their unit has an org; members of units with no org and flowing members are taken in by the service centre’s org.',
          )}
        </Typography.Paragraph>
        {region && (
          <StatCards
            items={[
              { title: t('在区域工作党员', 'Working in the region'), value: region.workingMembers },
              { title: t('已登记', 'Registered'), value: region.registered, testId: 'registered-count' },
              {
                title: t('登记率', 'Registered share'),
                value: formatRatio(region.workingMembers ? region.registered / region.workingMembers : null),
              },
              { title: t('区域内单位', 'Units'), value: region.unitCount },
            ]}
          />
        )}
      </Section>
      {regionId && (
        <RegionRegistrations
          key={regionId}
          api={api}
          locale={locale}
          regionId={regionId}
          onChanged={regions.reload}
        />
      )}
    </div>
  );
}

function RegionRegistrations({
  api,
  locale,
  regionId,
  onChanged,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  regionId: number;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const typed = typedApi(api);
  const [via, setVia] = useState<Via | 'all'>('all');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [shopFor, setShopFor] = useState<Registration | null>(null);
  const pending = useApiData(
    () => typed.get('/regions/{id}/pending', { params: { id: regionId } }),
    [typed, regionId],
  );
  const list = useApiData(
    () =>
      typed.get('/regions/{id}/registrations', {
        params: { id: regionId },
        query: { via: via === 'all' ? undefined : via, q, page, pageSize: 15 },
      }),
    [typed, regionId, via, q, page],
  );
  const shops = useApiData(
    () => typed.get('/regions/{id}/shops', { params: { id: regionId } }),
    [typed, regionId],
  );
  const reload = () => {
    pending.reload();
    list.reload();
    shops.reload();
    onChanged();
  };
  const registerPicked = async () => {
    setError(null);
    const r = await attempt(
      () =>
        typed.post('/regions/{id}/registrations/bulk', { memberIds: picked }, { params: { id: regionId } }),
      { onError: (m) => setError(m) },
    );
    if (r) {
      setPicked([]);
      reload();
    }
  };
  const nominate = async (registrationId: number) => {
    const r = await attempt(() =>
      typed.post(
        '/registrations/{id}/nominations',
        { year: new Date().getFullYear() },
        { params: { id: registrationId } },
      ),
    );
    if (r) shops.reload();
  };
  const decide = async (nominationId: number, awarded: boolean) => {
    const r = await attempt(() =>
      typed.post('/nominations/{id}/decision', { awarded }, { params: { id: nominationId } }),
    );
    if (r) shops.reload();
  };
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Section
            title={t(
              `待登记（${pending.data?.items.length ?? 0}）`,
              `Still to register (${pending.data?.items.length ?? 0})`,
            )}
            extra={
              <Button
                type="primary"
                disabled={!picked.length}
                onClick={registerPicked}
                data-testid="register-picked"
              >
                {t(`登记所选（${picked.length}）`, `Register (${picked.length})`)}
              </Button>
            }
          >
            {error && (
              <Alert
                type="error"
                showIcon
                title={error}
                style={{ marginBottom: 12 }}
                data-testid="register-error"
              />
            )}
            <Table
              rowKey="memberId"
              size="small"
              loading={pending.loading}
              dataSource={pending.data?.items ?? []}
              pagination={{ pageSize: 12 }}
              data-testid="pending"
              rowSelection={{ selectedRowKeys: picked, onChange: (k) => setPicked(k as number[]) }}
              columns={[
                { title: t('党员', 'Member'), dataIndex: 'memberName' },
                { title: t('单位', 'Unit'), dataIndex: 'unitName' },
                {
                  title: t('由谁管理', 'Looked after by'),
                  dataIndex: 'via',
                  render: (v: string) => <ViaTag via={v} text={label(REGISTRATION_VIA, v, locale)} />,
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} xl={14}>
          <Section
            title={t(`已登记（${list.data?.total ?? 0}）`, `Registered (${list.data?.total ?? 0})`)}
            extra={
              <Space>
                <Segmented<Via | 'all'>
                  value={via}
                  onChange={(v) => {
                    setVia(v);
                    setPage(1);
                  }}
                  options={[
                    { value: 'all', label: t('全部', 'All') },
                    { value: 'unit_org', label: label(REGISTRATION_VIA, 'unit_org', locale) },
                    { value: 'centre_org', label: label(REGISTRATION_VIA, 'centre_org', locale) },
                  ]}
                />
                <Input.Search
                  aria-label={t('姓名', 'Name')}
                  allowClear
                  placeholder={t('姓名', 'Name')}
                  onSearch={(v) => {
                    setQ(v);
                    setPage(1);
                  }}
                  style={{ width: 140 }}
                />
              </Space>
            }
          >
            <Table
              rowKey="id"
              size="small"
              loading={list.loading}
              dataSource={list.data?.items ?? []}
              data-testid="registrations"
              pagination={{
                current: page,
                pageSize: 15,
                total: list.data?.total ?? 0,
                onChange: setPage,
                showSizeChanger: false,
              }}
              columns={[
                { title: t('党员', 'Member'), dataIndex: 'memberName' },
                {
                  title: t('单位', 'Unit'),
                  dataIndex: 'unitName',
                  render: (v: string | null, r: Registration) =>
                    v ?? (r.category === 'flowing' ? t('流动党员', 'flowing member') : '—'),
                },
                {
                  title: t('由谁管理', 'Looked after by'),
                  dataIndex: 'via',
                  render: (v: string) => <ViaTag via={v} text={label(REGISTRATION_VIA, v, locale)} />,
                },
                { title: t('登记日期', 'Registered'), dataIndex: 'registeredOn' },
                {
                  title: t('亮牌', 'Shop'),
                  render: (_: unknown, r: Registration) =>
                    r.shopName ? (
                      <Tag color="red">{r.shopName}</Tag>
                    ) : (
                      <Button
                        size="small"
                        type="link"
                        onClick={() => setShopFor(r)}
                        data-testid={`shop-${r.id}`}
                      >
                        {t('亮牌', 'Show badge')}
                      </Button>
                    ),
                },
              ]}
            />
          </Section>
        </Col>
      </Row>
      <Section title={t('亮牌经营与共产党员示范店', 'Shops that 亮牌 and model shops')}>
        <Table
          rowKey={(r: ShopRow) => `${r.registrationId}-${r.nominationId ?? 0}`}
          size="small"
          dataSource={shops.data?.items ?? []}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('店铺', 'Shop'), dataIndex: 'shopName' },
            { title: t('党员', 'Member'), dataIndex: 'memberName' },
            { title: t('亮牌日期', 'Since'), dataIndex: 'shopDisplayedOn' },
            {
              title: t('示范店评选', 'Model shop'),
              render: (_: unknown, r: ShopRow) => {
                const n = r.status ? NOMINATION[r.status] : null;
                // A status is the nomination's: there is one whenever there is a status.
                const nominationId = r.nominationId;
                return n ? (
                  <Space>
                    <Tag color={n.color}>
                      {r.year} {locale === 'zh-CN' ? n.zh : n.en}
                    </Tag>
                    {r.status === 'nominated' && nominationId !== null && (
                      <>
                        <Button size="small" onClick={() => decide(nominationId, true)}>
                          {t('评为示范店', 'Award')}
                        </Button>
                        <Button size="small" onClick={() => decide(nominationId, false)}>
                          {t('未评上', 'Not awarded')}
                        </Button>
                      </>
                    )}
                  </Space>
                ) : (
                  <Button size="small" onClick={() => nominate(r.registrationId)}>
                    {t('推荐参评', 'Nominate')}
                  </Button>
                );
              },
            },
          ]}
        />
      </Section>
      <RegionServiceReview api={api} locale={locale} regionId={regionId} />
      {shopFor && (
        <ShopModal
          api={api}
          locale={locale}
          registration={shopFor}
          onClose={() => setShopFor(null)}
          onDone={() => {
            setShopFor(null);
            reload();
          }}
        />
      )}
    </>
  );
}

function ShopModal({
  api,
  locale,
  registration,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  registration: Registration;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = tr(locale);
  const [name, setName] = useState(registration.unitName ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t(`${registration.memberName} 亮牌经营`, `${registration.memberName} shows the party badge`)}
      onCancel={onClose}
      okButtonProps={{ disabled: !name.trim() }}
      onOk={async () => {
        const r = await attempt(
          () =>
            typedApi(api).post(
              '/registrations/{id}/shop',
              { shopName: name.trim() },
              { params: { id: registration.id } },
            ),
          { onError: (m) => setError(m) },
        );
        if (r) onDone();
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Input
        aria-label={t('店铺名称', 'Shop name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder={t('店铺名称', 'Shop name')}
      />
    </Modal>
  );
}

import {
  type ApiClient,
  ErrorAlert,
  type Locale,
  type PluginPageProps,
  Section,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Empty, Select, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { paths } from '../api.generated';
import { CharterTab } from './charter-tab';
import { MeetingsTab } from './meetings-tab';
import { UnitsTab } from './units-tab';

export default function AlliancePage({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const { data, error, reload } = useApiData(() => typedClient<paths>(api).get('/alliances'), [api]);
  const [selected, setSelected] = useState<number | null>(null);
  const current = selected ?? data?.items[0]?.id ?? null;
  return (
    <Section
      title={t('区域化党建联盟', 'Regional party-building alliance')}
      extra={
        data && data.items.length > 1 ? (
          <Select
            aria-label={t('联盟', 'Alliance')}
            value={current}
            onChange={setSelected}
            options={data.items.map((a) => ({ value: a.id, label: a.name }))}
            style={{ width: 260 }}
          />
        ) : null
      }
    >
      <ErrorAlert error={error} />
      {data && !data.items.length && <Empty description={t('尚未成立联盟', 'No alliance yet')} />}
      {current && (
        <AllianceDetail api={api} cityApi={cityApi} locale={locale} id={current} onChanged={reload} />
      )}
    </Section>
  );
}

function AllianceDetail({
  api,
  cityApi,
  locale,
  id,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  id: number;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const {
    data: a,
    error,
    reload,
  } = useApiData(() => typedClient<paths>(api).get('/alliances/{id}', { params: { id } }), [api, id]);
  const refresh = () => {
    reload();
    onChanged();
  };
  if (!a) return <ErrorAlert error={error} />;
  const active = a.units.filter((u) => !u.leftOn);
  return (
    <>
      <ErrorAlert error={error} />
      <Typography.Paragraph>
        <b>{a.name}</b> · {t('牵头', 'led by')} {a.leadOrgName} · {t('成立于', 'founded')} {a.foundedOn} ·{' '}
        {t('成员单位', 'member units')} <b data-testid="alliance-units">{active.length}</b>
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'units',
            label: t('成员单位', 'Member units'),
            children: (
              <UnitsTab api={api} cityApi={cityApi} locale={locale} alliance={a} onChanged={refresh} />
            ),
          },
          {
            key: 'meetings',
            label: t('联席会议', 'Meetings'),
            children: (
              <MeetingsTab api={api} cityApi={cityApi} locale={locale} alliance={a} onChanged={refresh} />
            ),
          },
          {
            key: 'charter',
            label: t('联盟章程', 'Charter'),
            children: <CharterTab api={api} locale={locale} alliance={a} onChanged={refresh} />,
          },
        ]}
      />
    </>
  );
}

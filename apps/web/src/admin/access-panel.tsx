import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Empty, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { typedCityApi } from '../typed-api';
import { GrantTag } from './grant-tag';
import { OrgPicker } from './pickers';
import type { AccessRow } from './types';

/** "Who can act here": pick an org, see every admin whose reach covers it, through which grant, and what they may do. */
export function AccessPanel() {
  const { city } = useCity();
  const t = useT();
  const [orgId, setOrgId] = useState<number | null>(null);
  const { data, error, loading } = useApiData(
    () =>
      orgId ? typedCityApi(city.code).get('/users/access', { query: { orgId } }) : Promise.resolve(undefined),
    [city.code, orgId],
  );

  return (
    <div data-testid="access-panel">
      <Typography.Paragraph type="secondary">{t('people.whoCanActHint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <OrgPicker
          cityCode={city.code}
          value={orgId}
          onChange={setOrgId}
          testId="access-org"
          style={{ width: 360 }}
        />
      </Space>
      <ErrorAlert error={error} />
      {!orgId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.pickOrgFirst')} />
      ) : (
        <Table<AccessRow>
          rowKey={(r) => `${r.userId}-${r.role}-${r.viaOrgId ?? 0}`}
          size="middle"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={false}
          onRow={(r) =>
            ({ 'data-testid': 'access-row', 'data-username': r.username }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('people.user'),
              dataIndex: 'username',
              render: (_: string, r) => (
                <>
                  {r.displayName} <Typography.Text code>{r.username}</Typography.Text>
                </>
              ),
            },
            {
              title: t('people.roleColumn'),
              dataIndex: 'role',
              width: 140,
              render: (role: string) => (
                <GrantTag grant={{ role: role as AccessRow['role'], orgName: null }} />
              ),
            },
            {
              title: t('people.via'),
              dataIndex: 'viaOrgName',
              render: (name: string | null, r) =>
                name ?? (r.role === 'platform_admin' ? t('people.viaPlatform') : t('people.viaCity')),
            },
            {
              title: t('people.can'),
              dataIndex: 'can',
              render: (can: string[]) =>
                can.map((c) => <Tag key={c}>{t(`people.ability.${c}`, { defaultValue: c })}</Tag>),
            },
          ]}
        />
      )}
    </div>
  );
}

import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Breadcrumb, Button, Card, Descriptions, Skeleton } from 'antd';
import { useLabel, useT } from '../i18n';
import { useMe } from '../login/session';
import { MembersTable } from '../members/members-table';
import { typedCityApi } from '../typed-api';
import { OrgActions, type OrgEdit } from './org-edit';

/** One org (with its ancestors) and the members of its subtree. */
export function OrgDetails({
  cityCode,
  orgId,
  onSelect,
  version = 0,
  onEdit,
}: {
  cityCode: string;
  orgId: number;
  onSelect: (id: number) => void;
  version?: number;
  onEdit?: (e: OrgEdit) => void;
}) {
  const t = useT();
  const label = useLabel();
  const me = useMe();
  const { data, error, loading } = useApiData(
    () => typedCityApi(cityCode).get('/orgs/{id}', { params: { id: orgId } }),
    [cityCode, orgId, version],
  );
  // An org admin edits inside the org granted to them; moving or dissolving that org itself is the city's call.
  const granted = me.grants.some((g) => g.role === 'org_admin' && g.orgId === orgId);
  return (
    <>
      <Card title={t('orgTree.details')} style={{ marginBottom: 16 }} data-testid="org-details">
        {data && onEdit && (
          <div style={{ marginBottom: 12 }}>
            <OrgActions org={data} canEditNode={!granted} onEdit={onEdit} />
          </div>
        )}
        <ErrorAlert error={error} />
        {loading || !data ? (
          !error && <Skeleton active paragraph={{ rows: 3 }} />
        ) : (
          <Descriptions
            size="small"
            column={2}
            items={[
              {
                key: 'name',
                label: t('orgTree.name'),
                children: <strong data-testid="org-detail-name">{data.name}</strong>,
                span: 2,
              },
              {
                key: 'path',
                label: t('orgTree.path'),
                span: 2,
                children: data.ancestors.length ? (
                  <Breadcrumb
                    items={data.ancestors.map((a) => ({
                      key: a.id,
                      title: (
                        <Button
                          type="link"
                          size="small"
                          style={{ padding: 0, height: 'auto' }}
                          onClick={() => onSelect(a.id)}
                        >
                          {a.name}
                        </Button>
                      ),
                    }))}
                  />
                ) : (
                  '—'
                ),
              },
              { key: 'kind', label: t('orgTree.kind'), children: label('orgKind', data.kind) },
              { key: 'members', label: t('orgTree.memberCount'), children: data.memberCount },
              { key: 'children', label: t('orgTree.children'), children: data.childCount, span: 2 },
            ]}
          />
        )}
      </Card>
      <Card title={t('orgTree.members')}>
        <MembersTable
          key={`${cityCode}/${orgId}/${version}`}
          cityCode={cityCode}
          orgId={orgId}
          pageSize={10}
        />
      </Card>
    </>
  );
}

import { Card, Typography } from 'antd';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { MembersExportButton } from '../roster/export-button';
import { MembersTable } from './members-table';

export function MembersPage() {
  const { city } = useCity();
  const t = useT();
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
        {t('members.title')}
      </Typography.Title>
      <MembersTable
        key={city.code}
        cityCode={city.code}
        toolbarExtra={(filters) => <MembersExportButton filters={filters} />}
      />
    </Card>
  );
}

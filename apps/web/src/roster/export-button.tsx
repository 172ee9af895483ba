import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { cityApi } from '../api';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';

export interface MemberFilters {
  q?: string;
  category?: string;
  orgId?: number;
}

/**
 * 导出 Excel (or CSV, UTF-8 with BOM): the members list as it is filtered, in the user's scope (GET roster/export/members.xlsx). ID numbers
 * and phones are masked; a city admin may ask for them in full, which the audit log records.
 */
export function MembersExportButton({ filters }: { filters: MemberFilters }) {
  const { city } = useCity();
  const { locale } = useLocale();
  const t = useT();
  const url = (reveal: boolean, format: 'xlsx' | 'csv' = 'xlsx') =>
    cityApi(city.code).url(`/roster/export/members.${format}`, {
      ...filters,
      lang: locale,
      reveal: reveal ? 'true' : undefined,
    });
  const csvItem = {
    key: 'csv',
    label: (
      <a href={url(false, 'csv')} data-testid="members-export-csv">
        {t('roster.exportCsv')}
      </a>
    ),
  };
  const button = (
    <Button icon={<DownloadOutlined />} href={url(false)} data-testid="members-export">
      {t('roster.exportMembers')}
    </Button>
  );
  if (city.access !== 'city')
    return (
      <Space.Compact>
        {button}
        <Dropdown menu={{ items: [csvItem] }}>
          <Button icon={<DownOutlined />} aria-label={t('roster.exportMore')} />
        </Dropdown>
      </Space.Compact>
    );
  return (
    <Space.Compact>
      {button}
      <Dropdown
        menu={{
          items: [
            {
              key: 'reveal',
              label: (
                <a href={url(true)} data-testid="members-export-reveal">
                  {t('roster.exportReveal')}
                </a>
              ),
            },
            csvItem,
            {
              key: 'csv-reveal',
              label: (
                <a href={url(true, 'csv')} data-testid="members-export-csv-reveal">
                  {t('roster.exportCsvReveal')}
                </a>
              ),
            },
          ],
        }}
      >
        <Button icon={<DownOutlined />} aria-label={t('roster.exportMore')} />
      </Dropdown>
    </Space.Compact>
  );
}

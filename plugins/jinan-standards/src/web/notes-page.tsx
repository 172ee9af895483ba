import { ErrorAlert, type PluginPageProps, Section, useApiData } from '@jiceng/ui';
import { Table } from 'antd';

export default function NotesPage({ api, locale }: PluginPageProps) {
  const { data, error, loading } = useApiData(() => api.get<{ items: any[] }>('/notes'), [api]);
  const zh = locale === 'zh-CN';
  return (
    <Section title={zh ? '记录' : 'Notes'}>
      <ErrorAlert error={error} />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        columns={[
          { title: zh ? '党组织' : 'Organization', dataIndex: 'orgName' },
          { title: zh ? '标题' : 'Title', dataIndex: 'title' },
        ]}
      />
    </Section>
  );
}

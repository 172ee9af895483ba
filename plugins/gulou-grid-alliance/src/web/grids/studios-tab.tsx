import {
  type BodyOf,
  ErrorAlert,
  FormDialog,
  type PluginPageProps,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Form, Input, Table } from 'antd';
import { useState } from 'react';
import type { paths } from '../api.generated';
import { OrgPicker } from './bodies-tab';
import type { StudioRow } from './types';

/** The studio dialog's fields: the representatives typed as one list, split before sending. */
type NewStudioFields = Omit<BodyOf<paths, '/studios', 'post'>, 'representatives'> & {
  representatives: string;
};

export function StudiosTab({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const { data, error, loading, reload } = useApiData(() => typed.get('/studios'), [api]);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<NewStudioFields>();
  const create = useSubmit(() => {
    setCreating(false);
    form.resetFields();
    reload();
  });
  return (
    <>
      <Button onClick={() => setCreating(true)} style={{ marginBottom: 12 }}>
        {t('设立党代表工作室', 'Set up a studio')}
      </Button>
      <ErrorAlert error={error} />
      <Table<StudioRow>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('工作室', 'Studio'), dataIndex: 'name' },
          { title: t('所在组织', 'Org'), dataIndex: 'orgName' },
          {
            title: t('党代表', 'Representatives'),
            dataIndex: 'representatives',
            render: (v: StudioRow['representatives']) => v.join('、'),
          },
          { title: t('在办疑难诉求', 'Open hard cases'), dataIndex: 'openCases', align: 'right' },
        ]}
      />
      <FormDialog
        open={creating}
        title={t('设立党代表工作室', 'Set up a party-representative studio')}
        form={form}
        submit={create}
        onCancel={() => setCreating(false)}
        onValues={async (v) => {
          const representatives = v.representatives.split(/[,，、\s]+/).filter(Boolean);
          await create.run(() => typed.post('/studios', { orgId: v.orgId, name: v.name, representatives }));
        }}
      >
        <Form.Item<NewStudioFields> name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item<NewStudioFields> name="orgId" label={t('设在', 'Hosted by')} rules={[{ required: true }]}>
          <OrgPicker api={api} cityApi={cityApi} locale={locale} />
        </Form.Item>
        <Form.Item<NewStudioFields>
          name="representatives"
          label={t('党代表（用顿号或逗号分隔）', 'Representatives (comma-separated)')}
          rules={[{ required: true }]}
        >
          <Input />
        </Form.Item>
      </FormDialog>
    </>
  );
}

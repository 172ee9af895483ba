import {
  type ApiClient,
  ErrorAlert,
  errorText,
  label,
  optionsOf,
  type PluginPageProps,
  Section,
  tr,
  typedClient,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { ACTIVITY_KIND_LABELS } from '../shared/terms';
import type { paths } from './api.generated';
import { CommunitySelect, firstManaged, useCommunities } from './common';

/** Registrations of a community, searched by name (for picking participants). */
function RegistrationPicker({
  api,
  communityId,
  locale,
  multiple,
  value,
  onChange,
  testId,
}: {
  api: ApiClient;
  communityId: number;
  locale: 'zh-CN' | 'en';
  multiple?: boolean;
  value?: number | number[];
  onChange?: (v: number | number[]) => void;
  testId?: string;
}) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const search = async (q: string) => {
    const r = await typedClient<paths>(api).get('/registrations', {
      query: {
        communityOrgId: communityId,
        side: 'community',
        open: 'true',
        q: q || undefined,
        pageSize: 50,
      },
    });
    setOptions(
      r.items
        .filter((x) => x.status !== 'sent')
        .map((x) => ({ value: x.id, label: `${x.memberName} · ${x.residencePlaceName ?? ''}` })),
    );
  };
  return (
    <Select
      aria-label={tr(locale)('输入姓名搜索', 'Type a name')}
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={onChange}
      onFocus={() => !options.length && search('')}
      showSearch={{ filterOption: false, onSearch: search }}
      options={options}
      placeholder={tr(locale)('输入姓名搜索', 'Type a name')}
    />
  );
}

export default function ActivitiesPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const communities = useCommunities(api);
  const [picked, setPicked] = useState<number>();
  const communityId = picked ?? firstManaged(communities.data?.items);
  const activities = useApiData(
    () =>
      communityId
        ? typedClient<paths>(api).get('/activities', { query: { communityOrgId: communityId } })
        : Promise.resolve({ items: [] }),
    [api, communityId],
  );
  const [dialog, setDialog] = useState<'activity' | 'visit' | 'thing' | null>(null);
  return (
    <div data-testid="activities-page">
      <Space style={{ marginBottom: 16 }} wrap>
        <CommunitySelect
          communities={communities.data?.items}
          value={communityId}
          onChange={setPicked}
          locale={locale}
        />
        <Button
          type="primary"
          disabled={!communityId}
          data-testid="add-activity"
          onClick={() => setDialog('activity')}
        >
          {t('记录社区活动', 'Record an activity')}
        </Button>
        <Button disabled={!communityId} data-testid="add-visit" onClick={() => setDialog('visit')}>
          {t('登记到社区报到', 'Record an in-person report')}
        </Button>
        <Button disabled={!communityId} data-testid="add-thing" onClick={() => setDialog('thing')}>
          {t('登记为社区办实事', 'Record a practical thing')}
        </Button>
      </Space>
      <ErrorAlert error={activities.error} />
      <Section title={t('社区活动（活动记录卡的来源）', 'Community activities (the activity record cards)')}>
        <Table
          size="small"
          rowKey="id"
          loading={activities.loading}
          dataSource={activities.data?.items ?? []}
          pagination={{ pageSize: 15 }}
          columns={[
            { title: t('日期', 'Date'), dataIndex: 'heldOn' },
            { title: t('活动', 'Activity'), dataIndex: 'title' },
            {
              title: t('类别', 'Kind'),
              dataIndex: 'kind',
              render: (k: string) => label(ACTIVITY_KIND_LABELS, k, locale),
            },
            { title: t('地点', 'Place'), dataIndex: 'location' },
            { title: t('参加人数', 'Participants'), dataIndex: 'participants', align: 'right' },
          ]}
        />
      </Section>
      {dialog && communityId && (
        <RecordDialog
          api={api}
          locale={locale}
          kind={dialog}
          communityId={communityId}
          onClose={(saved) => {
            setDialog(null);
            if (saved) activities.reload();
          }}
        />
      )}
    </div>
  );
}

function RecordDialog({
  api,
  locale,
  kind,
  communityId,
  onClose,
}: {
  api: ApiClient;
  locale: 'zh-CN' | 'en';
  kind: 'activity' | 'visit' | 'thing';
  communityId: number;
  onClose: (saved: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const typed = typedClient<paths>(api);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      if (kind === 'activity')
        await typed.post('/activities', {
          communityOrgId: communityId,
          kind: v.kind,
          title: v.title,
          heldOn: v.date,
          location: v.location || null,
          participants: v.participants ?? [],
          hours: v.hours ?? null,
        });
      else if (kind === 'visit')
        await typed.post(
          '/registrations/{id}/visits',
          { visitedOn: v.date },
          { params: { id: v.registrationId } },
        );
      else
        await typed.post(
          '/registrations/{id}/practical-things',
          { doneOn: v.date, title: v.title },
          { params: { id: v.registrationId } },
        );
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const title =
    kind === 'activity'
      ? t('记录社区活动', 'Record an activity')
      : kind === 'visit'
        ? t('在职党员持证到社区报到', 'In-person report')
        : t('为社区办实事', 'Practical thing');
  return (
    <Modal
      open
      title={title}
      onCancel={() => onClose(false)}
      onOk={submit}
      okButtonProps={{ 'data-testid': 'record-submit' }}
      destroyOnHidden
      width={560}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'collective' }}>
        {kind === 'activity' && (
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item name="kind" label={t('类别', 'Kind')} rules={[{ required: true }]}>
                <Select options={optionsOf(ACTIVITY_KIND_LABELS, locale)} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="location" label={t('地点', 'Place')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {kind !== 'visit' && (
          <Form.Item
            name="title"
            label={kind === 'activity' ? t('活动名称', 'Activity') : t('实事内容', 'What was done')}
            rules={[{ required: true }]}
          >
            <Input maxLength={100} data-testid="record-title" />
          </Form.Item>
        )}
        <Form.Item name="date" label={t('日期', 'Date')} rules={[{ required: true }]}>
          <Input type="date" data-testid="record-date" />
        </Form.Item>
        {kind === 'activity' ? (
          <>
            <Form.Item name="participants" label={t('参加的在职党员', 'Members who joined')}>
              <RegistrationPicker
                api={api}
                communityId={communityId}
                locale={locale}
                multiple
                testId="record-participants"
              />
            </Form.Item>
            <Form.Item name="hours" label={t('时长（小时）', 'Hours')}>
              <InputNumber min={0} max={24} step={0.5} />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="registrationId" label={t('党员', 'Member')} rules={[{ required: true }]}>
            <RegistrationPicker api={api} communityId={communityId} locale={locale} testId="record-member" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

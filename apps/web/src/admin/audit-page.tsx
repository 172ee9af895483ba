import { DownloadOutlined } from '@ant-design/icons';
import { ErrorAlert, useApiData } from '@jiceng/ui';
import { AutoComplete, Button, Card, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import { cityApi } from '../api';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { AuditDiff } from './audit-diff';
import type { AuditEntry } from './types';

const ENTITIES = ['org', 'member', 'affiliation', 'unit', 'place', 'user', 'plugin', 'city', 'import_job'];
const ACTIONS = [
  'create',
  'update',
  'delete',
  'move',
  'deactivate',
  'end',
  'grant',
  'revoke',
  'reset_password',
  'enable',
  'disable',
  'configure',
  'import',
  'reveal',
  'login',
  'change_password',
];
const ACTION_COLOR: Record<string, string> = {
  create: 'green',
  update: 'blue',
  configure: 'blue',
  delete: 'red',
  deactivate: 'red',
  disable: 'red',
  revoke: 'orange',
  grant: 'purple',
  enable: 'green',
  import: 'cyan',
  reveal: 'gold',
};

interface Filters {
  actor?: string;
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** 审计日志: who changed what, filtered and paged, with before/after per entry and an Excel export. City admins. */
export function AuditPage() {
  const { city } = useCity();
  const { locale } = useLocale();
  const t = useT();
  const [form] = Form.useForm();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const api = cityApi(city.code);
  const { data, error, loading } = useApiData(
    () => api.get<{ items: AuditEntry[]; total: number }>('/audit', { ...filters, page, pageSize }),
    [city.code, filters, page, pageSize],
  );

  function apply(values: {
    actor?: string;
    entity?: string;
    action?: string;
    range?: [Dayjs | null, Dayjs | null] | null;
  }) {
    setFilters({
      actor: values.actor?.trim() || undefined,
      entity: values.entity?.trim() || undefined,
      action: values.action?.trim() || undefined,
      from: values.range?.[0]?.format('YYYY-MM-DD'),
      to: values.range?.[1]?.format('YYYY-MM-DD'),
    });
    setPage(1);
  }

  const label = (group: 'entity' | 'action', v: string) => t(`audit.${group}s.${v}`, { defaultValue: v });
  const exportUrl = api.url('/audit/export', { ...filters, lang: locale });

  return (
    <Card data-testid="audit-page">
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
        {t('audit.title')}
      </Typography.Title>
      <Form
        form={form}
        layout="inline"
        onFinish={apply}
        style={{ marginBottom: 12, rowGap: 8 }}
        data-testid="audit-filters"
      >
        <Form.Item name="actor">
          <Input
            aria-label={t('audit.actorPlaceholder')}
            allowClear
            placeholder={t('audit.actorPlaceholder')}
            style={{ width: 180 }}
            data-testid="audit-actor"
          />
        </Form.Item>
        <Form.Item name="entity">
          <AutoComplete
            aria-label={t('audit.entity')}
            allowClear
            placeholder={t('audit.entity')}
            style={{ width: 160 }}
            data-testid="audit-entity"
            options={ENTITIES.map((e) => ({ value: e, label: `${label('entity', e)} (${e})` }))}
            showSearch={{
              filterOption: (input, o) =>
                String(o?.value ?? '').includes(input) || String(o?.label ?? '').includes(input),
            }}
          />
        </Form.Item>
        <Form.Item name="action">
          <AutoComplete
            aria-label={t('audit.action')}
            allowClear
            placeholder={t('audit.action')}
            style={{ width: 160 }}
            data-testid="audit-action"
            options={ACTIONS.map((a) => ({ value: a, label: `${label('action', a)} (${a})` }))}
            showSearch={{
              filterOption: (input, o) =>
                String(o?.value ?? '').includes(input) || String(o?.label ?? '').includes(input),
            }}
          />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker
            data-testid="audit-range"
            disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-apply">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              apply({});
            }}
          >
            {t('audit.reset')}
          </Button>
          <Button icon={<DownloadOutlined />} href={exportUrl} data-testid="audit-export">
            {t('audit.export')}
          </Button>
        </Space>
      </Form>
      <ErrorAlert error={error} />
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        onRow={(r) =>
          ({
            'data-testid': 'audit-row',
            'data-entity': r.entity,
            'data-action': r.action,
          }) as HTMLAttributes<HTMLElement>
        }
        expandable={{
          expandedRowRender: (r) => <AuditDiff before={r.before} after={r.after} />,
          expandRowByClick: true,
        }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p, s) => {
            setPage(s !== pageSize ? 1 : p);
            setPageSize(s);
          },
        }}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 180,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
          },
          {
            title: t('audit.actor'),
            dataIndex: 'actor',
            width: 200,
            render: (a: AuditEntry['actor']) =>
              a ? (
                <>
                  {a.displayName} <Typography.Text type="secondary">({a.username})</Typography.Text>
                </>
              ) : (
                <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
              ),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 140,
            render: (v: string, r) => (
              <Tag color={ACTION_COLOR[v]} data-testid="audit-action-label">
                {r.labels?.action ?? label('action', v)}
              </Tag>
            ),
          },
          {
            title: t('audit.entity'),
            dataIndex: 'entity',
            width: 220,
            render: (v: string, r) => (
              <span data-testid="audit-entity-label">
                {r.labels?.model && <Typography.Text type="secondary">{r.labels.model} · </Typography.Text>}
                {r.labels?.entity ?? label('entity', v)}
              </span>
            ),
          },
          {
            title: t('audit.subject'),
            dataIndex: 'entityId',
            render: (v: string | null, r) => {
              const entity = r.labels?.entity ?? label('entity', r.entity);
              const id = v ? ` ${v}` : '';
              const words = r.labels?.subject
                ? locale === 'zh-CN'
                  ? `${r.labels.subject}（${entity}${id}）`
                  : `${r.labels.subject} (${entity}${id})`
                : v
                  ? `${entity}${id}`
                  : '—';
              return r.labels?.page ? (
                <Link
                  to={`/c/${city.code}/${r.labels.page}`}
                  onClick={(e) => e.stopPropagation()}
                  data-testid="audit-subject"
                >
                  {words}
                </Link>
              ) : (
                <span data-testid="audit-subject">{words}</span>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

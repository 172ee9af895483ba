import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useState } from 'react';
import { useLabel, useT } from '../i18n';
import { typedCityApi } from '../typed-api';
import { MEMBER_CATEGORIES, type MemberRow } from '../types';
import { categoryColor } from './labels';
import { MemberDrawer } from './member-drawer';

/**
 * Server-paged members (GET members?page&pageSize&q&category&orgId) with search and category filter;
 * a row click opens the member's drawer. Used by the members page and, with orgId, by the org tree
 * (callers key it by city and org so a new one starts on page 1).
 */
export function MembersTable({
  cityCode,
  orgId,
  pageSize: initialPageSize = 20,
  toolbarExtra,
}: {
  cityCode: string;
  orgId?: number;
  pageSize?: number;
  /** More toolbar buttons, given the filters in force (the export button downloads what the table shows). */
  toolbarExtra?: (filters: { q?: string; category?: string; orgId?: number }) => ReactNode;
}) {
  const t = useT();
  const label = useLabel();
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<(typeof MEMBER_CATEGORIES)[number] | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const [openId, setOpenId] = useState<number | null>(null);

  const { data, error, loading } = useApiData(
    () => typedCityApi(cityCode).get('/members', { query: { page, pageSize, q, category, orgId } }),
    [cityCode, orgId, page, pageSize, q, category],
  );

  return (
    <div data-testid="members-table">
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t('members.search')}
          allowClear
          placeholder={t('members.search')}
          onSearch={(v) => {
            setQ(v.trim());
            setPage(1);
          }}
          style={{ width: 300 }}
          data-testid="members-search"
        />
        <Select
          aria-label={t('members.allCategories')}
          allowClear
          placeholder={t('members.allCategories')}
          value={category}
          onChange={(v) => {
            setCategory(v);
            setPage(1);
          }}
          style={{ width: 160 }}
          data-testid="members-category"
          options={MEMBER_CATEGORIES.map((c) => ({ value: c, label: label('category', c) }))}
        />
        {toolbarExtra?.({ q: q || undefined, category, orgId })}
      </Space>
      <ErrorAlert error={error} />
      <Table<MemberRow>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 900 }}
        onRow={(row) =>
          ({
            'data-testid': 'member-row',
            'data-member-id': row.id,
            onClick: () => setOpenId(row.id),
            style: { cursor: 'pointer' },
          }) as HTMLAttributes<HTMLElement>
        }
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
            title: t('members.name'),
            dataIndex: 'name',
            width: 110,
            fixed: 'left',
            // A button, so the row opens from the keyboard too (its click reaches the row's handler).
            render: (v: string) => (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }}>
                {v}
              </Button>
            ),
          },
          {
            title: t('members.gender'),
            dataIndex: 'gender',
            width: 70,
            render: (v: string) => label('gender', v),
          },
          { title: t('members.idNumber'), dataIndex: 'idNumber', width: 190 },
          {
            title: t('members.phone'),
            dataIndex: 'phone',
            width: 130,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('members.category'),
            dataIndex: 'category',
            width: 120,
            render: (v: string) => <Tag color={categoryColor(v)}>{label('category', v)}</Tag>,
          },
          {
            title: t('members.cadreRank'),
            dataIndex: 'cadreRank',
            width: 100,
            render: (v: string) => label('cadreRank', v),
          },
          { title: t('members.org'), dataIndex: 'orgName', ellipsis: true },
          {
            title: t('members.unit'),
            dataIndex: 'unitName',
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('members.active'),
            dataIndex: 'active',
            width: 80,
            render: (v: boolean) =>
              v ? <Tag color="green">{t('members.activeYes')}</Tag> : <Tag>{t('members.activeNo')}</Tag>,
          },
        ]}
      />
      <MemberDrawer cityCode={cityCode} memberId={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}

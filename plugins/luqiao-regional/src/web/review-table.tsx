import { Section } from '@jiceng/ui';
import { Segmented, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';

/**
 * The shape Luqiao's review pages share (centre visits, reception follow-ups, service records): a section of
 * records, optionally filtered by a status switch, where a row's action opens a dialog to review it (complete,
 * follow up) and the dialog's end closes it again.
 */
export interface ReviewTableProps<R extends { id: number }, S extends string = string> {
  title: ReactNode;
  /** The status switch in the section's corner (its options' values are the route's `status` query). */
  filter?: { value: S; onChange: (value: S) => void; options: { value: S; label: string }[] };
  /** More controls beside the switch (a "record" button). */
  extra?: ReactNode;
  testId?: string;
  rows: R[] | undefined;
  loading?: boolean;
  /** The server's pages (the route's page/pageSize/total), a page size for paging in the browser, or none. */
  paging:
    | { page: number; pageSize: number; total: number; onChange: (page: number) => void }
    | number
    | false;
  /** The columns; `review(row)` opens the row's dialog. */
  columns: (review: (row: R) => void) => ColumnsType<R>;
  /** The dialog of the row under review; `close` ends the review. */
  dialog?: (row: R, close: () => void) => ReactNode;
  /** Shown above the table (a form to add a record). */
  children?: ReactNode;
}

export function ReviewTable<R extends { id: number }, S extends string = string>({
  title,
  filter,
  extra,
  testId,
  rows,
  loading,
  paging,
  columns,
  dialog,
  children,
}: ReviewTableProps<R, S>) {
  const [reviewing, setReviewing] = useState<R | null>(null);
  const switcher = filter && (
    <Segmented value={filter.value} onChange={(v) => filter.onChange(v)} options={filter.options} />
  );
  const corner =
    switcher && extra ? (
      <Space>
        {switcher}
        {extra}
      </Space>
    ) : (
      (switcher ?? extra)
    );
  return (
    <Section title={title} extra={corner}>
      {children}
      <Table<R>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows ?? []}
        data-testid={testId}
        pagination={
          typeof paging === 'object'
            ? {
                current: paging.page,
                pageSize: paging.pageSize,
                total: paging.total,
                onChange: paging.onChange,
                showSizeChanger: false,
              }
            : typeof paging === 'number'
              ? { pageSize: paging }
              : false
        }
        columns={columns(setReviewing)}
      />
      {reviewing && dialog?.(reviewing, () => setReviewing(null))}
    </Section>
  );
}

import { Alert, Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { refusalOf } from './submit';

export function StatCards({
  items,
}: {
  items: { title: string; value: number | string; suffix?: string; testId?: string }[];
}) {
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.title} xs={24} sm={12} md={6}>
          <Card size="small" data-testid={item.testId}>
            <Statistic title={item.title} value={item.value} suffix={item.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** Shows an API error's localized message (and field) the way every page should. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={refusalOf(error).message}
      data-testid="error-alert"
      style={{ marginBottom: 16 }}
    />
  );
}

export function Section({
  title,
  extra,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card title={title} extra={extra} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

/**
 * A name in a table cell that has `ellipsis: { showTitle: false }` and a width: it ends in "…" when the column is too
 * narrow and shows in full on hover (and on tap), so a long org name is never cut without a way to read it.
 */
export function named(value: string | null | undefined) {
  if (value == null || value === '') return '—';
  return (
    <Tooltip title={value} placement="topLeft">
      <span>{value}</span>
    </Tooltip>
  );
}

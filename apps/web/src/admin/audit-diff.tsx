import { Table, Typography } from 'antd';
import { useT } from '../i18n';

const isPlain = (v: unknown): v is Record<string, unknown> =>
  v != null && typeof v === 'object' && !Array.isArray(v);

/** {a: {b: 1}, c: [1]} → {'a.b': 1, c: [1]}: nested objects by dotted key, lists and scalars as they are. */
export function flatten(
  value: unknown,
  prefix = '',
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  if (!isPlain(value)) {
    if (prefix) out[prefix] = value;
    return out;
  }
  const keys = Object.keys(value);
  if (!keys.length && prefix) out[prefix] = value;
  for (const k of keys) flatten(value[k], prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** Every key of before and after, changed ones first and highlighted (added or removed count as changed). */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isPlain(before) && !isPlain(after)) {
    return before == null && after == null
      ? []
      : [{ key: '', before, after, changed: show(before) !== show(after) }];
  }
  const b = flatten(isPlain(before) ? before : before == null ? {} : { '': before });
  const a = flatten(isPlain(after) ? after : after == null ? {} : { '': after });
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys.map((key) => ({
    key,
    before: b[key],
    after: a[key],
    changed: show(b[key]) !== show(a[key]),
  }));
  // What changed comes first; the rest, for context, after it.
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}

/** Before and after of one audit entry, side by side, changed keys marked. */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const rows = diffRows(before, after);
  if (!rows.length) return <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>;
  const cell = (v: unknown, row: DiffRow, side: 'before' | 'after') => (
    <Typography.Text
      style={{
        fontFamily: 'monospace',
        fontSize: 12,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        ...(row.changed ? { background: side === 'before' ? '#fff1f0' : '#f6ffed', padding: '0 4px' } : {}),
      }}
      delete={row.changed && side === 'before' && v !== undefined}
    >
      {v === undefined ? '—' : show(v)}
    </Typography.Text>
  );
  return (
    <Table<DiffRow>
      data-testid="audit-diff"
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      onRow={(r) =>
        ({
          'data-changed': r.changed ? 'true' : 'false',
          'data-testid': 'diff-row',
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: t('audit.field'),
          dataIndex: 'key',
          width: 280,
          render: (k: string, r) => (
            <Typography.Text
              code
              strong={r.changed}
              type={r.changed ? undefined : 'secondary'}
              style={{ wordBreak: 'break-all' }}
            >
              {k || '—'}
            </Typography.Text>
          ),
        },
        { title: t('audit.before'), dataIndex: 'before', render: (v: unknown, r) => cell(v, r, 'before') },
        { title: t('audit.after'), dataIndex: 'after', render: (v: unknown, r) => cell(v, r, 'after') },
      ]}
    />
  );
}

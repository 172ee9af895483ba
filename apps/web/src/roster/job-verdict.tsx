import { ErrorAlert } from '@jiceng/ui';
import { Alert, Button, Card, Col, Popconfirm, Row, Space, Statistic, Tooltip } from 'antd';
import { useT } from '../i18n';
import { JobHeader, StepsBar } from './job-parts';
import { ProblemsTable } from './problems-table';
import type { ImportJob } from './types';

/**
 * A checked job: the dry run's counts and verdict, and the choice: import every row (only when none has a
 * problem), only the good rows (confirmed), or discard the upload; then the problems, when there are any.
 */
export function JobVerdict({
  job,
  busy,
  actionError,
  onCommit,
  onDiscard,
}: {
  job: ImportJob;
  busy: string | null;
  actionError: unknown;
  onCommit: (mode: 'all' | 'good_rows') => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const c = job.counts;
  const problems = c.errorRows ?? 0;
  const good = c.goodRows ?? 0;
  return (
    <div data-testid="job-validated">
      <StepsBar current={2} />
      <JobHeader job={job} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['totalRows', c.totalRows],
            ['goodRows', c.goodRows],
            ['errorRows', c.errorRows],
            ['toInsert', c.toInsert],
            ['toUpdate', c.toUpdate],
            ['unchanged', c.unchanged],
          ] as const
        ).map(([k, v]) => (
          <Col key={k} xs={12} sm={8} md={4}>
            <Card size="small" data-testid={`count-${k}`}>
              <Statistic
                title={t(`roster.count.${k}`)}
                value={v ?? 0}
                styles={k === 'errorRows' && problems ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <ErrorAlert error={actionError} />
      {problems > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('roster.hasProblems', { rows: problems, count: c.errorCount ?? problems })}
        />
      ) : (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('roster.noProblems')}
          data-testid="no-problems"
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        <Tooltip title={problems ? t('roster.allRefused') : undefined}>
          <Button
            type="primary"
            disabled={problems > 0}
            loading={busy === 'all'}
            onClick={() => onCommit('all')}
            data-testid="commit-all"
          >
            {t('roster.commitAll', { count: c.totalRows ?? 0 })}
          </Button>
        </Tooltip>
        {problems > 0 && (
          <Popconfirm
            title={t('roster.goodRowsConfirm', { good, skipped: problems })}
            okText={t('roster.commitGood', { count: good })}
            cancelText={t('common.cancel')}
            okButtonProps={{ 'data-testid': 'confirm-good-rows' }}
            onConfirm={() => onCommit('good_rows')}
            disabled={good === 0}
          >
            <Button disabled={good === 0} loading={busy === 'good_rows'} data-testid="commit-good">
              {t('roster.commitGood', { count: good })}
            </Button>
          </Popconfirm>
        )}
        <Button danger loading={busy === 'discard'} onClick={onDiscard} data-testid="discard">
          {t('roster.discard')}
        </Button>
      </Space>
      {problems > 0 && <ProblemsTable job={job} />}
    </div>
  );
}

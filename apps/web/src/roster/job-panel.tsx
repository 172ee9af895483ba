import { ErrorAlert } from '@jiceng/ui';
import { Alert, Button, Col, Progress, Result, Row, Space, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { cityApi } from '../api';
import { typedCityApi } from '../typed-api';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { JobHeader, StepsBar } from './job-parts';
import { isRunning, rowsBeingImported } from './job-status';
import { JobVerdict } from './job-verdict';
import type { ImportJob, ImportKind } from './types';

/** Polls the job every second while the server works on it. */
function useJob(jobId: number) {
  const { city } = useCity();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>();
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick asks for a re-read
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const j = await typedCityApi(city.code).get('/roster/jobs/{id}', { params: { id: jobId } });
        if (!live) return;
        setJob(j);
        setError(undefined);
        if (isRunning(j.status)) timer = setTimeout(poll, 1000);
      } catch (e) {
        if (live) setError(e);
      }
    };
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [city.code, jobId, tick]);
  return { job, error, refresh: () => setTick((n) => n + 1), setJob };
}

/** One upload's job through its states: checking, checked (the verdict), importing, done, failed or cancelled. */
export function JobPanel({ jobId, onRestart }: { jobId: number; onRestart: (kind?: ImportKind) => void }) {
  const { city } = useCity();
  const t = useT();
  const { job, error, refresh, setJob } = useJob(jobId);
  const [actionError, setActionError] = useState<unknown>();
  const [busy, setBusy] = useState<string | null>(null);
  const api = cityApi(city.code);

  async function commit(mode: 'all' | 'good_rows') {
    setActionError(undefined);
    setBusy(mode);
    try {
      setJob(
        await typedCityApi(city.code).post('/roster/jobs/{id}/commit', { mode }, { params: { id: jobId } }),
      );
      refresh();
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  async function discard() {
    setActionError(undefined);
    setBusy('discard');
    try {
      await api.delete(`/roster/jobs/${jobId}`);
      onRestart(job?.kind);
    } catch (e) {
      setActionError(e);
    } finally {
      setBusy(null);
    }
  }

  if (!job)
    return error ? (
      <ErrorAlert error={error} />
    ) : (
      <Progress aria-label={t('roster.title')} percent={0} status="active" />
    );
  const c = job.counts;

  if (job.status === 'validating' || job.status === 'importing') {
    const validating = job.status === 'validating';
    return (
      <div data-testid="job-running">
        <StepsBar current={validating ? 1 : 3} />
        <JobHeader job={job} />
        <Progress
          aria-label={t('roster.title')}
          percent={validating ? Math.round(job.progress.fraction * 100) : 99}
          status="active"
          data-testid="job-progress"
          style={{ maxWidth: 640 }}
        />
        <Typography.Paragraph type="secondary">
          {validating
            ? t('roster.checking', { done: job.progress.processedRows, total: job.progress.totalRows ?? '…' })
            : t('roster.importing', { count: rowsBeingImported(job) })}
        </Typography.Paragraph>
        <ErrorAlert error={error} />
      </div>
    );
  }

  if (job.status === 'failed')
    return (
      <div data-testid="job-failed">
        <StepsBar current={job.mode ? 3 : 1} status="error" />
        <JobHeader job={job} />
        <Alert
          type="error"
          showIcon
          title={job.failure?.message ?? t('roster.failed')}
          description={t('roster.failedHint')}
          data-testid="job-failure"
          style={{ marginBottom: 16 }}
        />
        <Button type="primary" onClick={() => onRestart(job.kind)} data-testid="job-restart">
          {t('roster.uploadAgain')}
        </Button>
      </div>
    );

  if (job.status === 'cancelled')
    return (
      <div data-testid="job-cancelled">
        <JobHeader job={job} />
        <Alert type="info" showIcon title={t('roster.cancelled')} style={{ marginBottom: 16 }} />
        <Button type="primary" onClick={() => onRestart(job.kind)} data-testid="job-restart">
          {t('roster.uploadAgain')}
        </Button>
      </div>
    );

  if (job.status === 'done') {
    const listUrl = job.kind === 'orgs' ? `/c/${city.code}/orgs` : `/c/${city.code}/members`;
    return (
      <div data-testid="job-done">
        <StepsBar current={4} />
        <JobHeader job={job} />
        <Result
          status="success"
          title={t('roster.doneTitle')}
          subTitle={t('roster.doneSubtitle', { file: job.fileName })}
          extra={
            <Space>
              {(job.kind === 'members' || job.kind === 'orgs') && (
                <Link to={listUrl} data-testid="job-open-list">
                  <Button type="primary">
                    {t(job.kind === 'members' ? 'roster.openMembers' : 'roster.openOrgs')}
                  </Button>
                </Link>
              )}
              <Button onClick={() => onRestart(job.kind)} data-testid="job-restart">
                {t('roster.another')}
              </Button>
            </Space>
          }
        />
        <Row gutter={16} style={{ maxWidth: 720, margin: '0 auto' }}>
          <Col span={6}>
            <Statistic title={t('roster.inserted')} value={c.inserted ?? 0} data-testid="done-inserted" />
          </Col>
          <Col span={6}>
            <Statistic title={t('roster.updated')} value={c.updated ?? 0} data-testid="done-updated" />
          </Col>
          <Col span={6}>
            <Statistic title={t('roster.unchanged')} value={c.unchanged ?? 0} data-testid="done-unchanged" />
          </Col>
          <Col span={6}>
            <Statistic title={t('roster.skipped')} value={c.skipped ?? 0} data-testid="done-skipped" />
          </Col>
        </Row>
      </div>
    );
  }

  // validated: the dry run's verdict, the problems, and the choice.
  return <JobVerdict job={job} busy={busy} actionError={actionError} onCommit={commit} onDiscard={discard} />;
}

import { ErrorAlert, useApiData } from '@jiceng/ui';
import { App, Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale, useLocalized, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { typedCityApi } from '../typed-api';
import type { JobItem, JobRun } from './types';

const STATUS_COLOR: Record<JobRun['status'], string> = { done: 'green', failed: 'red', running: 'blue' };

/** 定时任务: the daily jobs of the models this city enabled, their recent runs, and "run now". City admins. */
export function JobsPage() {
  const { city } = useCity();
  const t = useT();
  const localized = useLocalized();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const api = typedCityApi(city.code);
  const { data, error, loading, reload } = useApiData(() => api.get('/jobs'), [city.code]);
  const [running, setRunning] = useState<string | null>(null);
  const [runError, setRunError] = useState<unknown>();

  async function runNow(job: JobItem) {
    const key = `${job.pluginId}/${job.id}`;
    setRunning(key);
    setRunError(undefined);
    try {
      const run = await api.post(
        '/jobs/{pluginId}/{jobId}/run',
        {},
        { params: { pluginId: job.pluginId, jobId: job.id } },
      );
      if (run.status === 'done') message.success(t('adminJobs.ranDone', { name: localized(job.names) }));
      else message.error(t('adminJobs.ranFailed', { name: localized(job.names), error: run.error ?? '' }));
      reload();
    } catch (e) {
      setRunError(e);
    } finally {
      setRunning(null);
    }
  }

  const status = (run: JobRun | null) =>
    run ? (
      <Tag color={STATUS_COLOR[run.status]} data-testid="job-status">
        {t(`adminJobs.status.${run.status}`)}
      </Tag>
    ) : (
      <Tag>{t('adminJobs.never')}</Tag>
    );
  const summary = (job: JobItem, run: JobRun | null) =>
    run?.error ? (
      <Typography.Text type="danger">{run.error}</Typography.Text>
    ) : run?.result ? (
      <span data-testid="job-result">
        {Object.entries(run.result)
          .map(([k, v]) => `${job.resultLabels[k] ? localized(job.resultLabels[k]) : k} ${v}`)
          .join(' · ')}
      </span>
    ) : null;
  const when = (run: JobRun) =>
    new Date(run.startedAt).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false });

  return (
    <div data-testid="jobs-page">
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
        {t('adminJobs.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('adminJobs.hint')}</Typography.Paragraph>
      <ErrorAlert error={error ?? runError} />
      <Table<JobItem>
        rowKey={(j) => `${j.pluginId}/${j.id}`}
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('adminJobs.none') }}
        expandable={{
          rowExpandable: (j) => j.runs.length > 0,
          expandedRowRender: (j) => (
            <Table<JobRun>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={j.runs}
              columns={[
                { title: t('adminJobs.day'), dataIndex: 'runOn', width: 120 },
                { title: t('adminJobs.started'), render: (_, r) => when(r), width: 190 },
                {
                  title: t('adminJobs.trigger'),
                  render: (_, r) =>
                    r.trigger === 'manual'
                      ? `${t('adminJobs.manual')}（${r.startedBy ?? ''}）`
                      : t('adminJobs.scheduled'),
                  width: 160,
                },
                { title: t('adminJobs.statusTitle'), render: (_, r) => status(r), width: 100 },
                { title: t('adminJobs.attempts'), dataIndex: 'attempts', width: 80, align: 'right' },
                { title: t('adminJobs.result'), render: (_, r) => summary(j, r) },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('adminJobs.model'), render: (_, j) => localized(j.pluginNames), width: 160 },
          {
            title: t('adminJobs.job'),
            render: (_, j) => (
              <>
                <div>{localized(j.names)}</div>
                {j.description && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {localized(j.description)}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: t('adminJobs.schedule'), render: () => t('adminJobs.daily'), width: 90 },
          {
            title: t('adminJobs.lastRun'),
            width: 240,
            render: (_, j) => (
              <div data-testid={`job-last-${j.pluginId}-${j.id}`}>
                {status(j.lastRun)}
                {j.lastRun && <span style={{ fontSize: 12 }}>{when(j.lastRun)}</span>}
                <div style={{ fontSize: 12 }}>{summary(j, j.lastRun)}</div>
              </div>
            ),
          },
          {
            title: '',
            width: 110,
            render: (_, j) => (
              <Button
                size="small"
                loading={running === `${j.pluginId}/${j.id}`}
                disabled={!!running}
                onClick={() => runNow(j)}
                data-testid={`job-run-${j.pluginId}-${j.id}`}
              >
                {t('adminJobs.runNow')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}

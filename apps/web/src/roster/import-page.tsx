import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ErrorAlert, useApiData } from '@jiceng/ui';
import {
  Alert,
  Button,
  Card,
  Col,
  Popconfirm,
  Progress,
  Result,
  Row,
  Segmented,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Tooltip,
  Typography,
  Upload,
} from 'antd';
import type { HTMLAttributes } from 'react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { cityApi } from '../api';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { IMPORT_KINDS, type ImportJob, type ImportKind, type ImportProblem } from './types';

const RUNNING = ['validating', 'importing'];

/** 名册导入: template → upload → dry run with every problem → import all or the good rows → result. */
export function ImportPage() {
  const { city } = useCity();
  const t = useT();
  const [params, setParams] = useSearchParams();
  const jobId = Number(params.get('job')) || null;
  const kinds =
    city.access === 'city' ? IMPORT_KINDS : IMPORT_KINDS.filter((k) => k === 'members' || k === 'orgs');
  const [kind, setKind] = useState<ImportKind>(() =>
    kinds.includes(params.get('kind') as ImportKind) ? (params.get('kind') as ImportKind) : 'members',
  );

  const setJob = (id: number | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('job', String(id));
        else next.delete('job');
        return next;
      },
      { replace: false },
    );

  return (
    <div data-testid="import-page">
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
          {t('roster.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('roster.hint')}</Typography.Paragraph>
        {jobId ? (
          <JobPanel
            key={jobId}
            jobId={jobId}
            onRestart={(k) => {
              if (k) setKind(k);
              setJob(null);
            }}
          />
        ) : (
          <UploadPanel kind={kind} kinds={kinds} onKind={setKind} onUploaded={(job) => setJob(job.id)} />
        )}
      </Card>
      {!jobId && <RecentJobs onOpen={(id) => setJob(id)} />}
    </div>
  );
}

function StepsBar({ current, status }: { current: number; status?: 'error' | 'finish' }) {
  const t = useT();
  return (
    <Steps
      size="small"
      current={current}
      status={status === 'error' ? 'error' : undefined}
      style={{ marginBottom: 24, maxWidth: 760 }}
      items={[
        { title: t('roster.step.upload') },
        { title: t('roster.step.check') },
        { title: t('roster.step.confirm') },
        { title: t('roster.step.done') },
      ]}
    />
  );
}

function UploadPanel({
  kind,
  kinds,
  onKind,
  onUploaded,
}: {
  kind: ImportKind;
  kinds: ImportKind[];
  onKind: (k: ImportKind) => void;
  onUploaded: (job: ImportJob) => void;
}) {
  const { city } = useCity();
  const { locale } = useLocale();
  const t = useT();
  const api = cityApi(city.code);
  const [error, setError] = useState<unknown>();
  const [uploading, setUploading] = useState(false);

  async function upload(file: File) {
    setError(undefined);
    setUploading(true);
    try {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file, file.name);
      onUploaded(await api.upload<ImportJob>('/roster/jobs', form));
    } catch (e) {
      setError(e);
    } finally {
      setUploading(false);
    }
  }

  return (
    <div data-testid="upload-panel">
      <StepsBar current={0} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{t('roster.kind')}</Typography.Text>
          <Segmented<ImportKind>
            value={kind}
            onChange={onKind}
            data-testid="import-kind"
            options={kinds.map((k) => ({
              value: k,
              label: <span data-testid={`import-kind-${k}`}>{t(`roster.kinds.${k}`)}</span>,
            }))}
          />
        </Space>
        <Space wrap>
          <Typography.Text>{t('roster.template')}</Typography.Text>
          <Button
            icon={<DownloadOutlined />}
            href={api.url(`/roster/templates/${kind}.xlsx`, { lang: locale })}
            data-testid="template-xlsx"
          >
            {t('roster.templateXlsx')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            href={api.url(`/roster/templates/${kind}.csv`, { lang: locale })}
            data-testid="template-csv"
          >
            {t('roster.templateCsv')}
          </Button>
          <Typography.Text type="secondary">{t(`roster.columns.${kind}`)}</Typography.Text>
        </Space>
        <ErrorAlert error={error} />
        <div data-testid="import-upload">
          <Upload.Dragger
            accept=".xlsx,.csv,text/csv"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {uploading ? t('roster.uploading') : t('roster.drop', { kind: t(`roster.kinds.${kind}`) })}
            </p>
            <p className="ant-upload-hint">{t('roster.dropHint')}</p>
          </Upload.Dragger>
        </div>
      </Space>
    </div>
  );
}

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
        const j = await cityApi(city.code).get<ImportJob>(`/roster/jobs/${jobId}`);
        if (!live) return;
        setJob(j);
        setError(undefined);
        if (RUNNING.includes(j.status)) timer = setTimeout(poll, 1000);
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

function JobPanel({ jobId, onRestart }: { jobId: number; onRestart: (kind?: ImportKind) => void }) {
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
      setJob(await api.post<ImportJob>(`/roster/jobs/${jobId}/commit`, { mode }));
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
  const header = (
    <Space wrap style={{ marginBottom: 12 }}>
      <Typography.Text strong data-testid="job-file">
        {job.fileName}
      </Typography.Text>
      <Tag>{t(`roster.kinds.${job.kind}`)}</Tag>
      <Tag color={statusColor(job.status)} data-testid="job-status" data-status={job.status}>
        {t(`roster.status.${job.status}`)}
      </Tag>
      {job.encoding && <Typography.Text type="secondary">{job.encoding}</Typography.Text>}
    </Space>
  );

  if (job.status === 'validating' || job.status === 'importing') {
    const validating = job.status === 'validating';
    return (
      <div data-testid="job-running">
        <StepsBar current={validating ? 1 : 3} />
        {header}
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
            : t('roster.importing', {
                count: c.toInsert != null ? (job.mode === 'all' ? c.totalRows : c.goodRows) : '',
              })}
        </Typography.Paragraph>
        <ErrorAlert error={error} />
      </div>
    );
  }

  if (job.status === 'failed')
    return (
      <div data-testid="job-failed">
        <StepsBar current={job.mode ? 3 : 1} status="error" />
        {header}
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
        {header}
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
        {header}
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
  const problems = c.errorRows ?? 0;
  const good = c.goodRows ?? 0;
  return (
    <div data-testid="job-validated">
      <StepsBar current={2} />
      {header}
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
            onClick={() => commit('all')}
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
            onConfirm={() => commit('good_rows')}
            disabled={good === 0}
          >
            <Button disabled={good === 0} loading={busy === 'good_rows'} data-testid="commit-good">
              {t('roster.commitGood', { count: good })}
            </Button>
          </Popconfirm>
        )}
        <Button danger loading={busy === 'discard'} onClick={discard} data-testid="discard">
          {t('roster.discard')}
        </Button>
      </Space>
      {problems > 0 && <ProblemsTable job={job} />}
    </div>
  );
}

function ProblemsTable({ job }: { job: ImportJob }) {
  const { city } = useCity();
  const { locale } = useLocale();
  const t = useT();
  const api = cityApi(city.code);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const { data, error, loading } = useApiData(
    () =>
      api.get<{ items: ImportProblem[]; total: number }>(`/roster/jobs/${job.id}/errors`, { page, pageSize }),
    [city.code, job.id, page, pageSize],
  );
  return (
    <Card
      size="small"
      title={t('roster.problems')}
      extra={
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={api.url(`/roster/jobs/${job.id}/errors.xlsx`, { lang: locale })}
          data-testid="errors-xlsx"
        >
          {t('roster.downloadProblems')}
        </Button>
      }
    >
      <ErrorAlert error={error} />
      <Table<ImportProblem>
        data-testid="problems-table"
        rowKey={(p) => `${p.row}-${p.field ?? ''}-${p.code}`}
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        onRow={(p) =>
          ({
            'data-testid': 'problem-row',
            'data-row': p.row,
            'data-field': p.field ?? '',
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
          { title: t('roster.row'), dataIndex: 'row', width: 80 },
          {
            title: t('roster.column'),
            dataIndex: 'column',
            width: 160,
            render: (v: string | null) =>
              v ?? <Typography.Text type="secondary">{t('roster.wholeRow')}</Typography.Text>,
          },
          {
            title: t('roster.reason'),
            dataIndex: 'message',
            render: (v: string, p: ImportProblem) =>
              p.severity === 'warning' ? (
                <Space size={4}>
                  <Tag color="warning" data-testid="problem-warning">
                    {t('roster.warning')}
                  </Tag>
                  {v}
                </Space>
              ) : (
                v
              ),
          },
        ]}
      />
    </Card>
  );
}

function statusColor(status: ImportJob['status']) {
  return {
    validating: 'processing',
    validated: 'blue',
    importing: 'processing',
    done: 'success',
    failed: 'error',
    cancelled: 'default',
  }[status];
}

/** The city's recent import jobs (an org admin's own), to come back to one. */
function RecentJobs({ onOpen }: { onOpen: (id: number) => void }) {
  const { city } = useCity();
  const t = useT();
  const { data, error, loading } = useApiData(
    () => cityApi(city.code).get<{ items: ImportJob[] }>('/roster/jobs', { limit: 10 }),
    [city.code],
  );
  if (!loading && !data?.items.length && !error) return null;
  return (
    <Card title={t('roster.recent')} size="small">
      <ErrorAlert error={error} />
      <Table<ImportJob>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.items ?? []}
        onRow={(j) =>
          ({
            onClick: () => onOpen(j.id),
            style: { cursor: 'pointer' },
            'data-testid': 'recent-job',
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('roster.file'), dataIndex: 'fileName', ellipsis: true },
          {
            title: t('roster.kind'),
            dataIndex: 'kind',
            width: 100,
            render: (k: ImportKind) => t(`roster.kinds.${k}`),
          },
          {
            title: t('roster.statusColumn'),
            dataIndex: 'status',
            width: 110,
            render: (s: ImportJob['status']) => <Tag color={statusColor(s)}>{t(`roster.status.${s}`)}</Tag>,
          },
          { title: t('roster.count.totalRows'), dataIndex: ['counts', 'totalRows'], width: 90 },
          { title: t('roster.count.errorRows'), dataIndex: ['counts', 'errorRows'], width: 90 },
          {
            title: t('roster.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (v: string) => new Date(v).toLocaleString(),
          },
        ]}
      />
    </Card>
  );
}

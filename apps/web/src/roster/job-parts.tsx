import { Space, Steps, Tag, Typography } from 'antd';
import { useT } from '../i18n';
import { statusColor } from './job-status';
import type { ImportJob } from './types';

/** Where the import stands: upload → check → confirm → done. */
export function StepsBar({ current, status }: { current: number; status?: 'error' | 'finish' }) {
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

/** The job's file, kind and status, above every state of the job panel. */
export function JobHeader({ job }: { job: ImportJob }) {
  const t = useT();
  return (
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
}

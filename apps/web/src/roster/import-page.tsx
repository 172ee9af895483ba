import { Card, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { JobPanel } from './job-panel';
import { importKindsFor, initialKind } from './job-status';
import { RecentJobs } from './recent-jobs';
import type { ImportKind } from './types';
import { UploadPanel } from './upload-panel';

/** 名册导入: template → upload → dry run with every problem → import all or the good rows → result. */
export function ImportPage() {
  const { city } = useCity();
  const t = useT();
  const [params, setParams] = useSearchParams();
  const jobId = Number(params.get('job')) || null;
  const kinds = importKindsFor(city.access);
  const [kind, setKind] = useState<ImportKind>(() => initialKind(kinds, params.get('kind')));

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

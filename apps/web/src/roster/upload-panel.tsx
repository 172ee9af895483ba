import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@jiceng/ui';
import { Button, Segmented, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { cityApi } from '../api';
import { useLocale, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { StepsBar } from './job-parts';
import { typedCityApi } from '../typed-api';
import type { ImportJob, ImportKind } from './types';

/** The first step: the kind, its templates, and the file dropped or chosen (uploading starts the dry run). */
export function UploadPanel({
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
      onUploaded(await typedCityApi(city.code).upload('/roster/jobs', form));
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

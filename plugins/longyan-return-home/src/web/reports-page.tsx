import {
  type ActionAnswer,
  ActionButton,
  ErrorAlert,
  label,
  type PluginPageProps,
  type QueryOf,
  type ResponseOf,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Alert, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { LABELS } from '../shared/model';
import type { paths } from './api.generated';
import {
  CommunitySelect,
  certificateUrl,
  day,
  okButton,
  STATUS_COLORS,
  useCommunities,
  yearOptions,
} from './common';

type Report = ResponseOf<paths, '/reports'>['items'][number];
/** The status filter: a report status, or online ones still awaiting their 报到证. */
type StatusFilter = NonNullable<QueryOf<paths, '/reports'>['status']>;

/** The community side of 报到: reports received, and the offline confirmation with the 报到证. */
export default function ReportsPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const communities = useCommunities(api);
  const [communityOrgId, setCommunity] = useState<number | undefined>();
  const [status, setStatus] = useState<StatusFilter | undefined>('online');
  const [period, setPeriod] = useState(yearOptions()[0]!);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState<Report | null>(null);
  const [certificateNo, setCertificateNo] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const action = useSubmit();
  const typed = typedClient<paths>(api);
  const { data, error, loading, reload } = useApiData(
    () =>
      typed.get('/reports', {
        query: { communityOrgId, status, period, q: q || undefined, page, pageSize: 20 },
      }),
    [typed, communityOrgId, status, period, q, page],
  );

  const confirm = async () => {
    const ok = await action.run(() =>
      typed.post('/reports/{id}/confirm', { certificateNo }, { params: { id: confirming!.id } }),
    );
    if (ok) {
      setDone(confirming!.memberName);
      setConfirming(null);
      setCertificateNo('');
      reload();
    }
  };

  return (
    <div data-testid="reports-page">
      <Section
        title={t('报到管理（社区）', 'Reports received (community)')}
        extra={
          <Space wrap>
            {communities.length > 1 && (
              <CommunitySelect
                communities={communities}
                value={communityOrgId}
                onChange={(v) => {
                  setCommunity(v);
                  setPage(1);
                }}
                locale={locale}
                allowClear
              />
            )}
            <Select
              aria-label={t('状态', 'Status')}
              data-testid="reports-status"
              style={{ width: 150 }}
              value={status ?? 'all'}
              onChange={(v: StatusFilter | 'all') => {
                setStatus(v === 'all' ? undefined : v);
                setPage(1);
              }}
              options={[
                { value: 'online', label: t('待线下确认', 'Awaiting confirmation') },
                { value: 'awaiting_certificate', label: t('待开具报到证', 'Awaiting certificate') },
                { value: 'confirmed', label: t('已确认', 'Confirmed') },
                { value: 'all', label: t('全部', 'All') },
              ]}
            />
            <Select
              aria-label={t('年度', 'Year')}
              style={{ width: 90 }}
              value={period}
              onChange={(v) => {
                setPeriod(v);
                setPage(1);
              }}
              options={yearOptions().map((y) => ({ value: y, label: y }))}
            />
            <Input.Search
              aria-label={t('党员姓名', 'Member name')}
              placeholder={t('党员姓名', 'Member name')}
              allowClear
              onSearch={(v) => {
                setQ(v.trim());
                setPage(1);
              }}
              style={{ width: 180 }}
              data-testid="reports-search"
            />
          </Space>
        }
      >
        <ErrorAlert error={error} />
        {done && (
          <Alert
            type="success"
            showIcon
            closable
            onClose={() => setDone(null)}
            data-testid="confirm-done"
            style={{ marginBottom: 12 }}
            title={t(`已确认 ${done} 的报到`, `${done}'s report is confirmed`)}
          />
        )}
        <Typography.Paragraph type="secondary">
          {t(
            '党员线上报到后，持单位党组织开具的《报到证》到社区报到；社区党组织核对报到证编号后确认。',
            'After reporting online, members bring the 报到证 issued by their unit’s party org; the community org checks its number and confirms.',
          )}
        </Typography.Paragraph>
        <Table<Report>
          rowKey="id"
          size="small"
          data-testid="reports-table"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: t('党员', 'Member'), dataIndex: 'memberName' },
            { title: t('工作单位', 'Unit'), dataIndex: 'unitName' },
            { title: t('报到社区', 'Community'), dataIndex: 'communityOrgName' },
            {
              title: t('报到依据', 'Rule'),
              dataIndex: 'rule',
              render: (r) =>
                r === 'residence' ? t('常住地', 'Residence') : t('单位结对共建', 'Unit pairing'),
            },
            { title: t('线上报到', 'Reported'), dataIndex: 'reportedAt', render: day },
            {
              title: t('报到证', 'Certificate'),
              dataIndex: 'certificateNo',
              render: (no, r) =>
                no ? (
                  <a href={certificateUrl(city.code, r.id)} target="_blank" rel="noreferrer">
                    {no}
                  </a>
                ) : r.certificateIssued ? (
                  <Typography.Text data-testid={`certificate-issued-${r.id}`}>
                    {t('已开具（核对党员出示的原件）', 'issued (check the paper the member shows)')}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">
                    {t(`待${r.issuerOrgName}开具`, `awaiting ${r.issuerOrgName}`)}
                  </Typography.Text>
                ),
            },
            {
              title: t('状态', 'Status'),
              dataIndex: 'status',
              render: (s, r) => (
                <StatusTag
                  labels={LABELS.reportStatus}
                  colors={STATUS_COLORS}
                  status={s}
                  locale={locale}
                  testId={`report-status-${r.id}`}
                />
              ),
            },
            {
              title: '',
              render: (_, r) =>
                r.status === 'online' ? (
                  <ActionButton
                    size="small"
                    type="primary"
                    action={r.actions?.confirm}
                    data-testid={`confirm-report-${r.id}`}
                    onClick={() => {
                      action.clear();
                      setConfirming(r);
                    }}
                  >
                    {t('线下确认', 'Confirm')}
                  </ActionButton>
                ) : (
                  day(r.confirmedAt)
                ),
            },
          ]}
        />
      </Section>
      <Modal
        open={!!confirming}
        title={t(
          `确认 ${confirming?.memberName ?? ''} 的报到`,
          `Confirm ${confirming?.memberName ?? ''}'s report`,
        )}
        onCancel={() => setConfirming(null)}
        onOk={confirm}
        okText={t('确认报到', 'Confirm')}
        okButtonProps={okButton({ loading: action.busy, disabled: !certificateNo.trim() }, 'confirm-submit')}
        destroyOnHidden
      >
        <ErrorAlert error={action.error} />
        <Typography.Paragraph>
          {t('请输入党员出示的《报到证》上的编号：', 'Enter the number on the 报到证 the member shows:')}
        </Typography.Paragraph>
        <Input
          aria-label={t('证书编号', 'Certificate no.')}
          data-testid="confirm-certificate-no"
          value={certificateNo}
          onChange={(e) => setCertificateNo(e.target.value)}
          onPressEnter={confirm}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {label(LABELS.rule, confirming?.rule, locale)}
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}

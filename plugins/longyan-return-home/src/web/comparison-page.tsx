import {
  ErrorAlert,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Progress, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { LABELS } from '../shared/model';
import type { paths } from './api.generated';
import { certificateUrl, day, STATUS_COLORS, yearOptions } from './common';

type Comparison = ResponseOf<paths, '/comparison'>;
type UnitRow = Comparison['units'][number];
type ChaseRow = Comparison['items'][number];

/** 检索比对: the unit side sees who has not reported or is not yet confirmed, issues the 报到证 and chases. */
export default function ComparisonPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const [period, setPeriod] = useState(yearOptions()[0]!);
  const [status, setStatus] = useState<'unconfirmed' | 'not_reported' | 'online'>('unconfirmed');
  const [unitId, setUnitId] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const action = useSubmit();
  const [issued, setIssued] = useState<Record<number, string>>({});
  const typed = typedClient<paths>(api);
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/comparison', { query: { period, status, unitId, page, pageSize: 20 } }),
    [typed, period, status, unitId, page],
  );

  const issue = async (reportId: number) => {
    const r = await action.run(() =>
      typed.post('/reports/{id}/certificate', {}, { params: { id: reportId } }),
    );
    if (r) {
      setIssued((x) => ({ ...x, [reportId]: r.certificateNo }));
      reload();
    }
  };

  return (
    <div data-testid="comparison-page">
      <Section
        title={t('检索比对（单位党组织）', 'Report check (unit party orgs)')}
        extra={
          <Space>
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
          </Space>
        }
      >
        <ErrorAlert error={error} />
        <Table<UnitRow>
          rowKey="unitId"
          size="small"
          data-testid="comparison-units"
          loading={loading}
          dataSource={data?.units ?? []}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          onRow={(r) => ({
            onClick: () => {
              setUnitId(r.unitId === unitId ? undefined : r.unitId);
              setPage(1);
            },
            style: { cursor: 'pointer', background: r.unitId === unitId ? '#e6f4ff' : undefined },
          })}
          columns={[
            { title: t('单位', 'Unit'), dataIndex: 'unitName' },
            { title: t('在职党员', 'In-service'), dataIndex: 'total' },
            {
              title: t('未报到', 'Not reported'),
              dataIndex: 'notReported',
              render: (n) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
            },
            { title: t('待开具报到证', 'Awaiting certificate'), dataIndex: 'awaitingCertificate' },
            {
              title: t('待线下确认', 'Awaiting confirmation'),
              render: (_, r) => r.online - r.awaitingCertificate,
            },
            { title: t('已确认', 'Confirmed'), dataIndex: 'confirmed' },
            {
              title: t('报到率', 'Reported'),
              render: (_, r) => (
                <Progress
                  aria-label={t('报到率', 'Reported')}
                  percent={Math.floor(((r.total - r.notReported) / Math.max(1, r.total)) * 1000) / 10}
                  size="small"
                  style={{ width: 140 }}
                />
              ),
            },
          ]}
        />
      </Section>
      <Section
        title={
          unitId
            ? t('需督促的党员（已选单位）', 'Members to chase (selected unit)')
            : t('需督促的党员', 'Members to chase')
        }
        extra={
          <Select
            aria-label={t('状态', 'Status')}
            data-testid="comparison-status"
            style={{ width: 170 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={[
              { value: 'unconfirmed', label: t('未报到或未确认', 'Not reported or unconfirmed') },
              { value: 'not_reported', label: t('未报到', 'Not reported') },
              { value: 'online', label: t('已线上报到未确认', 'Online, unconfirmed') },
            ]}
          />
        }
      >
        <ErrorAlert error={action.error} />
        <Table<ChaseRow>
          rowKey="memberId"
          size="small"
          data-testid="comparison-members"
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
            { title: t('单位', 'Unit'), dataIndex: 'unitName' },
            {
              title: t('应报到社区', 'Community'),
              dataIndex: 'communityOrgName',
              render: (x) => x ?? t('（单位未结对）', '(unit not paired)'),
            },
            {
              title: t('状态', 'Status'),
              dataIndex: 'status',
              render: (s) => (
                <StatusTag labels={LABELS.reportStatus} colors={STATUS_COLORS} status={s} locale={locale} />
              ),
            },
            { title: t('线上报到', 'Reported'), dataIndex: 'reportedAt', render: day },
            {
              title: t('《报到证》', 'Certificate'),
              render: (_, r) => {
                if (!r.reportId) return t('待党员线上报到', 'member to report online first');
                const no = issued[r.reportId];
                if (r.certificateIssued || no)
                  return (
                    <a
                      href={certificateUrl(city.code, r.reportId)}
                      target="_blank"
                      rel="noreferrer"
                      data-testid={`print-certificate-${r.reportId}`}
                    >
                      {no ?? t('打印', 'Print')}
                    </a>
                  );
                return (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`issue-certificate-${r.reportId}`}
                    loading={action.busy}
                    onClick={() => issue(r.reportId!)}
                  >
                    {t('开具报到证', 'Issue certificate')}
                  </Button>
                );
              },
            },
          ]}
        />
      </Section>
    </div>
  );
}

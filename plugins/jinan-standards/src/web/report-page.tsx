import {
  ErrorAlert,
  type Locale,
  type PluginPageProps,
  type ResponseOf,
  readParam,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Alert, Button, Col, Empty, Row, Space, Table, Typography } from 'antd';
import { AREAS } from '../shared/model';
import type { paths } from './api.generated';
import type { DetailItem } from './assessment-columns';
import { AreaRadar, fmtScore, resultName, stateName, typeName } from './common';

type Rectification = ResponseOf<paths, '/rectifications'>['items'][number];

// While printing, only the report shows: the shell's header and navigation are hidden.
const PRINT_CSS = `
@media print {
  .ant-layout-header, .ant-layout-sider, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; margin: 0 !important; }
  .jinan-report { font-size: 11pt; }
  .jinan-report table { page-break-inside: auto; }
  .jinan-report tr { page-break-inside: avoid; }
}`;

const cell = (result: string | null, score: number | null, locale: Locale) =>
  result ? `${resultName(result, locale)}${score != null ? ` ${score}` : ''}` : '—';

/** A printable assessment report for one community (open from an assessment with ?assessment=<id>). */
export default function ReportPage({ api, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const id = Number(readParam('assessment'));
  const typed = typedClient<paths>(api);
  const { data: d, error } = useApiData(
    () => (id ? typed.get('/assessments/{id}', { params: { id } }) : Promise.resolve(null)),
    [typed, id],
  );
  const rect = useApiData(
    () => (id ? typed.get('/rectifications', { query: { assessmentId: id } }) : Promise.resolve(null)),
    [typed, id],
  );
  const rectifications = rect.data?.items ?? [];
  if (!id) return <Empty description={t('请从考评页面打开报告', 'Open the report from an assessment')} />;
  if (!d) return <ErrorAlert error={error} />;
  return (
    <div
      className="jinan-report"
      data-testid="report"
      style={{ background: '#fff', padding: 24, maxWidth: 1000, margin: '0 auto' }}
    >
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()} data-testid="print">
          {t('打印', 'Print')}
        </Button>
        {d.state !== 'done' && (
          <Alert
            type="warning"
            showIcon
            title={t('考评尚未完成，本报告为过程稿。', 'Not finished yet: this is a working copy.')}
          />
        )}
      </Space>
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {locale === 'zh-CN' ? city.nameZh : city.nameEn} {d.campaign.name}
      </Typography.Title>
      <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
        {d.community.name} {t('城市社区党建标准化考评报告', 'community party-building assessment report')}
      </Typography.Title>
      <table style={{ width: '100%', borderCollapse: 'collapse', marginBottom: 16 }} className="report-head">
        <tbody>
          {[
            [
              t('街道', 'Street'),
              d.community.streetName ?? '—',
              t('社区类型', 'Community type'),
              typeName(d.communityType, locale),
            ],
            [
              t('社区党组织', 'Community org'),
              d.community.orgName,
              t('标准版本', 'Template'),
              `${d.campaign.templateName} ${d.campaign.templateLabel}`,
            ],
            [
              t('考评期', 'Period'),
              `${d.campaign.periodFrom} ~ ${d.campaign.periodTo}`,
              t('状态', 'State'),
              stateName(d.state, locale),
            ],
            [
              t('加权得分', 'Weighted score'),
              `${fmtScore(d.summary.score)}（${t('达标线', 'threshold')} ${d.threshold}）`,
              t('达标 / 基本达标 / 未达标 / 不适用', 'Met / partly / not met / n/a'),
              `${d.summary.met} / ${d.summary.partly} / ${d.summary.notMet} / ${d.summary.notApplicable}`,
            ],
          ].map((row, i) => (
            <tr key={i}>
              {row.map((c, j) => (
                <td
                  key={j}
                  style={{
                    border: '1px solid #d9d9d9',
                    padding: '4px 8px',
                    fontWeight: j % 2 === 0 ? 600 : 400,
                    width: j % 2 === 0 ? '16%' : '34%',
                  }}
                >
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Row gutter={16}>
        <Col span={10}>
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            dataSource={AREAS.map((a) => ({
              code: a.code,
              name: a[locale],
              score: d.areas[a.code],
              prev: d.previous?.areas?.[a.code] ?? null,
            }))}
            columns={[
              { title: t('方面', 'Area'), dataIndex: 'name' },
              { title: t('得分', 'Score'), dataIndex: 'score', render: (v: number | null) => fmtScore(v) },
              ...(d.previous
                ? [
                    {
                      title: d.previous.campaignName,
                      dataIndex: 'prev',
                      render: (v: number | null) => fmtScore(v),
                    },
                  ]
                : []),
            ]}
          />
        </Col>
        <Col span={14}>
          <AreaRadar
            areas={d.areas}
            previous={d.previous?.areas}
            locale={locale}
            height={300}
            testId="report-radar"
            names={[d.campaign.name, d.previous?.campaignName ?? '']}
          />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('逐项结果', 'Results by standard')}
      </Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="standardId"
        dataSource={d.items}
        columns={[
          { title: t('代码', 'Code'), dataIndex: 'code', width: 50 },
          {
            title: t('标准', 'Standard'),
            dataIndex: 'title',
            render: (v: string, r: DetailItem) => (locale === 'en' && r.titleEn ? r.titleEn : v),
          },
          {
            title: t('分值/权重', 'Max/weight'),
            key: 'mw',
            width: 80,
            render: (_: unknown, r: DetailItem) => `${r.maxScore} / ×${r.weight}`,
          },
          {
            title: t('自评', 'Self'),
            key: 'self',
            width: 100,
            render: (_: unknown, r: DetailItem) => cell(r.self.result, r.self.score, locale),
          },
          {
            title: t('审核', 'Review'),
            key: 'review',
            width: 100,
            render: (_: unknown, r: DetailItem) =>
              r.review?.result ? cell(r.review.result, r.review.score, locale) : '—',
          },
          {
            title: t('说明', 'Notes'),
            key: 'note',
            render: (_: unknown, r: DetailItem) => [r.self.note, r.review?.note].filter(Boolean).join('；'),
          },
          {
            title: t('佐证材料', 'Evidence'),
            key: 'ev',
            width: 180,
            render: (_: unknown, r: DetailItem) =>
              r.evidence.map((e) => `${e.filename}（${e.evidenceDate}）`).join('；') || '—',
          },
        ]}
      />
      {d.notApplicableByType.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('按社区类型不适用的标准', 'Not applicable to this community type')}：
          {d.notApplicableByType.map((s) => `${s.code} ${s.title}`).join('；')}
        </Typography.Paragraph>
      )}
      {rectifications.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('整改事项', 'Rectification items')}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="id"
            dataSource={rectifications}
            columns={[
              { title: t('问题', 'Problem'), dataIndex: 'problem' },
              { title: t('责任人', 'Owner'), dataIndex: 'ownerName', width: 110 },
              { title: t('期限', 'Due'), dataIndex: 'dueDate', width: 100 },
              {
                title: t('状态', 'Status'),
                key: 'st',
                width: 140,
                render: (_: unknown, r: Rectification) =>
                  r.status === 'closed'
                    ? `${t('已销号', 'closed')} ${r.closedOn}`
                    : r.overdue
                      ? t('逾期未改', 'overdue')
                      : t('整改中', 'open'),
              },
            ]}
          />
        </>
      )}
      <Row gutter={32} style={{ marginTop: 40 }}>
        <Col span={12}>
          <p>{t('社区党组织（盖章）：', 'Community party org (seal):')}</p>
          <p>
            {d.submittedAt
              ? `${t('自评提交', 'Submitted')}：${new Date(d.submittedAt).toLocaleDateString(locale)}${d.submittedBy ? ` ${d.submittedBy}` : ''}`
              : ''}
          </p>
        </Col>
        <Col span={12}>
          <p>
            {t('街道党工委审核意见：', 'Street working committee review:')}
            {d.reviewComment ?? ''}
          </p>
          <p>
            {d.lockedAt
              ? `${t('审核通过', 'Approved')}：${new Date(d.lockedAt).toLocaleDateString(locale)}${d.lockedBy ? ` ${d.lockedBy}` : ''}`
              : ''}
          </p>
        </Col>
      </Row>
    </div>
  );
}

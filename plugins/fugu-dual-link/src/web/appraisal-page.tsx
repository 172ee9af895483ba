import {
  Chart,
  ErrorAlert,
  errorText,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  typedCoreCityApi,
  useApiData,
  validValues,
} from '@jiceng/ui';
import {
  Alert,
  App,
  Button,
  Col,
  Form,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { gradeOf, weightedTotal } from '../shared/appraisal';
import { FEEDBACK_RATING_LABELS, GRADE_LABELS, GRADES, type Grade } from '../shared/terms';
import type { paths } from './api.generated';
import { type ChartOption, PageLink, pageHref, thisYear } from './common';

type Appraisals = ResponseOf<paths, '/appraisals'>;
type AppraisalRow = Appraisals['items'][number];
type UnitRow = ResponseOf<paths, '/unit-view'>['items'][number];

const GRADE_COLORS: Record<string, string> = {
  excellent: 'red',
  qualified: 'blue',
  basic: 'orange',
  unqualified: 'default',
};

/** 年度考核评议: 党员互评, 群众评议, 支部评议 with the city's weights → 优秀 / 合格 / 基本合格 / 不合格; and the unit view (三挂钩). */
export default function AppraisalPage({ api, cityApi, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const { message } = App.useApp();
  const [year, setYear] = useState(thisYear() - 1);
  const [grade, setGrade] = useState<Grade>();
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const [tab, setTab] = useState('list');
  const [unitPage, setUnitPage] = useState(1);
  const typed = typedClient<paths>(api);
  const list = useApiData(
    () => typed.get('/appraisals', { query: { year, grade, page, pageSize: 20 } }),
    [api, year, grade, page],
  );
  // The unit side is asked for only once its tab is open, a page at a time (a county has thousands of members).
  const unitView = useApiData(
    () =>
      tab === 'unit'
        ? typed.get('/unit-view', { query: { year, page: unitPage, pageSize: 20 } })
        : Promise.resolve(undefined),
    [api, year, unitPage, tab === 'unit'],
  );
  const d = list.data;
  const option: ChartOption = {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        data: GRADES.map((g) => ({
          name: label(GRADE_LABELS, g, locale),
          value: d?.distribution.counts[g] ?? 0,
        })),
        color: ['#cf1322', '#1677ff', '#faad14', '#8c8c8c'],
      },
    ],
  };
  return (
    <div data-testid="appraisal-page">
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          aria-label={t('年度', 'Year')}
          value={year}
          onChange={(y) => {
            setYear(y);
            setPage(1);
            setUnitPage(1);
          }}
          options={[0, 1, 2].map((k) => ({ value: thisYear() - k, label: `${thisYear() - k}` }))}
          data-testid="appraisal-year"
        />
        <Select
          aria-label={t('等次', 'Grade')}
          allowClear
          placeholder={t('等次', 'Grade')}
          style={{ width: 140 }}
          value={grade}
          onChange={(g) => {
            setGrade(g);
            setPage(1);
          }}
          options={GRADES.map((g) => ({ value: g, label: label(GRADE_LABELS, g, locale) }))}
        />
        <Button type="primary" data-testid="record-appraisal" onClick={() => setRecording(true)}>
          {t('录入评议结果', 'Record an appraisal')}
        </Button>
        {d && (
          <span style={{ color: 'rgba(0, 0, 0, 0.6)' }}>
            {t(
              `权重：党员互评 ${d.weights.peer}%、群众评议 ${d.weights.mass}%、支部评议 ${d.weights.branch}%；分数线 优秀≥${d.thresholds.excellent} 合格≥${d.thresholds.qualified} 基本合格≥${d.thresholds.basic}`,
              `Weights: peers ${d.weights.peer}%, residents ${d.weights.mass}%, branch ${d.weights.branch}%; excellent ≥${d.thresholds.excellent}, qualified ≥${d.thresholds.qualified}, basic ≥${d.thresholds.basic}`,
            )}
          </span>
        )}
      </Space>
      <ErrorAlert error={list.error} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'list',
            label: t('评议结果', 'Results'),
            children: (
              <Row gutter={16}>
                <Col xs={24} lg={16}>
                  <Table
                    size="small"
                    rowKey="id"
                    data-testid="appraisals"
                    loading={list.loading}
                    dataSource={d?.items ?? []}
                    pagination={{
                      current: page,
                      pageSize: 20,
                      total: d?.total ?? 0,
                      onChange: setPage,
                      showSizeChanger: false,
                    }}
                    columns={[
                      {
                        title: t('党员', 'Member'),
                        dataIndex: 'memberName',
                        render: (v: string, r: AppraisalRow) => (
                          <PageLink href={pageHref(city.code, 'member', { id: r.memberId })}>{v}</PageLink>
                        ),
                      },
                      { title: t('党支部', 'Branch'), dataIndex: 'branchName' },
                      { title: t('互评', 'Peers'), dataIndex: 'peerScore', align: 'right' },
                      { title: t('群众', 'Residents'), dataIndex: 'massScore', align: 'right' },
                      { title: t('支部', 'Branch'), dataIndex: 'branchScore', align: 'right' },
                      { title: t('综合', 'Total'), dataIndex: 'total', align: 'right' },
                      {
                        title: t('等次', 'Grade'),
                        dataIndex: 'grade',
                        render: (g: string) => (
                          <Tag color={GRADE_COLORS[g]}>{label(GRADE_LABELS, g, locale)}</Tag>
                        ),
                      },
                      {
                        title: t('社区年终评价', 'Community year-end'),
                        dataIndex: 'communityOverall',
                        render: (v: string | null) => label(FEEDBACK_RATING_LABELS, v, locale),
                      },
                    ]}
                  />
                </Col>
                <Col xs={24} lg={8}>
                  <Section
                    title={t(
                      `${year} 年等次分布（共 ${d?.distribution.total ?? 0} 人）`,
                      `Grades in ${year} (${d?.distribution.total ?? 0})`,
                    )}
                  >
                    <Chart option={option} height={300} testId="chart-appraisal" />
                  </Section>
                </Col>
              </Row>
            ),
          },
          {
            key: 'unit',
            label: t('三挂钩（单位方）', 'Three links (unit side)'),
            children: (
              <>
                {unitView.data && (
                  <Alert
                    type="info"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title={t(
                      `在职党员 ${unitView.data.summary.members} 人，已在社区报到 ${unitView.data.summary.registered} 人，本季度已到社区报到 ${unitView.data.summary.reportedThisQuarter} 人，评优评先可推荐 ${unitView.data.summary.awardsEligible} 人（评议优秀且社区评价为好）`,
                      `${unitView.data.summary.members} in-service members, ${unitView.data.summary.registered} registered, ${unitView.data.summary.reportedThisQuarter} reported this quarter, ${unitView.data.summary.awardsEligible} eligible for awards (excellent and a good community word)`,
                    )}
                  />
                )}
                <Table
                  size="small"
                  rowKey="memberId"
                  data-testid="unit-view"
                  loading={unitView.loading}
                  dataSource={unitView.data?.items ?? []}
                  pagination={{
                    current: unitPage,
                    pageSize: 20,
                    total: unitView.data?.total ?? 0,
                    onChange: setUnitPage,
                    showSizeChanger: false,
                  }}
                  columns={[
                    {
                      title: t('党员', 'Member'),
                      dataIndex: 'memberName',
                      render: (v: string, r: UnitRow) => (
                        <PageLink href={pageHref(city.code, 'member', { id: r.memberId })}>{v}</PageLink>
                      ),
                    },
                    { title: t('单位党组织', 'Unit org'), dataIndex: 'orgName' },
                    {
                      title: t('报到社区', 'Community'),
                      dataIndex: 'communityName',
                      render: (v: string | null) => v ?? <Tag color="orange">{t('未报到', 'none')}</Tag>,
                    },
                    {
                      title: t('报到/活动/实事', 'Reports/act./things'),
                      key: 'n',
                      render: (_: unknown, r: UnitRow) => `${r.visits}/${r.activities}/${r.practicalThings}`,
                    },
                    {
                      title: t('社区评价', 'Community word'),
                      dataIndex: 'communityOverall',
                      render: (v: string | null) => label(FEEDBACK_RATING_LABELS, v, locale),
                    },
                    {
                      title: t('评议', 'Grade'),
                      dataIndex: 'grade',
                      render: (g: string | null) =>
                        g ? <Tag color={GRADE_COLORS[g]}>{label(GRADE_LABELS, g, locale)}</Tag> : '—',
                    },
                    {
                      title: t('评优评先', 'Awards'),
                      key: 'awards',
                      render: (_: unknown, r: UnitRow) =>
                        r.linkage.awardsEligible ? <Tag color="red">{t('可推荐', 'Eligible')}</Tag> : '—',
                    },
                    {
                      title: t('干部考察须听取社区意见', 'Cadre: hear the community'),
                      key: 'cadre',
                      render: (_: unknown, r: UnitRow) =>
                        r.linkage.cadreOpinionNeeded ? (
                          <Tag>
                            {r.linkage.communityOpinion
                              ? label(FEEDBACK_RATING_LABELS, r.linkage.communityOpinion, locale)
                              : t('待社区意见', 'awaiting')}
                          </Tag>
                        ) : (
                          '—'
                        ),
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      {recording && d && (
        <RecordAppraisal
          api={api}
          cityApi={cityApi}
          locale={locale}
          year={year}
          weights={d.weights}
          thresholds={d.thresholds}
          onClose={(saved: boolean) => {
            setRecording(false);
            if (saved) {
              message.success(t('评议结果已保存', 'Appraisal saved'));
              list.reload();
              unitView.reload();
            }
          }}
        />
      )}
    </div>
  );
}

function RecordAppraisal({
  api,
  cityApi,
  locale,
  year,
  weights,
  thresholds,
  onClose,
}: Pick<PluginPageProps, 'api' | 'cityApi' | 'locale'> & {
  year: number;
  weights: Appraisals['weights'];
  thresholds: Appraisals['thresholds'];
  onClose: (saved: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [error, setError] = useState<string>();
  const values = Form.useWatch([], form) ?? {};
  const ready = [values.peerScore, values.massScore, values.branchScore].every((v) => typeof v === 'number');
  const total = ready
    ? weightedTotal({ peer: values.peerScore, mass: values.massScore, branch: values.branchScore }, weights)
    : null;
  const search = async (q: string) => {
    const r = await typedCoreCityApi(cityApi).get('/members', { query: { q: q || undefined, pageSize: 20 } });
    setOptions(r.items.map((m) => ({ value: m.id, label: `${m.name} · ${m.orgName}` })));
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await typedClient<paths>(api).put('/appraisals', {
        memberId: v.memberId,
        year,
        peerScore: v.peerScore,
        massScore: v.massScore,
        branchScore: v.branchScore,
      });
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={t(`${year} 年度考核评议`, `Appraisal ${year}`)}
      onCancel={() => onClose(false)}
      onOk={submit}
      okButtonProps={{ 'data-testid': 'appraisal-submit' }}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="memberId" label={t('党员', 'Member')} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: search }}
            onFocus={() => !options.length && search('')}
            options={options}
            data-testid="appraisal-member"
          />
        </Form.Item>
        <Space>
          {(['peerScore', 'massScore', 'branchScore'] as const).map((k, i) => (
            <Form.Item
              key={k}
              name={k}
              label={[t('党员互评', 'Peers'), t('群众评议', 'Residents'), t('支部评议', 'Branch')][i]}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={100} step={0.5} />
            </Form.Item>
          ))}
        </Space>
        {total != null && (
          <Alert
            type="info"
            title={t(
              `综合 ${total.toFixed(2)} 分：${label(GRADE_LABELS, gradeOf(total, thresholds), locale)}`,
              `Total ${total.toFixed(2)}: ${label(GRADE_LABELS, gradeOf(total, thresholds), locale)}`,
            )}
            data-testid="appraisal-preview"
          />
        )}
      </Form>
    </Modal>
  );
}

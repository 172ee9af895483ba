import {
  type ApiClient,
  attempt,
  type BodyOf,
  CoreOrgSelect,
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
import { Alert, Button, Checkbox, Form, Input, Modal, Segmented, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { DECISION_LABELS } from '../shared/terms';
import type { paths } from './api.generated';
import { PageLink, pageHref } from './common';

type Flow = ResponseOf<paths, '/flowing'>['items'][number];
type Decision = ResponseOf<paths, '/decisions'>['items'][number];
type Decided = BodyOf<paths, '/decisions/{id}/decide', 'post'>['decision'];
/** The dialog open: a member leaving, one arriving, or a flowing member's organization life and dues. */
type Dialog = 'out' | 'in' | { life: Flow };

/** 流动党员: out under six months with a card, long-term at a fixed place to transfer, incoming placed in a branch; six-month lapses for the branch. */
export default function FlowingPage({ api, cityApi, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const typed = typedClient<paths>(api);
  const flows = useApiData(() => typed.get('/flowing', { query: { direction } }), [api, direction]);
  const decisions = useApiData(() => typed.get('/decisions'), [api]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const reload = () => {
    flows.reload();
    decisions.reload();
  };
  const act = (fn: () => Promise<unknown>, ok: string) => attempt(fn, { ok }).then((r) => r && reload());
  const decide = (d: Decision, decision: Decided) => {
    let meeting = '';
    let note = '';
    Modal.confirm({
      title: label(DECISION_LABELS, decision, locale),
      content: (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {decision === 'proposed' && (
            <Input
              aria-label={t('支部大会日期', 'Branch meeting')}
              type="date"
              onChange={(e) => (meeting = e.target.value)}
              addonBefore={t('支部大会日期', 'Branch meeting')}
            />
          )}
          <Input
            aria-label={t('说明', 'Note')}
            placeholder={t('说明', 'Note')}
            onChange={(e) => (note = e.target.value)}
          />
        </Space>
      ),
      onOk: () =>
        act(
          () =>
            typed.post(
              '/decisions/{id}/decide',
              { decision, branchMeetingOn: meeting || undefined, note: note || null },
              { params: { id: d.id } },
            ),
          t('已记录支部决定', 'Decision recorded'),
        ),
    });
  };
  return (
    <div data-testid="flowing-page">
      <Section
        title={t('流动党员', 'Flowing members')}
        extra={
          <Space>
            <Button type="primary" data-testid="flow-out" onClick={() => setDialog('out')}>
              {t('外出登记', 'Member leaving')}
            </Button>
            <Button data-testid="flow-in" onClick={() => setDialog('in')}>
              {t('接收流入党员', 'Accept a newcomer')}
            </Button>
          </Space>
        }
      >
        <Segmented
          value={direction}
          onChange={(v) => setDirection(v as 'out' | 'in')}
          options={[
            { value: 'out', label: t('外出', 'Away') },
            { value: 'in', label: t('流入', 'Incoming') },
          ]}
          style={{ marginBottom: 12 }}
        />
        <ErrorAlert error={flows.error} />
        <Table
          size="small"
          rowKey="id"
          loading={flows.loading}
          dataSource={flows.data?.items ?? []}
          pagination={{ pageSize: 15 }}
          columns={[
            {
              title: t('党员', 'Member'),
              dataIndex: 'memberName',
              render: (v: string, r: Flow) => (
                <PageLink href={pageHref(city.code, 'member', { id: r.memberId })}>{v}</PageLink>
              ),
            },
            { title: t('党支部', 'Branch'), dataIndex: 'branchName' },
            {
              title: direction === 'out' ? t('去向', 'Destination') : t('来自', 'From'),
              dataIndex: 'placeText',
            },
            { title: t('开始', 'Since'), dataIndex: 'startedOn' },
            {
              title: t('预计返回', 'Back by'),
              dataIndex: 'expectedReturnOn',
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('《流动党员活动证》', 'Activity card'),
              dataIndex: 'cardNo',
              render: (v: string | null, r: Flow) =>
                v ??
                (r.transferPrompted ? (
                  <Tag color="purple">{t('应转接组织关系', 'Transfer the relation')}</Tag>
                ) : (
                  '—'
                )),
            },
            {
              title: t('最近组织生活 / 党费', 'Last meeting / dues'),
              key: 'life',
              render: (_: unknown, r: Flow) => `${r.lastOrgLife ?? '—'} / ${r.lastDues ?? '—'}`,
            },
            {
              title: t('提示', 'Flags'),
              key: 'flags',
              render: (_: unknown, r: Flow) => (
                <Space size={2} wrap>
                  {r.status !== 'open' && (
                    <Tag>{r.status === 'returned' ? t('已返回', 'Back') : t('已转出', 'Transferred')}</Tag>
                  )}
                  {r.transferSuggested && (
                    <Tag color="purple">{t('满6个月·地点固定', '6+ months, fixed')}</Tag>
                  )}
                  {r.lapsed && <Tag color="red">{t('6个月无组织生活/党费', '6 months lapsed')}</Tag>}
                  {r.decisionStatus && <Tag>{label(DECISION_LABELS, r.decisionStatus, locale)}</Tag>}
                </Space>
              ),
            },
            {
              title: '',
              key: 'a',
              render: (_: unknown, r: Flow) =>
                r.status === 'open' && (
                  <Space size={2} wrap>
                    <Button size="small" onClick={() => setDialog({ life: r })}>
                      {t('记组织生活/党费', 'Record')}
                    </Button>
                    {r.direction === 'out' && (
                      <Button
                        size="small"
                        onClick={() =>
                          act(
                            () =>
                              typed.post(
                                '/flowing/{id}/return',
                                { cardChecked: !!r.cardNo },
                                { params: { id: r.id } },
                              ),
                            t('已返回，活动证已查验', 'Back; card checked'),
                          )
                        }
                      >
                        {t('返回（查验活动证）', 'Back (check card)')}
                      </Button>
                    )}
                    {r.direction === 'out' && r.transferPrompted && !r.cardNo && (
                      <Button
                        size="small"
                        onClick={() =>
                          act(
                            () => typed.post('/flowing/{id}/issue-card', {}, { params: { id: r.id } }),
                            t('已发证', 'Card issued'),
                          )
                        }
                      >
                        {t('暂不能转接，发证', 'Cannot transfer: issue card')}
                      </Button>
                    )}
                    {r.direction === 'out' && (
                      <Button
                        size="small"
                        onClick={() =>
                          act(
                            () => typed.post('/flowing/{id}/transfer', {}, { params: { id: r.id } }),
                            t('已转出组织关系', 'Relation transferred'),
                          )
                        }
                      >
                        {t('转出关系', 'Transferred')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Section>
      <Section
        title={t(
          '连续6个月未过组织生活或未交党费：待支部研究（系统不会自动处理）',
          'Six months without organization life or dues: for the branch to decide (never automatic)',
        )}
      >
        <Table
          size="small"
          rowKey="id"
          data-testid="decisions"
          loading={decisions.loading}
          dataSource={decisions.data?.items ?? []}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('党员', 'Member'), dataIndex: 'memberName' },
            { title: t('党支部', 'Branch'), dataIndex: 'branchName' },
            {
              title: t('原因', 'Reason'),
              dataIndex: 'reason',
              render: (r: string) =>
                ({
                  no_org_life: t('未过组织生活', 'No meetings'),
                  no_dues: t('未交党费', 'No dues'),
                  both: t('两者皆无', 'Neither'),
                })[r] ?? r,
            },
            { title: t('自', 'Since'), dataIndex: 'lapseSince' },
            {
              title: t('状态', 'Status'),
              dataIndex: 'status',
              render: (s: string) => <Tag>{label(DECISION_LABELS, s, locale)}</Tag>,
            },
            {
              title: '',
              key: 'a',
              render: (_: unknown, d: Decision) =>
                d.status === 'pending' ? (
                  <Space size={2}>
                    <Button size="small" onClick={() => decide(d, 'excused')}>
                      {t('有正当理由', 'Justified')}
                    </Button>
                    <Button size="small" onClick={() => decide(d, 'warned')}>
                      {t('批评教育', 'Warn')}
                    </Button>
                    <Button size="small" danger onClick={() => decide(d, 'proposed')}>
                      {t('支部大会决定报批', 'Propose')}
                    </Button>
                  </Space>
                ) : d.status === 'proposed' ? (
                  <Space size={2}>
                    <Button
                      size="small"
                      onClick={() =>
                        act(
                          () =>
                            typed.post(
                              '/decisions/{id}/approve',
                              { approve: true },
                              { params: { id: d.id } },
                            ),
                          t('已批准', 'Approved'),
                        )
                      }
                    >
                      {t('上级批准', 'Approve (higher org)')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() =>
                        act(
                          () =>
                            typed.post(
                              '/decisions/{id}/approve',
                              { approve: false },
                              { params: { id: d.id } },
                            ),
                          t('未批准', 'Rejected'),
                        )
                      }
                    >
                      {t('不批准', 'Reject')}
                    </Button>
                  </Space>
                ) : null,
            },
          ]}
        />
      </Section>
      {dialog && (
        <FlowDialog
          api={api}
          cityApi={cityApi}
          locale={locale}
          dialog={dialog}
          onClose={(saved) => {
            setDialog(null);
            if (saved) reload();
          }}
        />
      )}
    </div>
  );
}

function FlowDialog({
  api,
  cityApi,
  locale,
  dialog,
  onClose,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: 'zh-CN' | 'en';
  dialog: Dialog;
  onClose: (saved: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const typed = typedClient<paths>(api);
  const search = async (q: string) => {
    const r = await typedCoreCityApi(cityApi).get('/members', { query: { q: q || undefined, pageSize: 20 } });
    setOptions(r.items.map((m) => ({ value: m.id, label: `${m.name} · ${m.orgName}` })));
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      if (dialog === 'out') {
        const r = await typed.post('/flowing/out', {
          memberId: v.memberId,
          destination: v.destination,
          fixedPlace: !!v.fixedPlace,
          leftOn: v.leftOn,
          expectedReturnOn: v.expectedReturnOn,
          cannotTransfer: !!v.cannotTransfer,
        });
        setResult({
          ok: true,
          text: r.cardNo
            ? t(`已发放《流动党员活动证》${r.cardNo}`, `Activity card ${r.cardNo} issued`)
            : t(
                '外出6个月以上且地点固定：应动员其转出正式组织关系',
                'Over six months at a fixed place: the relation should be transferred',
              ),
        });
        setTimeout(() => onClose(true), 1500);
      } else if (dialog === 'in') {
        await typed.post('/flowing/incoming', {
          memberId: v.memberId,
          cardNo: v.cardNo ?? '',
          fromOrgName: v.fromOrgName,
          arrivedOn: v.arrivedOn,
          branchOrgId: v.branchOrgId,
        });
        onClose(true);
      } else {
        await typed.post(
          '/members/{id}/org-life',
          { kind: v.kind, onDate: v.onDate },
          { params: { id: dialog.life.memberId } },
        );
        onClose(true);
      }
    } catch (e) {
      setResult({ ok: false, text: errorText(e) });
    }
  };
  const title =
    dialog === 'out'
      ? t('党员外出登记', 'Member leaving')
      : dialog === 'in'
        ? t('接收持证流入党员，编入党支部', 'Accept a card holder into a branch')
        : t(`${dialog.life.memberName}：组织生活 / 党费`, `${dialog.life.memberName}: meeting / dues`);
  return (
    <Modal open title={title} onCancel={() => onClose(false)} onOk={submit} destroyOnHidden>
      {result && (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={result.text}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form form={form} layout="vertical" initialValues={{ kind: 'org_life' }}>
        {typeof dialog === 'string' && (
          <Form.Item name="memberId" label={t('党员', 'Member')} rules={[{ required: true }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: search }}
              onFocus={() => !options.length && search('')}
              options={options}
            />
          </Form.Item>
        )}
        {dialog === 'out' && (
          <>
            <Form.Item name="destination" label={t('外出地点', 'Going to')} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Space>
              <Form.Item name="leftOn" label={t('外出日期', 'Leaving on')} rules={[{ required: true }]}>
                <Input type="date" />
              </Form.Item>
              <Form.Item
                name="expectedReturnOn"
                label={t('预计返回', 'Back by')}
                rules={[{ required: true }]}
              >
                <Input type="date" />
              </Form.Item>
            </Space>
            <Form.Item name="fixedPlace" valuePropName="checked">
              <Checkbox>{t('外出地点比较固定', 'At a fixed place')}</Checkbox>
            </Form.Item>
            <Form.Item name="cannotTransfer" valuePropName="checked">
              <Checkbox>
                {t('长期外出但暂时无法转移组织关系', 'Long-term but the relation cannot be moved yet')}
              </Checkbox>
            </Form.Item>
          </>
        )}
        {dialog === 'in' && (
          <>
            <Form.Item name="cardNo" label={t('《流动党员活动证》编号', 'Activity card no.')}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="fromOrgName" label={t('原所在党组织', 'Home org')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="arrivedOn" label={t('到达日期', 'Arrived on')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="branchOrgId"
              label={t('编入党支部', 'Place in branch')}
              rules={[{ required: true }]}
            >
              <CoreOrgSelect
                cityApi={cityApi}
                placeholder={t('输入名称搜索', 'Type a name')}
                testId="flow-in-branch"
              />
            </Form.Item>
          </>
        )}
        {typeof dialog === 'object' && (
          <>
            <Form.Item name="kind" label={t('类别', 'Kind')}>
              <Select
                options={[
                  { value: 'org_life', label: t('组织生活', 'Organization life') },
                  { value: 'dues', label: t('交纳党费', 'Dues paid') },
                ]}
              />
            </Form.Item>
            <Form.Item name="onDate" label={t('日期', 'Date')} rules={[{ required: true }]}>
              <Input type="date" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

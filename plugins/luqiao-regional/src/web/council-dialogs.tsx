import { attempt, type PluginPageProps, tr, useApiData, validValues } from '@jiceng/ui';
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { type Answer, loadRegions, type PostBody, type RegionUnit, typedApi } from './common';
import { ReasonModal } from './structure-parts';

/** A member unit of a council (current or replaced), as `/councils/{id}` answers it. */
export type CouncilMember = Answer<'/councils/{id}'>['members'][number];

export type DialogProps = {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  councilId: number;
  onClose: () => void;
  onDone: () => void;
};

export function ReplaceMember({
  member,
  regionUnits,
  currentUnitIds,
  ...p
}: DialogProps & { member: CouncilMember; regionUnits: RegionUnit[]; currentUnitIds: number[] }) {
  const t = tr(p.locale);
  const [replacement, setReplacement] = useState<number | null>(null);
  return (
    <ReasonModal
      locale={p.locale}
      title={t(`淘汰更换理事单位：${member.unitName}`, `Replace member unit: ${member.unitName}`)}
      onClose={p.onClose}
      onSubmit={(reason) =>
        typedApi(p.api).post(
          '/councils/{id}/members/{memberId}/replace',
          { reason, replacementUnitId: replacement },
          { params: { id: p.councilId, memberId: member.id } },
        )
      }
      onDone={p.onDone}
    >
      <Select
        aria-label={t('替补单位（本区域内）', 'Replacement unit (in the region)')}
        allowClear
        style={{ width: '100%', marginBottom: 12 }}
        placeholder={t('替补单位（本区域内）', 'Replacement unit (in the region)')}
        value={replacement}
        onChange={setReplacement}
        options={regionUnits
          .filter((u) => !currentUnitIds.includes(u.id))
          .map((u) => ({ value: u.id, label: u.name }))}
        data-testid="replacement-unit"
      />
    </ReasonModal>
  );
}

export function ReplaceChair({
  options,
  ...p
}: DialogProps & { options: { value: number; label: string }[] }) {
  const t = tr(p.locale);
  const [chair, setChair] = useState<number | undefined>();
  return (
    <ReasonModal
      locale={p.locale}
      title={t(
        '更换轮值主席（新主席接任本任期余下时间）',
        'Replace the rotating chair (the new chair serves out the term)',
      )}
      onClose={p.onClose}
      onSubmit={(reason) =>
        // No chair picked: nothing to send (the API would refuse the body for the missing chairMemberId).
        chair === undefined
          ? Promise.reject(new Error(t('请选择新轮值主席', 'Choose the new chair')))
          : typedApi(p.api).post(
              '/councils/{id}/replace-chair',
              { chairMemberId: chair, reason },
              { params: { id: p.councilId } },
            )
      }
      onDone={p.onDone}
    >
      <Select
        aria-label={t('新轮值主席', 'New chair')}
        style={{ width: '100%', marginBottom: 12 }}
        placeholder={t('新轮值主席', 'New chair')}
        value={chair}
        onChange={setChair}
        options={options}
        data-testid="new-chair"
      />
    </ReasonModal>
  );
}

export function DeclareProject({
  options,
  ...p
}: DialogProps & { options: { value: number; label: string }[] }) {
  const t = tr(p.locale);
  const [form] = Form.useForm<PostBody<'/councils/{id}/projects'>>();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () =>
        typedApi(p.api).post(
          '/councils/{id}/projects',
          { ...v, dueOn: v.dueOn || undefined, leadMemberId: v.leadMemberId ?? undefined },
          { params: { id: p.councilId } },
        ),
      { onError: (m) => setError(m) },
    );
    if (r) p.onDone();
  };
  return (
    <Modal
      open
      title={t('申报共建项目', 'Declare a co-building project')}
      onCancel={p.onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="title"
          label={t('项目名称', 'Title')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="declaredByMemberId"
          label={t('申报单位', 'Declared by')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select options={options} />
        </Form.Item>
        <Form.Item
          name="leadMemberId"
          label={t('牵头单位（留空则按轮流顺序）', 'Lead (empty: whoever’s turn it is)')}
        >
          <Select allowClear options={options} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('完成期限', 'Due')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="description" label={t('内容', 'Description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function HoldMeeting({ members, ...p }: DialogProps & { members: CouncilMember[] }) {
  const t = tr(p.locale);
  const [heldOn, setHeldOn] = useState('');
  const [topic, setTopic] = useState('');
  const [reviews, setReviews] = useState<Record<number, { attended: boolean; score: number }>>(() =>
    Object.fromEntries(members.map((m) => [m.id, { attended: true, score: 80 }])),
  );
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = await attempt(
      () =>
        typedApi(p.api).post(
          '/councils/{id}/meetings',
          { heldOn, topic, reviews: members.map((m) => ({ memberId: m.id, ...reviews[m.id]! })) },
          { params: { id: p.councilId } },
        ),
      { onError: (m) => setError(m) },
    );
    if (r) p.onDone();
  };
  return (
    <Modal
      open
      title={t('召开理事会并绩效考核', 'Council meeting with performance review')}
      onCancel={p.onClose}
      onOk={submit}
      okButtonProps={{ disabled: !heldOn || !topic.trim() }}
      width={640}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 12 }}>
        <Input
          aria-label={t('召开日期', 'Held on')}
          type="date"
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
        />
        <Input
          aria-label={t('议题', 'Topic')}
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          placeholder={t('议题', 'Topic')}
          style={{ width: 300 }}
        />
      </Space>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={members}
        columns={[
          { title: t('理事单位', 'Member unit'), dataIndex: 'unitName' },
          {
            title: t('出席', 'Attended'),
            render: (_: unknown, m: CouncilMember) => (
              <Checkbox
                checked={reviews[m.id]!.attended}
                onChange={(e) =>
                  setReviews({ ...reviews, [m.id]: { ...reviews[m.id]!, attended: e.target.checked } })
                }
              />
            ),
          },
          {
            title: t('考核得分', 'Score'),
            render: (_: unknown, m: CouncilMember) => (
              <InputNumber
                aria-label={t('评分', 'Score')}
                min={0}
                max={100}
                value={reviews[m.id]!.score}
                onChange={(v) =>
                  setReviews({ ...reviews, [m.id]: { ...reviews[m.id]!, score: Number(v ?? 0) } })
                }
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}

export function CreateCouncil({
  api,
  locale,
  onClose,
  onDone,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm<PostBody<'/councils'>>();
  const [regionId, setRegionId] = useState<number | undefined>();
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const regions = useApiData(() => loadRegions(api), [api]);
  const region = useApiData(
    () =>
      regionId ? typedApi(api).get('/regions/{id}', { params: { id: regionId } }) : Promise.resolve(null),
    [api, regionId],
  );
  const units = region.data?.units ?? [];
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const r = await attempt(
      () => typedApi(api).post('/councils', { ...v, foundedOn: v.foundedOn || undefined }),
      { onError: (m) => setError(m) },
    );
    if (r) onDone(r.id);
  };
  return (
    <Modal
      open
      title={t('成立区域共建理事会', 'Found a co-building council')}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="regionId"
          label={t('区域', 'Region')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select
            options={(regions.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
            onChange={(v) => {
              setRegionId(v);
              form.setFieldsValue({ unitIds: [], chairUnitId: undefined });
              setUnitIds([]);
            }}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('名称', 'Name')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Input placeholder={t('如：方林汽车城区域共建理事会', 'e.g. Fanglin auto-city council')} />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={t('理事单位（区域内单位）', 'Member units (units of the region)')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select
            mode="multiple"
            options={units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={setUnitIds}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="chairUnitId"
          label={t('首任轮值主席', 'First rotating chair')}
          rules={[{ required: true, message: t('必填', 'Required') }]}
        >
          <Select
            options={units.filter((u) => unitIds.includes(u.id)).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="foundedOn" label={t('成立日期', 'Founded on')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import {
  type ApiClient,
  type BodyOf,
  ErrorAlert,
  type Locale,
  optionsOf,
  type PathWith,
  type TypedClient,
  tr,
  typedClient,
  useApiData,
  useSubmit,
  validValues,
} from '@jiceng/ui';
import { Form, Input, Modal, Radio, Select } from 'antd';
import { LEDGER_LABELS, SATISFACTION_LABELS } from '../../shared/terms';
import type { paths } from '../api.generated';
import { DateInput, UnitSelect } from '../common';
import type { ActionKind, Demand } from './types';

/** The route of each move. */
const ACTION_PATHS = {
  assign: '/demands/{id}/assign',
  start: '/demands/{id}/start',
  note: '/demands/{id}/notes',
  escalate: '/demands/{id}/escalate',
  close: '/demands/{id}/close',
  reopen: '/demands/{id}/reopen',
  classify: '/demands/{id}/classify',
} as const satisfies Record<ActionKind, PathWith<paths, 'post'>>;

type ActionBody<K extends ActionKind> = BodyOf<paths, (typeof ACTION_PATHS)[K], 'post'>;
/** The dialog's fields: every move's body (a field shows only for the moves that take it). */
type ActionFields = ActionBody<'assign'> &
  ActionBody<'start'> &
  ActionBody<'note'> &
  ActionBody<'escalate'> &
  ActionBody<'close'> &
  ActionBody<'reopen'> &
  ActionBody<'classify'>;

/** Sends move `kind` with its own fields; a blank optional field is left out (the route defaults it). */
function postAction(typed: TypedClient<paths>, id: number, kind: ActionKind, v: ActionFields) {
  const ids = { params: { id } };
  const blank = (s: string | null | undefined) => s || undefined;
  switch (kind) {
    case 'assign':
      return typed.post(
        ACTION_PATHS.assign,
        {
          agentName: blank(v.agentName),
          department: blank(v.department),
          unitId: v.unitId,
          deadline: blank(v.deadline),
          note: blank(v.note),
        },
        ids,
      );
    case 'start':
      return typed.post(ACTION_PATHS.start, { note: blank(v.note) }, ids);
    case 'note':
      return typed.post(ACTION_PATHS.note, { note: v.note }, ids);
    case 'escalate':
      return typed.post(ACTION_PATHS.escalate, { studioId: v.studioId, note: blank(v.note) }, ids);
    case 'close':
      return typed.post(ACTION_PATHS.close, { reply: v.reply, satisfaction: v.satisfaction }, ids);
    case 'reopen':
      return typed.post(ACTION_PATHS.reopen, { reason: v.reason }, ids);
    case 'classify':
      return typed.post(ACTION_PATHS.classify, { ledger: v.ledger, deadline: blank(v.deadline) }, ids);
  }
}

/** The dialog of one move on a demand (assign, start, note, escalate, classify, close, reopen). */
export function ActionModal({
  api,
  cityApi,
  locale,
  demand,
  kind,
  onClose,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  demand: Demand;
  kind: ActionKind | null;
  onClose: (changed: boolean) => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [form] = Form.useForm<ActionFields>();
  const save = useSubmit();
  const { data: studios } = useApiData(
    () => (kind === 'escalate' ? typed.get('/studios') : Promise.resolve(undefined)),
    [api, kind],
  );
  const titles: Record<ActionKind, string> = {
    assign:
      demand.ledger === 'proxy'
        ? t('指定代办人', 'Name the agent')
        : t('交办承办部门或单位', 'Assign to a department or unit'),
    start: t('开始办理', 'Start handling'),
    note: t('记录办理情况', 'Add a progress note'),
    escalate: t('提交党代表工作室协调', 'Escalate to a party-representative studio'),
    close: t('销号并答复居民', 'Close with a reply to the resident'),
    reopen: t('重新打开', 'Reopen'),
    classify: t('调整台账类型', 'Move to another ledger'),
  };
  async function submit() {
    if (!kind) return;
    const v = await validValues(form);
    if (!v) return;
    await save.run(async () => {
      await postAction(typed, demand.id, kind, v);
      form.resetFields();
      onClose(true);
    });
  }
  return (
    <Modal
      open={kind != null}
      title={kind ? titles[kind] : ''}
      onCancel={() => onClose(false)}
      onOk={submit}
      confirmLoading={save.busy}
      okButtonProps={{ 'data-testid': `${kind}-submit` }}
      destroyOnHidden
    >
      <ErrorAlert error={save.error} />
      <Form form={form} layout="vertical">
        {kind === 'assign' && demand.ledger === 'proxy' && (
          <Form.Item<ActionFields> name="agentName" label={t('代办人', 'Agent')} rules={[{ required: true }]}>
            <Input data-testid="assign-agent" />
          </Form.Item>
        )}
        {kind === 'assign' && demand.ledger !== 'proxy' && (
          <>
            <Form.Item<ActionFields> name="department" label={t('承办部门', 'Department')}>
              <Input
                data-testid="assign-department"
                placeholder={t('如：街道城管科', 'e.g. street city-management office')}
              />
            </Form.Item>
            <Form.Item<ActionFields> name="unitId" label={t('或承办单位', 'Or a unit')}>
              <UnitSelect cityApi={cityApi} testId="assign-unit" />
            </Form.Item>
            {!demand.deadline && (
              <Form.Item<ActionFields> name="deadline" label={t('办结时限（可选）', 'Deadline (optional)')}>
                <DateInput />
              </Form.Item>
            )}
          </>
        )}
        {(kind === 'start' || kind === 'assign') && (
          <Form.Item<ActionFields> name="note" label={t('备注', 'Note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {kind === 'note' && (
          <Form.Item<ActionFields> name="note" label={t('办理情况', 'Progress')} rules={[{ required: true }]}>
            <Input.TextArea data-testid="note-text" rows={3} />
          </Form.Item>
        )}
        {kind === 'escalate' && (
          <>
            <Form.Item<ActionFields>
              name="studioId"
              label={t('党代表工作室', 'Studio')}
              rules={[{ required: true }]}
            >
              <Select
                data-testid="escalate-studio"
                options={(studios?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
              />
            </Form.Item>
            <Form.Item<ActionFields> name="note" label={t('需协调的问题', 'What needs help')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {kind === 'classify' && (
          <>
            <Form.Item<ActionFields>
              name="ledger"
              label={t('台账类型', 'Ledger')}
              rules={[{ required: true }]}
            >
              <Select options={optionsOf(LEDGER_LABELS, locale).filter((o) => o.value !== demand.ledger)} />
            </Form.Item>
            {!demand.deadline && (
              <Form.Item<ActionFields>
                name="deadline"
                label={t('截止日期（限时件必填）', 'Deadline (required for time-limited)')}
              >
                <DateInput />
              </Form.Item>
            )}
          </>
        )}
        {kind === 'close' && (
          <>
            <Form.Item<ActionFields>
              name="reply"
              label={t('答复居民', 'Reply to the resident')}
              rules={[{ required: true, min: 2, message: t('销号需要答复居民', 'Closing needs a reply') }]}
            >
              <Input.TextArea data-testid="close-reply" rows={3} />
            </Form.Item>
            <Form.Item<ActionFields> name="satisfaction" label={t('居民满意度', 'Resident satisfaction')}>
              <Radio.Group options={optionsOf(SATISFACTION_LABELS, locale)} />
            </Form.Item>
          </>
        )}
        {kind === 'reopen' && (
          <Form.Item<ActionFields>
            name="reason"
            label={t('重新打开的原因', 'Why reopen')}
            rules={[{ required: true, min: 2, message: t('重新打开需要原因', 'A reason is required') }]}
          >
            <Input.TextArea data-testid="reopen-reason" rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

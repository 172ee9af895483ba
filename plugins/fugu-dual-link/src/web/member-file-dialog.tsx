import { errorText, optionsOf, type PluginPageProps, tr, typedClient, validValues } from '@jiceng/ui';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { FILE_KIND_LABELS } from '../shared/terms';
import type { paths } from './api.generated';

/** Adds one entry to a member's file (study, activity, honour …): the unit's side of the member page. */
export function FileEntryDialog({
  api,
  locale,
  memberId,
  onClose,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  memberId: number;
  onClose: (added: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await typedClient<paths>(api).post(
        '/members/{id}/file',
        {
          kind: v.kind,
          onDate: v.onDate,
          title: v.title,
          content: v.content || null,
          score: v.score ?? null,
        },
        { params: { id: memberId } },
      );
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={t('写实档案记录', 'Member file entry')}
      onCancel={() => onClose(false)}
      onOk={submit}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label={t('类别', 'Kind')} rules={[{ required: true }]}>
          <Select options={optionsOf(FILE_KIND_LABELS, locale)} />
        </Form.Item>
        <Form.Item name="onDate" label={t('日期', 'Date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="title" label={t('标题', 'Title')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="content" label={t('内容', 'Content')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="score" label={t('成绩（学习成绩可填）', 'Score (study)')}>
          <InputNumber min={0} max={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

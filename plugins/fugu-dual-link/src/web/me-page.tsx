import {
  attempt,
  errorText,
  type PluginPageProps,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Checkbox, Form, Input, Space } from 'antd';
import { useState } from 'react';
import type { paths } from './api.generated';
import { MemberView } from './member-page';

type Registration = ResponseOf<paths, '/registrations/{id}'>;

/** A member's own page: both sides' view of them, what they show on the board, a change-of-post request. */
export default function MePage(props: PluginPageProps) {
  const { api, locale } = props;
  const me = useApiData(() => typedClient<paths>(api).get('/me'), [api]);
  const reg = me.data && me.data.member !== null ? me.data.communitySide?.registration : undefined;
  const [tick, setTick] = useState(0);
  return (
    <div data-testid="me-page">
      {reg && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <BoardConsent
            api={api}
            locale={locale}
            registration={reg}
            onSaved={() => {
              me.reload();
              setTick((x) => x + 1);
            }}
          />
          <ChangePost api={api} locale={locale} registrationId={reg.id} />
        </Space>
      )}
      <MemberView key={tick} {...props} memberId={null} self />
    </div>
  );
}

function BoardConsent({
  api,
  locale,
  registration,
  onSaved,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  registration: Pick<Registration, 'id' | 'board' | 'commitment'>;
  onSaved: () => void;
}) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const b = registration.board;
  const [values, setValues] = useState<string[]>(
    Object.entries(b)
      .filter(([, v]) => v)
      .map(([k]) => k),
  );
  const [commitment, setCommitment] = useState<string>(registration.commitment ?? '');
  const upload = (file: File) => {
    const reader = new FileReader();
    reader.onload = () =>
      attempt(
        () =>
          typed.put(
            '/registrations/{id}/photo',
            { dataUrl: String(reader.result) },
            { params: { id: registration.id } },
          ),
        {
          ok: t('照片已更新', 'Photo saved'),
        },
      ).then(onSaved);
    reader.readAsDataURL(file);
  };
  return (
    <Section title={t('在职党员监督台：我同意公开的内容', 'The public board: what I agree to show')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Checkbox.Group
          data-testid="board-consent"
          value={values}
          onChange={(v) => setValues(v as string[])}
          options={[
            { value: 'onBoard', label: t('上监督台', 'Be listed') },
            { value: 'showPhoto', label: t('照片', 'Photo') },
            { value: 'showUnit', label: t('工作单位', 'Unit') },
            { value: 'showCommitment', label: t('承诺事项', 'Commitment') },
            { value: 'showPost', label: t('服务岗位', 'Post') },
          ]}
        />
        <Input.TextArea
          aria-label={t('公开承诺事项', 'Public commitment')}
          rows={2}
          maxLength={300}
          value={commitment}
          onChange={(e) => setCommitment(e.target.value)}
          placeholder={t('公开承诺事项', 'Public commitment')}
          data-testid="board-commitment"
        />
        <Space>
          <Button
            type="primary"
            data-testid="board-save"
            onClick={() =>
              attempt(
                () =>
                  typed.patch(
                    '/registrations/{id}',
                    {
                      commitment: commitment || null,
                      onBoard: values.includes('onBoard'),
                      showPhoto: values.includes('showPhoto'),
                      showUnit: values.includes('showUnit'),
                      showCommitment: values.includes('showCommitment'),
                      showPost: values.includes('showPost'),
                    },
                    { params: { id: registration.id } },
                  ),
                { ok: t('已保存', 'Saved') },
              ).then(onSaved)
            }
          >
            {t('保存', 'Save')}
          </Button>
          <label style={{ cursor: 'pointer' }}>
            <input
              type="file"
              accept="image/png,image/jpeg,image/webp"
              style={{ display: 'none' }}
              onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
              data-testid="photo-input"
            />
            <Button onClick={(e) => (e.currentTarget.previousSibling as HTMLInputElement | null)?.click()}>
              {t('上传照片（300KB 以内）', 'Upload a photo (≤300 KB)')}
            </Button>
          </label>
        </Space>
      </Space>
    </Section>
  );
}

function ChangePost({
  api,
  locale,
  registrationId,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  registrationId: number;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await typedClient<paths>(api).post('/registrations/{id}/change-requests', v, {
        params: { id: registrationId },
      });
      setResult({
        ok: true,
        text: t('申请已提交，等待社区调整岗位', 'Sent; the community will change your post'),
      });
    } catch (e) {
      setResult({ ok: false, text: errorText(e) });
    }
  };
  return (
    <Section
      title={t(
        '因病因事半年以上不能履行岗位职责：申请调整岗位',
        'Unable to serve for over half a year: ask to change post',
      )}
    >
      {result && (
        <Alert
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={result.text}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form form={form} layout="inline" onFinish={submit}>
        <Form.Item name="reason" rules={[{ required: true }]}>
          <Input aria-label={t('理由', 'Reason')} placeholder={t('理由', 'Reason')} maxLength={300} />
        </Form.Item>
        <Form.Item name="unableFrom" rules={[{ required: true }]}>
          <Input aria-label={t('开始日期', 'From')} type="date" />
        </Form.Item>
        <Form.Item name="unableUntil" rules={[{ required: true }]}>
          <Input aria-label={t('结束日期', 'Until')} type="date" />
        </Form.Item>
        <Button htmlType="submit">{t('提交申请', 'Send')}</Button>
      </Form>
    </Section>
  );
}

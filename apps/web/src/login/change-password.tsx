import { ErrorAlert } from '@jiceng/ui';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n';
import { LanguageToggle } from '../layout/language-toggle';
import { typedApi } from '../typed-api';
import styles from './login.module.css';
import { useSession } from './session';

/** Shown instead of the shell while the account still has its initial password. */
export function ChangePasswordPage({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const { refresh, logout } = useSession();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(values: { currentPassword: string; newPassword: string }) {
    setBusy(true);
    setError(undefined);
    try {
      await typedApi.post('/api/auth/password', {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      message.success(t('password.done'));
      await refresh();
      onDone?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.page}>
      <div className={styles.lang}>
        <LanguageToggle />
      </div>
      <Card className={styles.card} data-testid="change-password">
        <Typography.Title level={4}>{t('password.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('password.hint')}</Typography.Paragraph>
        <ErrorAlert error={error} />
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('password.required') }]}
          >
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.next')}
            rules={[
              { required: true, message: t('password.required') },
              { min: 8, message: t('password.tooShort') },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.required') },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="password-submit">
            {t('password.submit')}
          </Button>
          <Button type="link" block onClick={() => void logout()} style={{ marginTop: 8 }}>
            {t('user.logout')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

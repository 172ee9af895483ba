import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { ErrorAlert } from '@jiceng/ui';
import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n';
import { LanguageToggle } from '../layout/language-toggle';
import { useDocumentTitle } from '../layout/page-title';
import { useSession } from './session';
import styles from './login.module.css';

export function LoginPage() {
  const t = useT();
  const { login } = useSession();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(values: { username: string; password: string }) {
    setBusy(true);
    setError(undefined);
    try {
      await login(values.username, values.password);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  useDocumentTitle([t('login.title'), t('product')]);

  return (
    <main className={styles.page}>
      <div className={styles.lang}>
        <LanguageToggle />
      </div>
      <Card className={styles.card} data-testid="login-card">
        <Typography.Title level={1} className={styles.title}>
          {t('product')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className={styles.tagline}>
          {t('tagline')}
        </Typography.Paragraph>
        <ErrorAlert error={error} />
        <Form layout="vertical" onFinish={submit} requiredMark={false} data-testid="login-form">
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" data-testid="login-username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}

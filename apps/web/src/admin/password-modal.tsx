import { Alert, Modal, Typography } from 'antd';
import { useT } from '../i18n';

/** The temporary password, shown this once: the server keeps only its hash. */
export function TemporaryPasswordModal({
  shown,
  onClose,
}: {
  shown: { username: string; password: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={!!shown}
      title={t('people.tempPasswordTitle')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('people.tempPasswordDone')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {shown && (
        <div data-testid="temp-password-modal">
          <Typography.Paragraph>
            {t('people.tempPasswordFor')}{' '}
            <Typography.Text strong data-testid="temp-password-user">
              {shown.username}
            </Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text code copyable style={{ fontSize: 20 }} data-testid="temp-password">
              {shown.password}
            </Typography.Text>
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('people.tempPasswordOnce')} />
        </div>
      )}
    </Modal>
  );
}

import { ErrorAlert } from '@jiceng/ui';
import { App, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { markApiFields } from '../admin/user-modals';
import { useT } from '../i18n';

/**
 * A modal around one form that saves through the API: the save button spins while saving, a refusal shows above
 * the form with the named fields marked, a success says `savedText` and calls onSaved. The admin pages' create and
 * edit dialogs (places, units) are this with their own fields and `save`.
 */
export function FormModal<V extends object>({
  form,
  title,
  saveTestId,
  savedText,
  initialValues,
  save,
  onClose,
  onSaved,
  children,
}: {
  form: FormInstance<V>;
  title: ReactNode;
  saveTestId: string;
  savedText: string;
  initialValues: Partial<V>;
  save: (values: V) => Promise<unknown>;
  onClose: () => void;
  onSaved: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  async function submit(values: V) {
    setSaving(true);
    setError(undefined);
    try {
      await save(values);
      message.success(savedText);
      onSaved();
    } catch (e) {
      setError(e);
      markApiFields(form, e);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving, 'data-testid': saveTestId }}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}

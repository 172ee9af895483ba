import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './components';
import { validValues } from './form';

/**
 * A dialog holding one vertical form: OK checks the fields, then hands their values to `onValues` (which usually
 * calls `submit.run` of a useSubmit); OK spins while `submit.busy`, and the server's refusal shows above the fields.
 */
export function FormDialog<V>({
  open,
  title,
  form,
  submit,
  onCancel,
  onValues,
  width,
  initialValues,
  children,
}: {
  open: boolean;
  title: ReactNode;
  form: FormInstance<V>;
  submit: { busy: boolean; error: unknown };
  onCancel: () => void;
  onValues: (values: V) => Promise<unknown>;
  width?: number;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      confirmLoading={submit.busy}
      destroyOnHidden
      width={width}
      onOk={async () => {
        const v = await validValues(form);
        if (!v) return;
        await onValues(v);
      }}
    >
      <ErrorAlert error={submit.error} />
      <Form form={form} layout="vertical" initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}

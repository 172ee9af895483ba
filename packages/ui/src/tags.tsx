import { Modal, type ModalProps, Tag } from 'antd';
import type { Locale } from './i18n';
import { type Label, label as labelOf } from './text';

/**
 * The usual colour of a workflow state, so the same state looks the same on every model's pages. A plugin passes
 * `colors` for states of its own; an unknown state is grey.
 */
export const STATE_COLORS: Record<string, string> = {
  draft: 'default',
  pending: 'gold',
  open: 'blue',
  sent: 'blue',
  submitted: 'blue',
  in_progress: 'processing',
  claimed: 'processing',
  accepted: 'cyan',
  stamped: 'cyan',
  approved: 'green',
  confirmed: 'green',
  done: 'green',
  completed: 'green',
  closed: 'default',
  rejected: 'red',
  returned: 'orange',
  overdue: 'red',
  cancelled: 'default',
};

/** A state as a coloured tag with its label in the user's language. */
export function StatusTag({
  status,
  labels,
  locale,
  colors,
  testId,
}: {
  status: string | null | undefined;
  labels: Record<string, Label>;
  locale: Locale;
  colors?: Record<string, string>;
  testId?: string;
}) {
  const color = status ? (colors?.[status] ?? STATE_COLORS[status] ?? 'default') : 'default';
  return (
    <Tag color={color} data-testid={testId}>
      {labelOf(labels, status, locale)}
    </Tag>
  );
}

/**
 * antd's Modal with a test id on the dialog itself: antd puts `data-*` props nowhere, so browser tests could only
 * find a dialog by its title text. `testId` marks the dialog's content box (`[data-testid=…]`).
 */
export function TestModal({ testId, children, ...props }: ModalProps & { testId: string }) {
  return (
    <Modal {...props} modalRender={(node) => <div data-testid={testId}>{node}</div>}>
      {children}
    </Modal>
  );
}

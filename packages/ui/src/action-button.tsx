import { Button, type ButtonProps, Tooltip } from 'antd';

/**
 * What the API says about one action on one record (a list row's `actions.<name>`): the same rule that refuses the
 * action route answers here, so a page never offers what the server would refuse.
 */
export interface ActionAnswer {
  allowed: boolean;
  /** Why not, already in the user's language. */
  reason?: string;
}

/** The reason a row's action is refused, or undefined when it is allowed (or the API did not say). */
export function refusalReason(action: ActionAnswer | undefined): string | undefined {
  return action && !action.allowed ? (action.reason ?? '') : undefined;
}

/**
 * A button for an action on a record: offered when the API's `actions` answer allows it; otherwise disabled with
 * the reason as its tooltip, or not shown at all with `hideWhenRefused` (for actions this person never has).
 */
export function ActionButton({
  action,
  hideWhenRefused,
  disabled,
  ...props
}: ButtonProps & { action: ActionAnswer | undefined; hideWhenRefused?: boolean; 'data-testid'?: string }) {
  const reason = refusalReason(action);
  if (reason === undefined) return <Button {...props} disabled={disabled} />;
  if (hideWhenRefused) return null;
  return (
    <Tooltip title={reason}>
      <Button {...props} disabled data-refused={reason} />
    </Tooltip>
  );
}

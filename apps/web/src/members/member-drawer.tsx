import { ErrorAlert, useApiData } from '@jiceng/ui';
import { Drawer, Skeleton } from 'antd';
import { useT } from '../i18n';
import { typedCityApi } from '../typed-api';
import { MemberProfile } from './member-profile';

/** Details of one member (GET members/:id), opened from a table row. */
export function MemberDrawer({
  cityCode,
  memberId,
  onClose,
}: {
  cityCode: string;
  memberId: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const { data, error, loading } = useApiData(
    () =>
      memberId
        ? typedCityApi(cityCode).get('/members/{id}', { params: { id: memberId } })
        : Promise.resolve(undefined),
    [cityCode, memberId],
  );
  return (
    <Drawer
      open={memberId !== null}
      onClose={onClose}
      title={data?.name ?? t('members.detail')}
      size={600}
      destroyOnHidden
    >
      <div data-testid="member-drawer">
        <ErrorAlert error={error} />
        {!error && (loading || !data ? <Skeleton active /> : <MemberProfile member={data} />)}
      </div>
    </Drawer>
  );
}

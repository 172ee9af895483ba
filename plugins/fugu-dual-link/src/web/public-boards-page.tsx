import {
  ErrorAlert,
  publicPageHref,
  type PublicPageProps,
  readParam,
  type ResponseOf,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Card, Empty, List, Typography } from 'antd';
import { BoardSheet } from './board-sheet';
import { PageLink, PLUGIN } from './common';
import type { paths as publicPaths } from './public-api.generated';

type BoardListItem = ResponseOf<publicPaths, '/boards'>['items'][number];

/**
 * The public side of 一台三卡, for residents without an account: the compounds with a supervision board, and each
 * board (?place=…) with only what its members agreed to show. Reads the plugin's public API only.
 */
export default function PublicBoardsPage({ api, city, locale }: PublicPageProps) {
  const t = tr(locale);
  const typed = typedClient<publicPaths>(api);
  const placeId = Number(readParam('place'));
  const list = useApiData(() => (placeId ? Promise.resolve(null) : typed.get('/boards')), [api, placeId]);
  const board = useApiData(
    () => (placeId ? typed.get('/boards/{placeId}', { params: { placeId } }) : Promise.resolve(null)),
    [api, placeId],
  );
  const href = (query?: Record<string, number>) => publicPageHref(city.code, PLUGIN, 'boards', query);

  if (placeId)
    return (
      <div data-testid="public-board">
        <ErrorAlert error={board.error} />
        <Typography.Paragraph className="no-print">
          <PageLink href={href()} testId="public-boards-back">
            {t('← 全部监督台', '← All boards')}
          </PageLink>
        </Typography.Paragraph>
        {board.data && (
          <BoardSheet
            board={board.data}
            locale={locale}
            photoUrl={(m) =>
              typed.url('/photos/{registrationId}', { params: { registrationId: m.registrationId } })
            }
          />
        )}
      </div>
    );

  // Grouped by community, in the order the API gives.
  const groups = new Map<string, BoardListItem[]>();
  for (const item of list.data?.items ?? [])
    groups.set(item.communityName, [...(groups.get(item.communityName) ?? []), item]);
  return (
    <div data-testid="public-boards">
      <Typography.Title level={3}>
        {t('在职党员监督台', 'Supervision boards of in-service members')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(
          '在职党员回到居住小区，亮身份、做承诺、接受居民监督。选择您的小区查看。',
          'In-service Party members show who they are where they live and what they pledge, for residents to hold them to it. Choose your compound.',
        )}
      </Typography.Paragraph>
      <ErrorAlert error={list.error} />
      {!list.loading && groups.size === 0 && <Empty />}
      {[...groups].map(([community, items]) => (
        <Card key={community} title={community} size="small" style={{ marginBottom: 12 }}>
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item extra={t(`${item.listed} 名党员`, `${item.listed} members`)}>
                <PageLink href={href({ place: item.placeId })} testId={`public-board-${item.placeId}`}>
                  {item.placeName}
                </PageLink>
              </List.Item>
            )}
          />
        </Card>
      ))}
    </div>
  );
}

import {
  ErrorAlert,
  type PluginPageProps,
  publicPageHref,
  readParam,
  type ResponseOf,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Button, Space, Table, Typography } from 'antd';
import type { paths } from './api.generated';
import { BoardSheet } from './board-sheet';
import { PageLink, PLUGIN, pageHref } from './common';

type BoardRow = ResponseOf<paths, '/boards'>['items'][number];

/**
 * 在职党员监督台 of a compound or building inside the shell, laid out for printing with a QR code of its public
 * page (/public/:city/p/fugu-dual-link/boards?place=…), which anyone may open without logging in.
 */
export default function BoardPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const placeId = Number(readParam('place'));
  const list = useApiData(() => (placeId ? Promise.resolve(null) : typed.get('/boards')), [api, placeId]);
  const board = useApiData(
    () => (placeId ? typed.get('/boards/{placeId}', { params: { placeId } }) : Promise.resolve(null)),
    [api, placeId],
  );
  if (!placeId)
    return (
      <div data-testid="boards-list">
        <ErrorAlert error={list.error} />
        <Typography.Paragraph type="secondary">
          {t('居民无需登录即可查看：', 'Residents see them without logging in: ')}
          <a
            href={publicPageHref(city.code, PLUGIN, 'boards')}
            target="_blank"
            rel="noreferrer"
            data-testid="public-boards-link"
          >
            {publicPageHref(city.code, PLUGIN, 'boards')}
          </a>
        </Typography.Paragraph>
        <Table
          size="small"
          rowKey="placeId"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('社区', 'Community'), dataIndex: 'communityName' },
            {
              title: t('小区', 'Compound'),
              dataIndex: 'placeName',
              render: (v: string, r: BoardRow) => (
                <PageLink
                  href={pageHref(city.code, 'board', { place: r.placeId })}
                  testId={`board-${r.placeId}`}
                >
                  {v}
                </PageLink>
              ),
            },
            { title: t('上台党员', 'Members listed'), dataIndex: 'listed', align: 'right' },
          ]}
        />
      </div>
    );
  const publicHref = publicPageHref(city.code, PLUGIN, 'boards', { place: placeId });
  return (
    <div data-testid="board-page">
      <ErrorAlert error={board.error} />
      {board.data && (
        <>
          <Space className="no-print" style={{ marginBottom: 12 }} wrap>
            <Button onClick={() => window.print()} data-testid="print-board">
              {t('打印', 'Print')}
            </Button>
            <Typography.Text type="secondary">
              {t('公开页面（无需登录）：', 'Public page (no login): ')}
              <a href={publicHref} target="_blank" rel="noreferrer" data-testid="public-board-link">
                {publicHref}
              </a>
            </Typography.Text>
          </Space>
          <BoardSheet
            board={board.data}
            locale={locale}
            photoUrl={(m) => typed.url('/registrations/{id}/photo', { params: { id: m.registrationId } })}
            qrValue={`${window.location.origin}${publicHref}`}
          />
        </>
      )}
    </div>
  );
}

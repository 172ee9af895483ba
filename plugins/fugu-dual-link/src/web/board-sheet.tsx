import { type Locale, label, type ResponseOf, tr } from '@jiceng/ui';
import { Card, Col, Empty, QRCode, Row, Typography } from 'antd';
import { CATEGORY_LABELS } from '../shared/terms';
import type { paths } from './api.generated';

type Board = ResponseOf<paths, '/boards/{placeId}'>;
export type BoardMember = Board['members'][number];
/** What the sheet draws: the signed-in board, or the public one (which keeps who chose not to be listed to itself). */
export type SheetBoard = Pick<Board, 'place' | 'community' | 'members' | 'printedOn'> & {
  notListed?: number;
};

/**
 * 在职党员监督台 as residents see it, on screen or on paper: each member with only what they agreed to show.
 * The signed-in printable and the public page both draw this; `qrValue` prints the public page's address.
 */
export function BoardSheet({
  board,
  photoUrl,
  locale,
  qrValue,
}: {
  board: SheetBoard;
  photoUrl: (m: BoardMember) => string;
  locale: Locale;
  qrValue?: string;
}) {
  const t = tr(locale);
  const where = `${board.place.parentName && board.place.kind === 'building' ? `${board.place.parentName} ` : ''}${board.place.name}`;
  return (
    <Card data-testid="board-sheet">
      <Typography.Title level={3} style={{ textAlign: 'center', color: '#cf1322' }}>
        {t('在职共产党员监督台', 'Supervision board of in-service Party members')}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }} data-testid="board-place">
        {board.community?.name} · {where}
      </Typography.Paragraph>
      {board.members.length ? (
        <Row gutter={[16, 16]}>
          {board.members.map((m) => (
            <Col xs={12} md={6} key={m.registrationId}>
              <Card size="small" data-testid="board-member">
                {m.photo ? (
                  <img
                    src={photoUrl(m)}
                    alt={m.name}
                    style={{ width: '100%', aspectRatio: '3 / 4', objectFit: 'cover' }}
                  />
                ) : (
                  <div
                    style={{
                      width: '100%',
                      aspectRatio: '3 / 4',
                      background: '#f5f5f5',
                      display: 'flex',
                      alignItems: 'center',
                      justifyContent: 'center',
                      fontSize: 32,
                      color: '#cf1322',
                    }}
                  >
                    ★
                  </div>
                )}
                <div style={{ fontWeight: 600, marginTop: 8 }}>{m.name}</div>
                <div style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.6)' }}>{m.placeName}</div>
                {m.unitName && <div style={{ fontSize: 12 }}>{m.unitName}</div>}
                {m.postName && (
                  <div
                    style={{ fontSize: 12 }}
                  >{`${m.postName}（${label(CATEGORY_LABELS, m.postCategory, locale)}）`}</div>
                )}
                {m.commitment && (
                  <div style={{ fontSize: 12, marginTop: 4 }}>
                    {t('承诺：', 'Pledge: ')}
                    {m.commitment}
                  </div>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description={t('暂无党员上台', 'No members on this board yet')} />
      )}
      <div style={{ display: 'flex', alignItems: 'flex-end', gap: 16, marginTop: 16 }}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, flex: 1, marginBottom: 0 }}>
          {t(
            `欢迎居民监督。${board.printedOn} 更新`,
            `Residents are welcome to supervise. As of ${board.printedOn}`,
          )}
          {board.notListed != null &&
            t(
              `；未同意公开的 ${board.notListed} 名党员不在此列。`,
              `; ${board.notListed} members who did not agree are not listed.`,
            )}
        </Typography.Paragraph>
        {qrValue && (
          <div style={{ textAlign: 'center', fontSize: 12 }} data-testid="board-qr">
            <QRCode value={qrValue} size={96} bordered={false} />
            {t('扫码查看', 'Scan to view')}
          </div>
        )}
      </div>
    </Card>
  );
}

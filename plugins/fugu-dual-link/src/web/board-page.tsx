import { ErrorAlert, type PluginPageProps, useApiData } from '@jiceng/ui';
import { Button, Card, Col, Empty, Row, Space, Table, Typography } from 'antd';
import { CATEGORY_LABELS } from '../shared/terms';
import { label, PageLink, pageHref, PLUGIN, readParam, tr } from './common';

/**
 * 在职党员监督台 of a compound or building, laid out for printing. The same data is public without login at
 * /api/public/cities/:city/plugins/fugu-dual-link/boards/:placeId (only what each member agreed to show).
 */
export default function BoardPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const placeId = Number(readParam('place'));
  const list = useApiData(() => (placeId ? Promise.resolve(null) : api.get<any>('/boards')), [api, placeId]);
  const board = useApiData(() => (placeId ? api.get<any>(`/boards/${placeId}`) : Promise.resolve(null)), [api, placeId]);
  if (!placeId)
    return (
      <div data-testid="boards-list">
        <ErrorAlert error={list.error} />
        <Table
          size="small"
          rowKey="placeId"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('社区', 'Community'), dataIndex: 'communityName' },
            { title: t('小区', 'Compound'), dataIndex: 'placeName', render: (v: string, r: any) => <PageLink href={pageHref(city.code, 'board', { place: r.placeId })} testId={`board-${r.placeId}`}>{v}</PageLink> },
            { title: t('上台党员', 'Members listed'), dataIndex: 'listed', align: 'right' },
          ]}
        />
      </div>
    );
  const b = board.data;
  const publicUrl = `/api/public/cities/${city.code}/plugins/${PLUGIN}/boards/${placeId}`;
  return (
    <div data-testid="board-page">
      <ErrorAlert error={board.error} />
      {b && (
        <>
          <Space className="no-print" style={{ marginBottom: 12 }}>
            <Button onClick={() => window.print()} data-testid="print-board">
              {t('打印', 'Print')}
            </Button>
            <Typography.Text type="secondary">
              {t('公开查看地址（无需登录）：', 'Public address (no login): ')}
              <a href={publicUrl} target="_blank" rel="noreferrer">
                {publicUrl}
              </a>
            </Typography.Text>
          </Space>
          <Card>
            <Typography.Title level={3} style={{ textAlign: 'center', color: '#cf1322' }}>
              {t('在职共产党员监督台', 'Supervision board of in-service Party members')}
            </Typography.Title>
            <Typography.Paragraph style={{ textAlign: 'center' }}>
              {b.community?.name} · {b.place.parentName && b.place.kind === 'building' ? `${b.place.parentName} ` : ''}
              {b.place.name}
            </Typography.Paragraph>
            {b.members.length ? (
              <Row gutter={[16, 16]}>
                {b.members.map((m: any) => (
                  <Col xs={12} md={6} key={m.registrationId}>
                    <Card size="small" data-testid="board-member">
                      {m.photo ? (
                        <img src={api.url(`/registrations/${m.registrationId}/photo`)} alt={m.name} style={{ width: '100%', aspectRatio: '3 / 4', objectFit: 'cover' }} />
                      ) : (
                        <div style={{ width: '100%', aspectRatio: '3 / 4', background: '#f5f5f5', display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 32, color: '#cf1322' }}>★</div>
                      )}
                      <div style={{ fontWeight: 600, marginTop: 8 }}>{m.name}</div>
                      <div style={{ fontSize: 12, color: '#888' }}>{m.placeName}</div>
                      {m.unitName && <div style={{ fontSize: 12 }}>{m.unitName}</div>}
                      {m.postName && <div style={{ fontSize: 12 }}>{`${m.postName}（${label(CATEGORY_LABELS, m.postCategory, locale)}）`}</div>}
                      {m.commitment && <div style={{ fontSize: 12, marginTop: 4 }}>{t('承诺：', 'Pledge: ')}{m.commitment}</div>}
                    </Card>
                  </Col>
                ))}
              </Row>
            ) : (
              <Empty />
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
              {t(`欢迎居民监督。${b.printedOn} 打印；未同意公开的 ${b.notListed} 名党员不在此列。`, `Residents are welcome to supervise. Printed ${b.printedOn}; ${b.notListed} members who did not agree are not listed.`)}
            </Typography.Paragraph>
          </Card>
        </>
      )}
    </div>
  );
}

import {
  attempt,
  ErrorAlert,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Button, Col, Empty, message, Row, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { CATEGORY_LABELS } from '../shared/terms';
import type { paths } from './api.generated';
import { CommunitySelect, firstManaged, PageLink, pageHref, useCommunities } from './common';

type Group = ResponseOf<paths, '/party-groups'>['items'][number];
type ChangeRequest = ResponseOf<paths, '/change-requests'>['items'][number];

/** 设岗定责 and 党小组: the community's posts, who holds them, party groups and change-of-post requests. */
export default function PostsPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const communities = useCommunities(api);
  const [picked, setPicked] = useState<number>();
  const communityId = picked ?? firstManaged(communities.data?.items);
  const posts = useApiData(
    () =>
      communityId ? typed.get('/posts', { query: { communityOrgId: communityId } }) : Promise.resolve(null),
    [api, communityId],
  );
  const groups = useApiData(
    () =>
      communityId
        ? typed.get('/party-groups', { query: { communityOrgId: communityId } })
        : Promise.resolve(null),
    [api, communityId],
  );
  const requests = useApiData(
    () => typed.get('/change-requests', { query: { communityOrgId: communityId, status: 'pending' } }),
    [api, communityId],
  );
  const reloadAll = () => {
    posts.reload();
    groups.reload();
    requests.reload();
  };
  const run = async <R,>(fn: () => Promise<R>, ok: (r: R) => string) => {
    const r = await attempt(fn);
    if (r) {
      message.success(ok(r));
      reloadAll();
    }
  };
  const postOptions = (posts.data?.items ?? [])
    .filter((p) => p.active)
    .map((p) => ({ value: p.id, label: `${p.name}（${label(CATEGORY_LABELS, p.category, locale)}）` }));
  return (
    <div data-testid="posts-page">
      <Space style={{ marginBottom: 16 }} wrap>
        <CommunitySelect
          communities={communities.data?.items}
          value={communityId}
          onChange={setPicked}
          locale={locale}
        />
        <Button
          data-testid="standard-posts"
          disabled={!communityId}
          onClick={() =>
            communityId &&
            run(
              () => typed.post('/posts/standard', { communityOrgId: communityId }),
              (r) => t(`新增 ${r.added} 个岗位`, `${r.added} posts added`),
            )
          }
        >
          {t('设置五大类服务岗位和公益岗位', 'Set up the standard posts')}
        </Button>
        <Button
          type="primary"
          data-testid="auto-assign"
          disabled={!communityId}
          onClick={() =>
            communityId &&
            run(
              () => typed.post('/posts/auto-assign', { communityOrgId: communityId }),
              (r) => t(`按特长分配 ${r.assigned} 人`, `${r.assigned} assigned by skills`),
            )
          }
        >
          {t('按技术特长分配岗位', 'Assign by skills')}
        </Button>
        <Button
          data-testid="form-groups"
          disabled={!communityId}
          onClick={() =>
            communityId &&
            run(
              () => typed.post('/party-groups/form', { communityOrgId: communityId }),
              (r) => t(`组建 ${r.created.length} 个党小组`, `${r.created.length} groups formed`),
            )
          }
        >
          {t('按同类岗位组建党小组', 'Form party groups')}
        </Button>
      </Space>
      <ErrorAlert error={posts.error ?? groups.error} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Section title={t('社区服务岗位与公益岗位', 'Service and public-welfare posts')}>
            <Table
              size="small"
              rowKey="id"
              loading={posts.loading}
              dataSource={posts.data?.items ?? []}
              pagination={{ pageSize: 15 }}
              columns={[
                { title: t('岗位', 'Post'), dataIndex: 'name' },
                {
                  title: t('类别', 'Category'),
                  dataIndex: 'category',
                  render: (c: string) => <Tag>{label(CATEGORY_LABELS, c, locale)}</Tag>,
                },
                { title: t('在岗', 'Holders'), dataIndex: 'holders', align: 'right' },
                {
                  title: t('定员', 'Capacity'),
                  dataIndex: 'capacity',
                  render: (v: number | null) => v ?? '—',
                },
              ]}
            />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section
            title={t(
              `党小组（每组 ${groups.data?.min ?? 20}–${groups.data?.max ?? 30} 人，设组长）`,
              `Party groups (${groups.data?.min ?? 20}–${groups.data?.max ?? 30} members, with a leader)`,
            )}
          >
            {groups.data?.items?.length ? (
              <Table
                size="small"
                rowKey="id"
                data-testid="party-groups"
                dataSource={groups.data.items}
                pagination={false}
                expandable={{
                  expandedRowRender: (g: Group) => (
                    <Space wrap>
                      {g.members.map((m) => (
                        <Tag
                          key={m.registrationId}
                          color={m.registrationId === g.leaderRegistrationId ? 'red' : undefined}
                        >
                          {m.memberName}
                          {m.postName ? ` · ${m.postName}` : ''}
                        </Tag>
                      ))}
                    </Space>
                  ),
                }}
                columns={[
                  { title: t('党小组', 'Group'), dataIndex: 'name' },
                  {
                    title: t('人数', 'Size'),
                    dataIndex: 'size',
                    render: (n: number, g: Group) =>
                      g.undersized || g.oversized ? <Tag color="orange">{n}</Tag> : n,
                  },
                  {
                    title: t('组长', 'Leader'),
                    dataIndex: 'leaderName',
                    render: (v: string | null) => v ?? <Tag color="orange">{t('未设', 'none')}</Tag>,
                  },
                  {
                    title: t('更换组长', 'Change leader'),
                    key: 'leader',
                    render: (_: unknown, g: Group) => (
                      <Select
                        aria-label={t('选择', 'Pick')}
                        size="small"
                        style={{ width: 120 }}
                        placeholder={t('选择', 'Pick')}
                        options={g.members.map((m) => ({
                          value: m.registrationId,
                          label: m.memberName,
                        }))}
                        onChange={(id) =>
                          run(
                            () =>
                              typed.put(
                                '/party-groups/{id}/leader',
                                { registrationId: id },
                                { params: { id: g.id } },
                              ),
                            () => t('已设组长', 'Leader set'),
                          )
                        }
                      />
                    ),
                  },
                ]}
              />
            ) : (
              <Empty description={t('尚未组建党小组', 'No party groups yet')} />
            )}
            {groups.data?.ungrouped.length ? (
              <div style={{ marginTop: 8 }}>
                {t(
                  `未编组：${groups.data.ungrouped.length} 人`,
                  `${groups.data.ungrouped.length} not in a group`,
                )}
              </div>
            ) : null}
          </Section>
        </Col>
      </Row>
      <Section
        title={t(
          '调整岗位申请（半年以上不能履职）',
          'Change-of-post requests (unable to serve over half a year)',
        )}
      >
        <Table
          size="small"
          rowKey="id"
          data-testid="change-requests"
          loading={requests.loading}
          dataSource={requests.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t('党员', 'Member'), dataIndex: 'memberName' },
            { title: t('现岗位', 'Current post'), dataIndex: 'postName' },
            { title: t('理由', 'Reason'), dataIndex: 'reason' },
            {
              title: t('不能履职期间', 'Unable'),
              key: 'span',
              render: (_: unknown, r: ChangeRequest) => `${r.unableFrom} ~ ${r.unableUntil}`,
            },
            {
              title: t('处理', 'Decide'),
              key: 'decide',
              render: (_: unknown, r: ChangeRequest) => (
                <Space>
                  <Select
                    aria-label={t('调整到新岗位', 'Move to a post')}
                    size="small"
                    style={{ width: 200 }}
                    placeholder={t('调整到新岗位', 'Move to a post')}
                    options={postOptions}
                    onChange={(postId) =>
                      run(
                        () =>
                          typed.post(
                            '/change-requests/{id}/decide',
                            { approve: true, newPostId: postId },
                            { params: { id: r.id } },
                          ),
                        () => t('已调整岗位，已通知单位', 'Post changed; the unit is told'),
                      )
                    }
                  />
                  <Button
                    size="small"
                    onClick={() =>
                      run(
                        () =>
                          typed.post(
                            '/change-requests/{id}/decide',
                            { approve: true, newPostId: null },
                            { params: { id: r.id } },
                          ),
                        () => t('已暂停岗位', 'Post released'),
                      )
                    }
                  >
                    {t('暂停岗位', 'Release')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      run(
                        () =>
                          typed.post(
                            '/change-requests/{id}/decide',
                            { approve: false },
                            { params: { id: r.id } },
                          ),
                        () => t('已不同意', 'Rejected'),
                      )
                    }
                  >
                    {t('不同意', 'Reject')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Section>
      <div style={{ color: 'rgba(0, 0, 0, 0.6)' }}>
        <PageLink href={pageHref(city.code, 'registrations')}>{t('查看报到登记', 'Registrations')}</PageLink>
      </div>
    </div>
  );
}

import {
  ErrorAlert,
  label,
  type PluginPageProps,
  readParam,
  type ResponseOf,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Spin, Table, Tag, Timeline } from 'antd';
import { useState } from 'react';
import {
  ACTIVITY_KIND_LABELS,
  CADRE_RANK_LABELS,
  CATEGORY_LABELS,
  FEEDBACK_ASPECT_LABELS,
  FEEDBACK_ASPECTS,
  FEEDBACK_RATING_LABELS,
  FILE_KIND_LABELS,
  GRADE_LABELS,
  REGISTRATION_STATUS_LABELS,
} from '../shared/terms';
import type { paths } from './api.generated';
import { REGISTRATION_STATUS_COLORS } from './common';
import { FileEntryDialog } from './member-file-dialog';

type Overview = ResponseOf<paths, '/members/{id}/overview'>;
type FeedbackCard = Overview['feedbackCards'][number];

/** The member as both sides manage them: the unit (organization relation) and the community (activity), with the three cards. */
export default function MemberPage(props: PluginPageProps) {
  const id = Number(readParam('id'));
  const t = tr(props.locale);
  if (!id)
    return (
      <Empty description={t('请从报到登记列表中选择党员', 'Open a member from the registration list')} />
    );
  return <MemberView {...props} memberId={id} self={false} />;
}

export function MemberView({
  api,
  locale,
  memberId,
  self,
}: PluginPageProps & { memberId: number | null; self: boolean }) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const data = useApiData(
    () =>
      self || memberId === null
        ? typed.get('/me')
        : typed.get('/members/{id}/overview', { params: { id: memberId } }),
    [api, memberId, self],
  );
  const file = useApiData(
    () =>
      data.data?.member
        ? typed.get('/members/{id}/file', { params: { id: data.data.member.id } })
        : Promise.resolve(null),
    [api, data.data?.member?.id],
  );
  const [adding, setAdding] = useState(false);
  if (data.loading && !data.data) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (!data.data) return <ErrorAlert error={data.error} />;
  const d = data.data;
  if (d.member === null)
    return (
      <Empty description={t('您的账号未关联党员档案', 'Your account is not linked to a member record')} />
    );
  const cs = d.communitySide;
  const reg = cs?.registration;
  const mayWriteFile = !self && (d.sides.unit || d.sides.community);
  return (
    <div data-testid="member-page">
      <ErrorAlert error={data.error} />
      <Section
        title={`${d.member.name} · ${t('双联双管', 'dual management')}`}
        extra={
          <Space>
            {d.sides.unit && <Tag color="blue">{t('单位方', 'Unit side')}</Tag>}
            {d.sides.community && <Tag color="green">{t('社区方', 'Community side')}</Tag>}
          </Space>
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Card
              size="small"
              title={t('工作单位：组织关系、主体管理', 'Unit: organization relation')}
              data-testid="unit-side"
            >
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'org', label: t('所在党组织', 'Party org'), children: d.unitSide.orgName },
                  { key: 'unit', label: t('工作单位', 'Unit'), children: d.unitSide.unitName ?? '—' },
                  {
                    key: 'rank',
                    label: t('职级', 'Cadre rank'),
                    children: label(CADRE_RANK_LABELS, d.member.cadreRank, locale),
                  },
                  { key: 'occ', label: t('职业', 'Occupation'), children: d.member.occupation ?? '—' },
                  {
                    key: 'appraisal',
                    label: t('最近年度评议', 'Latest appraisal'),
                    children: d.appraisals[0]
                      ? `${d.appraisals[0].year}：${label(GRADE_LABELS, d.appraisals[0].grade, locale)}（${d.appraisals[0].total}）`
                      : '—',
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} md={12}>
            <Card
              size="small"
              title={t('居住地社区：八小时以外、协助管理', 'Community: activity outside work')}
              data-testid="community-side"
            >
              {cs && reg ? (
                <Descriptions
                  size="small"
                  column={1}
                  items={[
                    { key: 'c', label: t('社区', 'Community'), children: reg.communityName },
                    {
                      key: 'place',
                      label: t('住址', 'Residence'),
                      children: reg.residencePlaceName ?? reg.address ?? '—',
                    },
                    {
                      key: 'status',
                      label: t('报到登记卡', 'Card'),
                      children: (
                        <StatusTag
                          labels={REGISTRATION_STATUS_LABELS}
                          colors={REGISTRATION_STATUS_COLORS}
                          status={reg.status}
                          locale={locale}
                          testId="member-reg-status"
                        />
                      ),
                    },
                    {
                      key: 'post',
                      label: t('服务岗位', 'Post'),
                      children: cs.postName
                        ? `${cs.postName}（${label(CATEGORY_LABELS, cs.postCategory, locale)}）`
                        : '—',
                    },
                    { key: 'group', label: t('党小组', 'Party group'), children: cs.partyGroupName ?? '—' },
                    {
                      key: 'q',
                      label: t(`${cs.compliance.quarter} 到社区报到`, `Reported in ${cs.compliance.quarter}`),
                      children: cs.compliance.reportedThisQuarter ? (
                        <Tag color="green">{t('已报到', 'Yes')}</Tag>
                      ) : (
                        <Tag color="orange">{t('尚未报到', 'Not yet')}</Tag>
                      ),
                    },
                    {
                      key: 'things',
                      label: t('本年为社区办实事', 'Practical things this year'),
                      children: `${cs.compliance.practicalThingsThisYear} / ${cs.compliance.practicalThingsRequired}`,
                    },
                    {
                      key: 'seen',
                      label: t('最近参加社区活动', 'Last seen in the community'),
                      children: cs.compliance.absentHalfYear ? (
                        <Tag color="red">{`${cs.compliance.lastSeen}（${t('半年以上未参加', 'over half a year ago')}）`}</Tag>
                      ) : (
                        (cs.compliance.lastSeen ?? '—')
                      ),
                    },
                  ]}
                />
              ) : (
                <Alert
                  type="warning"
                  showIcon
                  title={t('尚未到居住地社区报到', 'Not registered at a residence community yet')}
                />
              )}
            </Card>
          </Col>
        </Row>
      </Section>
      <Section title={t('《在职党员基本情况登记卡》', 'Basic information card')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'name', label: t('姓名', 'Name'), children: d.member.name },
            {
              key: 'gender',
              label: t('性别', 'Gender'),
              children: d.member.gender === 'male' ? t('男', 'Male') : t('女', 'Female'),
            },
            {
              key: 'joined',
              label: t('入党时间', 'Joined the Party'),
              children: d.member.joinedPartyOn ?? '—',
            },
            {
              key: 'skills',
              label: t('技术特长', 'Skills'),
              children: reg?.skills ?? d.member.skills ?? '—',
            },
            {
              key: 'commitment',
              label: t('公开承诺', 'Public commitment'),
              children: reg?.commitment ?? '—',
            },
            {
              key: 'board',
              label: t('监督台公开', 'On the public board'),
              children: reg
                ? reg.board.onBoard
                  ? [
                      reg.board.showPhoto && t('照片', 'photo'),
                      reg.board.showUnit && t('单位', 'unit'),
                      reg.board.showCommitment && t('承诺', 'commitment'),
                      reg.board.showPost && t('岗位', 'post'),
                    ]
                      .filter(Boolean)
                      .join('、') || t('仅姓名', 'name only')
                  : t('不公开', 'not listed')
                : '—',
            },
            { key: 'letter', label: t('报到函号', 'Letter'), children: reg?.letterNo ?? '—' },
            {
              key: 'part2',
              label: t('第二联（社区留存）', 'Part 2 (community)'),
              children: reg?.card.part2.filedOn ?? t('未盖章', 'not stamped'),
            },
            {
              key: 'part1',
              label: t('第一联（单位备案）', 'Part 1 (unit)'),
              children: reg?.card.part1.filedOn ?? t('未备案', 'not filed'),
            },
          ]}
        />
        {d.registrations.length > 1 && (
          <Table
            size="small"
            style={{ marginTop: 12 }}
            rowKey="id"
            pagination={false}
            dataSource={d.registrations}
            columns={[
              { title: t('社区', 'Community'), dataIndex: 'communityName' },
              {
                title: t('状态', 'Status'),
                dataIndex: 'status',
                render: (v: string) => (
                  <StatusTag
                    labels={REGISTRATION_STATUS_LABELS}
                    colors={REGISTRATION_STATUS_COLORS}
                    status={v}
                    locale={locale}
                  />
                ),
              },
              { title: t('发函', 'Sent'), dataIndex: 'sentOn' },
              {
                title: t('注销', 'Closed'),
                dataIndex: 'closedOn',
                render: (v: string | null, r: Overview['registrations'][number]) =>
                  v ? `${v}（${r.closeReason === 'moved' ? t('迁居', 'moved') : r.closeReason}）` : '—',
              },
            ]}
          />
        )}
      </Section>
      <Section title={t('《在职党员参与社区活动记录卡》', 'Community activity record card')}>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Table
              size="small"
              rowKey="id"
              data-testid="activity-card"
              dataSource={d.activityCard.activities}
              pagination={{ pageSize: 8 }}
              columns={[
                { title: t('日期', 'Date'), dataIndex: 'heldOn' },
                { title: t('活动', 'Activity'), dataIndex: 'title' },
                {
                  title: t('类别', 'Kind'),
                  dataIndex: 'kind',
                  render: (k: string) => label(ACTIVITY_KIND_LABELS, k, locale),
                },
                { title: t('社区', 'Community'), dataIndex: 'communityName' },
                { title: t('时长', 'Hours'), dataIndex: 'hours', render: (v: number | null) => v ?? '—' },
              ]}
            />
          </Col>
          <Col xs={24} md={10}>
            <Card size="small" title={t('到社区报到（每季度至少一次）', 'In-person reports (one a quarter)')}>
              {d.activityCard.visits.length
                ? d.activityCard.visits.slice(0, 8).map((v) => <Tag key={v.id}>{v.visitedOn}</Tag>)
                : '—'}
            </Card>
            <Card
              size="small"
              title={t('为社区办实事（每年 1–2 件）', 'Practical things (1–2 a year)')}
              style={{ marginTop: 12 }}
            >
              {d.activityCard.practicalThings.length ? (
                <ul style={{ paddingLeft: 18, margin: 0 }}>
                  {d.activityCard.practicalThings.map((p) => (
                    <li key={p.id}>
                      {p.doneOn} {p.title}
                    </li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </Card>
          </Col>
        </Row>
      </Section>
      <Section title={t('《在职党员社区表现反馈卡》', 'Community performance feedback cards')}>
        <Table
          size="small"
          rowKey="id"
          data-testid="feedback-cards"
          dataSource={d.feedbackCards}
          pagination={false}
          columns={[
            { title: t('期间', 'Period'), dataIndex: 'periodKey' },
            {
              title: t('类别', 'Kind'),
              dataIndex: 'kind',
              render: (k: string) =>
                k === 'annual' ? t('年终综合评议', 'Year-end') : t('半年反馈', 'Half-year'),
            },
            { title: t('社区', 'Community'), dataIndex: 'communityName' },
            {
              title: t('活动 / 报到 / 实事', 'Activities / reports / things'),
              key: 'n',
              render: (_: unknown, r: FeedbackCard) => `${r.activities} / ${r.visits} / ${r.practicalThings}`,
            },
            {
              title: t('评议', 'Ratings'),
              key: 'ratings',
              render: (_: unknown, { ratings, comment }: FeedbackCard) =>
                ratings
                  ? FEEDBACK_ASPECTS.map(
                      (a) =>
                        `${label(FEEDBACK_ASPECT_LABELS, a, locale)}:${label(FEEDBACK_RATING_LABELS, ratings[a], locale)}`,
                    ).join(' ')
                  : (comment ?? '—'),
            },
            {
              title: t('送达', 'Sent to'),
              dataIndex: 'recipients',
              render: (v: string[]) =>
                v.map((x) => (
                  <Tag key={x}>
                    {x === 'office' ? t('双联双管办', 'Office') : t('单位党组织', 'Unit org')}
                  </Tag>
                )),
            },
            {
              title: t('送达日期', 'Sent on'),
              dataIndex: 'sentOn',
              render: (v: string, r: FeedbackCard) => (
                <span style={{ color: r.onTime ? undefined : '#cf1322' }}>{v}</span>
              ),
            },
          ]}
        />
      </Section>
      <Section
        title={t('写实档案', 'Member file')}
        extra={
          mayWriteFile && (
            <Button size="small" data-testid="file-add" onClick={() => setAdding(true)}>
              {t('添加记录', 'Add an entry')}
            </Button>
          )
        }
      >
        {file.data?.items?.length ? (
          <Timeline
            items={file.data.items.slice(0, 40).map((e) => ({
              key: e.id,
              children: (
                <span>
                  <b>{e.onDate}</b> <Tag>{label(FILE_KIND_LABELS, e.kind, locale)}</Tag> {e.title}
                  {e.score != null ? `（${e.score}）` : ''}
                </span>
              ),
            }))}
          />
        ) : (
          <Empty />
        )}
      </Section>
      {d.flows.length > 0 && (
        <Section title={t('流动记录', 'Flow records')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={d.flows}
            columns={[
              {
                title: t('方向', 'Direction'),
                dataIndex: 'direction',
                render: (v: string) => (v === 'out' ? t('外出', 'Out') : t('流入', 'In')),
              },
              { title: t('地点', 'Place'), dataIndex: 'placeText' },
              { title: t('开始', 'From'), dataIndex: 'startedOn' },
              { title: t('活动证', 'Card'), dataIndex: 'cardNo', render: (v: string | null) => v ?? '—' },
              {
                title: t('状态', 'Status'),
                dataIndex: 'status',
                render: (v: string) =>
                  v === 'open'
                    ? t('流动中', 'Away')
                    : v === 'returned'
                      ? t('已返回', 'Back')
                      : t('已转出', 'Transferred'),
              },
            ]}
          />
        </Section>
      )}
      {adding && (
        <FileEntryDialog
          api={api}
          locale={locale}
          memberId={d.member.id}
          onClose={(added) => {
            setAdding(false);
            if (added) file.reload();
          }}
        />
      )}
    </div>
  );
}

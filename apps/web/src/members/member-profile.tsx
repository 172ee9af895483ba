import { Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { useLabel, useT } from '../i18n';
import type { MemberDetail } from '../types';
import { categoryColor } from './labels';

/** One member: personal data, then the split between 组织关系 (the org holding the membership) and 活动关系. */
export function MemberProfile({ member }: { member: MemberDetail }) {
  const t = useT();
  const label = useLabel();
  return (
    <div data-testid="member-profile">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        bordered
        items={[
          {
            key: 'name',
            label: t('members.name'),
            children: <span data-testid="member-name">{member.name}</span>,
          },
          { key: 'gender', label: t('members.gender'), children: label('gender', member.gender) },
          { key: 'idNumber', label: t('members.idNumber'), children: member.idNumber, span: 'filled' },
          { key: 'phone', label: t('members.phone'), children: member.phone ?? '—' },
          { key: 'birthDate', label: t('members.birthDate'), children: member.birthDate ?? '—' },
          {
            key: 'category',
            label: t('members.category'),
            children: <Tag color={categoryColor(member.category)}>{label('category', member.category)}</Tag>,
          },
          { key: 'cadreRank', label: t('members.cadreRank'), children: label('cadreRank', member.cadreRank) },
          { key: 'unit', label: t('members.unit'), children: member.unitName ?? '—', span: 'filled' },
          { key: 'joined', label: t('members.joinedParty'), children: member.joinedPartyOn ?? '—' },
          { key: 'occupation', label: t('members.occupation'), children: member.occupation ?? '—' },
          { key: 'skills', label: t('members.skills'), children: member.skills ?? '—', span: 'filled' },
          {
            key: 'active',
            label: t('members.active'),
            children: member.active ? (
              <Tag color="green">{t('members.activeYes')}</Tag>
            ) : (
              <Tag>{t('members.activeNo')}</Tag>
            ),
            span: 'filled',
          },
        ]}
      />
      {member.masked && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('members.masked')}
        </Typography.Text>
      )}

      <Typography.Title level={3} style={{ marginTop: 20, fontSize: 16 }}>
        {t('members.orgRelation')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('members.orgRelationHint')}
      </Typography.Paragraph>
      <Tag color="red" data-testid="member-org-relation" style={{ fontSize: 14, padding: '4px 10px' }}>
        {member.orgName}
      </Tag>

      <Typography.Title level={3} style={{ marginTop: 20, fontSize: 16 }}>
        {t('members.activityRelation')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('members.activityRelationHint')}
      </Typography.Paragraph>
      {member.affiliations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.noAffiliations')} />
      ) : (
        <Table
          data-testid="member-affiliations"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={member.affiliations}
          columns={[
            {
              title: t('members.affKind'),
              dataIndex: 'kind',
              render: (v: string) => <Tag>{label('affiliationKind', v)}</Tag>,
            },
            {
              title: t('members.affWhere'),
              key: 'where',
              render: (_, a) => [a.placeName, a.orgName].filter(Boolean).join(' · ') || '—',
            },
            { title: t('members.since'), dataIndex: 'since' },
            {
              title: t('members.until'),
              dataIndex: 'until',
              render: (v: string | null) => v ?? t('members.current'),
            },
          ]}
        />
      )}
    </div>
  );
}

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
import { Badge, Button, message, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { FLAG_KINDS, FLAG_LABELS, type FlagKind, flagDetailText, NOTICE_LABELS } from '../shared/terms';
import type { paths } from './api.generated';
import { PageLink, pageHref } from './common';

type Flag = ResponseOf<paths, '/flags'>['items'][number];
type Notice = ResponseOf<paths, '/notices'>['items'][number];

/** What the rules flag today, and the notices they sent to the units. */
export default function RulesPage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [kind, setKind] = useState<FlagKind>('absent_half_year');
  const flags = useApiData(() => typed.get('/flags', { query: { kind, limit: 500 } }), [api, kind]);
  const summary = useApiData(() => typed.get('/flags', { query: { limit: 1 } }), [api]);
  const notices = useApiData(() => typed.get('/notices'), [api]);
  const run = async () => {
    const r = await attempt(() => typed.post('/rules/run', {}));
    if (r) {
      message.success(
        t(
          `已通知单位 ${r.notices} 条，提交支部研究 ${r.decisions} 件`,
          `${r.notices} notices to units, ${r.decisions} items for branches`,
        ),
      );
      notices.reload();
    }
  };
  const counts = summary.data?.counts ?? {};
  return (
    <div data-testid="rules-page">
      <Section
        title={t(`今日提醒（${flags.data?.today ?? ''}）`, `Flags today (${flags.data?.today ?? ''})`)}
        extra={
          <Button type="primary" data-testid="run-rules" onClick={run}>
            {t('执行检查：通知单位、提交支部研究', 'Act on flags: notify units, raise lapses')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t(
            '平台每天自动执行一次检查（通知单位、提交支部研究），同一事项只通知一次；也可以随时手动执行。',
            'The platform acts on these once a day on its own (notifying units, raising lapses), never twice for the same lapse; you can also act now.',
          )}
        </Typography.Paragraph>
        {/* Nine kinds: buttons that wrap onto more lines (a Segmented keeps them on one 2,000 px line). */}
        <Radio.Group
          data-testid="flag-kind"
          optionType="button"
          buttonStyle="solid"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={FLAG_KINDS.map((k) => ({
            value: k,
            label: `${label(FLAG_LABELS, k, locale)} (${counts[k] ?? 0})`,
          }))}
          style={{ marginBottom: 12, display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
        />
        <ErrorAlert error={flags.error} />
        <Table
          size="small"
          rowKey={(f: Flag) =>
            `${f.kind}-${f.registrationId ?? ''}-${f.memberId ?? ''}-${f.orgId}-${JSON.stringify(f.detail ?? {})}`
          }
          loading={flags.loading}
          dataSource={flags.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: t('党员', 'Member'),
              dataIndex: 'memberName',
              render: (v: string | null, f: Flag) =>
                v && f.memberId ? (
                  <PageLink href={pageHref(city.code, 'member', { id: f.memberId })}>{v}</PageLink>
                ) : (
                  '—'
                ),
            },
            { title: t('社区 / 党组织', 'Community / org'), dataIndex: 'orgName' },
            {
              title: t('单位党组织', 'Unit org'),
              dataIndex: 'unitOrgName',
              render: (v: string | null) => v ?? '—',
            },
            { title: t('自', 'Since'), dataIndex: 'since', render: (v: string | null) => v ?? '—' },
            {
              title: t('说明', 'Detail'),
              dataIndex: 'detail',
              render: (d: Record<string, unknown> | null) => flagDetailText(d, locale),
            },
          ]}
        />
      </Section>
      <Section
        title={
          <Badge count={notices.data?.unread ?? 0} offset={[12, 0]}>
            {t('收到的通知', 'Notices received')}
          </Badge>
        }
      >
        <Table
          size="small"
          rowKey="id"
          data-testid="notices"
          loading={notices.loading}
          dataSource={notices.data?.items ?? []}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('日期', 'Date'), dataIndex: 'createdOn' },
            {
              title: t('事项', 'Notice'),
              dataIndex: 'kind',
              render: (k: string) => label(NOTICE_LABELS, k, locale),
            },
            {
              title: t('党员', 'Member'),
              dataIndex: 'memberName',
              render: (v: string, n: Notice) =>
                n.memberId ? (
                  <PageLink href={pageHref(city.code, 'member', { id: n.memberId })}>{v}</PageLink>
                ) : (
                  '—'
                ),
            },
            {
              title: t('发给', 'To'),
              dataIndex: 'toOrgName',
              render: (v: string | null) => v ?? t('双联双管办公室', 'Dual-link office'),
            },
            {
              title: t('详情', 'Detail'),
              dataIndex: 'payload',
              render: (p: Notice['payload']) => (p ? Object.values(p).filter(Boolean).join(' → ') : '—'),
            },
            {
              title: '',
              key: 'read',
              render: (_: unknown, n: Notice) =>
                n.readOn ? (
                  <Tag>{t('已读', 'Read')}</Tag>
                ) : (
                  <Space>
                    <Button
                      size="small"
                      onClick={() =>
                        attempt(() => typed.post('/notices/{id}/read', {}, { params: { id: n.id } })).then(
                          (r) => r && notices.reload(),
                        )
                      }
                    >
                      {t('标为已读', 'Mark read')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Section>
    </div>
  );
}

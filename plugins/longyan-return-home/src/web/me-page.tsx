import {
  ErrorAlert,
  label,
  type PluginPageProps,
  type ResponseOf,
  Section,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Alert, Button, Checkbox, Descriptions, Empty, Select, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { LABELS, PIONEER_TAGS, type PioneerTag } from '../shared/model';
import type { paths } from './api.generated';
import { certificateUrl, day, STATUS_COLORS } from './common';
import { ServiceSection } from './me-service';

/** The /me answer: the member, the report rule and report, and what they did. */
type Me = ResponseOf<paths, '/me'>;

/** The member's own page: where and how to report, the community's posts and wishes, service records, tags. */
export default function MePage({ api, city, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const { data, error, reload } = useApiData<Me>(() => typed.get('/me'), [typed]);
  const action = useSubmit();
  const [pick, setPick] = useState<number | undefined>();
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  if (!data.member)
    return (
      <Section title={t('我的报到', 'My report')}>
        <Empty description={t('当前账号未关联党员', 'This account is not linked to a party member')} />
      </Section>
    );
  const { rule, report } = data;
  // The community is named by the rule before anything is done; then online, then offline with the certificate.
  const step = !report ? 1 : report.status === 'online' ? 2 : 3;

  const doReport = () =>
    action.run(async () => {
      await typed.post('/reports', rule?.problem === 'several_paired' ? { communityOrgId: pick } : {});
      reload();
    });

  return (
    <div data-testid="lrh-me">
      <Section title={`${t('我的报到', 'My report')} · ${data.period}`}>
        <ErrorAlert error={action.error} />
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('党员', 'Member')}>{data.member.name}</Descriptions.Item>
          <Descriptions.Item label={t('工作单位', 'Unit')}>{data.member.unitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('居住小区', 'Lives in')}>
            {data.member.residenceName ?? t('不在社区内', 'outside any community')}
          </Descriptions.Item>
        </Descriptions>
        <Steps
          current={step}
          style={{ marginBottom: 16 }}
          items={[
            { title: t('确定报到社区', 'Community named') },
            { title: t('线上报到', 'Reported online') },
            { title: t('持《报到证》线下报到', 'Confirmed with the 报到证') },
          ]}
        />
        <Space direction="vertical" style={{ width: '100%' }}>
          <div>
            {t('报到状态：', 'Status: ')}
            <StatusTag
              labels={LABELS.reportStatus}
              colors={STATUS_COLORS}
              status={report?.status ?? 'not_reported'}
              locale={locale}
              testId="my-report-status"
            />
          </div>
          {rule && (
            <Typography.Text data-testid="my-report-rule">
              {label(LABELS.rule, rule.rule, locale)}
              {rule.target ? ` → ${rule.target.name}` : ''}
            </Typography.Text>
          )}
          {!report && rule?.problem === 'no_community_org' && (
            <Alert
              type="warning"
              showIcon
              title={t(
                '居住社区尚未建立党组织，请联系街道党工委',
                'Your residence community has no party org yet',
              )}
            />
          )}
          {!report && rule?.problem === 'not_paired' && (
            <Alert
              type="warning"
              showIcon
              title={t(
                '所在单位尚未与社区结对共建，请联系单位党组织',
                'Your unit is not paired with a community yet',
              )}
            />
          )}
          {!report && rule?.problem !== 'no_community_org' && rule?.problem !== 'not_paired' && (
            <Space wrap>
              {rule?.problem === 'several_paired' && (
                <Select
                  aria-label={t('单位结对了多个社区，请选择', 'Your unit is paired with several communities')}
                  data-testid="report-community"
                  placeholder={t(
                    '单位结对了多个社区，请选择',
                    'Your unit is paired with several communities',
                  )}
                  style={{ minWidth: 260 }}
                  value={pick}
                  onChange={setPick}
                  options={rule.paired.map((p) => ({ value: p.id, label: p.name }))}
                />
              )}
              <Button
                type="primary"
                data-testid="report-online"
                loading={action.busy}
                onClick={doReport}
                disabled={rule?.problem === 'several_paired' && !pick}
              >
                {t('线上报到', 'Report online')}
              </Button>
            </Space>
          )}
          {report?.status === 'online' && !report.certificateNo && (
            <Alert
              type="info"
              showIcon
              data-testid="awaiting-certificate"
              title={t(
                `已向${report.communityOrgName}线上报到，请联系${report.issuerOrgName}开具《报到证》`,
                `Reported online to ${report.communityOrgName}; ask ${report.issuerOrgName} for the 报到证`,
              )}
            />
          )}
          {report?.certificateNo && report.status === 'online' && (
            <Alert
              type="success"
              showIcon
              data-testid="certificate-issued"
              title={t(
                `《报到证》已开具（${report.certificateNo}），请持证到${report.communityOrgName}完成线下报到`,
                `报到证 ${report.certificateNo} issued: take it to ${report.communityOrgName}`,
              )}
              action={
                <a
                  href={certificateUrl(city.code, report.id)}
                  target="_blank"
                  rel="noreferrer"
                  data-testid="print-certificate"
                >
                  {t('查看/打印', 'View / print')}
                </a>
              }
            />
          )}
          {report?.status === 'confirmed' && (
            <Alert
              type="success"
              showIcon
              data-testid="report-confirmed"
              title={t(
                `${report.communityOrgName}已于 ${day(report.confirmedAt)} 确认报到`,
                `${report.communityOrgName} confirmed your report on ${day(report.confirmedAt)}`,
              )}
            />
          )}
          {(!!data.grid || !!data.teams?.length) && (
            <Typography.Text type="secondary">
              {data.grid ? `${t('网格临时党支部', 'Grid branch')}：${data.grid.name}　` : ''}
              {data.teams?.length
                ? `${t('志愿服务队', 'Volunteer teams')}：${data.teams.map((x) => x.name).join('、')}`
                : ''}
            </Typography.Text>
          )}
        </Space>
      </Section>
      <TagsSection
        api={api}
        locale={locale}
        memberId={data.member.id}
        tags={data.tags ?? []}
        onSaved={reload}
      />
      {report ? (
        <ServiceSection api={api} locale={locale} counts={data.counts!} onChanged={reload} />
      ) : (
        <Section title={t('社区服务', 'Community service')}>
          <Empty
            description={t(
              '报到后可认领社区发布的服务岗位、结对帮扶和微心愿',
              'Report first to claim the community’s posts, pairing needs and wishes',
            )}
          />
        </Section>
      )}
    </div>
  );
}

function TagsSection({
  api,
  locale,
  memberId,
  tags,
  onSaved,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  memberId: number;
  tags: PioneerTag[];
  onSaved: () => void;
}) {
  const t = tr(locale);
  const [value, setValue] = useState<PioneerTag[]>(tags);
  const action = useSubmit();
  return (
    <Section title={t('争当"五个先锋"', 'The "five pioneers"')}>
      <ErrorAlert error={action.error} />
      <Space wrap>
        <Checkbox.Group
          data-testid="pioneer-tags"
          value={value}
          onChange={setValue}
          options={PIONEER_TAGS.map((k) => ({ value: k, label: label(LABELS.tag, k, locale) }))}
        />
        <Button
          data-testid="save-tags"
          loading={action.busy}
          onClick={() =>
            action.run(async () => {
              await typedClient<paths>(api).put(
                '/members/{id}/tags',
                { tags: value },
                { params: { id: memberId } },
              );
              onSaved();
            })
          }
        >
          {t('保存', 'Save')}
        </Button>
      </Space>
    </Section>
  );
}

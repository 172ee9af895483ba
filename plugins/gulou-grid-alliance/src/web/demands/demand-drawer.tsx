import {
  type ApiClient,
  ErrorAlert,
  type Locale,
  label,
  StatusTag,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import { Alert, Button, Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import {
  DEMAND_CATEGORY_LABELS,
  DEMAND_SOURCE_LABELS,
  DEMAND_STATUS_LABELS,
  LEDGER_LABELS,
  SATISFACTION_LABELS,
} from '../../shared/terms';
import type { paths } from '../api.generated';
import { dateTime, STATUS_COLORS } from '../common';
import { ActionModal } from './action-modal';
import type { ActionKind } from './types';

const ACTION_LABELS = {
  record: { 'zh-CN': '登记', en: 'Recorded' },
  classify: { 'zh-CN': '改类', en: 'Reclassified' },
  assign: { 'zh-CN': '交办', en: 'Assigned' },
  start: { 'zh-CN': '开始办理', en: 'Started' },
  note: { 'zh-CN': '办理情况', en: 'Progress note' },
  escalate: { 'zh-CN': '提交党代表工作室', en: 'Escalated to studio' },
  close: { 'zh-CN': '销号', en: 'Closed' },
  reopen: { 'zh-CN': '重新打开', en: 'Reopened' },
};

export function DemandDrawer({
  api,
  cityApi,
  locale,
  id,
  onClose,
  onChanged,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  id: number | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = tr(locale);
  const {
    data: d,
    error,
    reload,
  } = useApiData(
    () =>
      id ? typedClient<paths>(api).get('/demands/{id}', { params: { id } }) : Promise.resolve(undefined),
    [api, id],
  );
  const [action, setAction] = useState<ActionKind | null>(null);
  const open = d && d.status !== 'closed';
  const buttons: [ActionKind, string, boolean][] = d
    ? [
        [
          'assign',
          d.ledger === 'proxy' ? t('指定代办人', 'Name an agent') : t('交办', 'Assign'),
          !!open && d.ledger !== 'immediate',
        ],
        ['start', t('开始办理', 'Start'), !!open && d.status !== 'in_progress'],
        ['note', t('办理情况', 'Add a note'), !!open],
        ['escalate', t('提交党代表工作室', 'Escalate to studio'), !!open && !d.studioName],
        ['classify', t('改类', 'Reclassify'), !!open],
        ['close', t('销号', 'Close'), !!open],
        ['reopen', t('重新打开', 'Reopen'), d.status === 'closed'],
      ]
    : [];
  return (
    <Drawer
      open={id != null}
      onClose={onClose}
      size="large"
      title={d ? `${t('诉求', 'Demand')} #${d.id}` : ''}
      data-testid="demand-drawer"
    >
      <ErrorAlert error={error} />
      {d && (
        <>
          {d.overdue && (
            <Alert
              type="error"
              showIcon
              title={`${t('已超期', 'Overdue by')} ${d.daysOverdue} ${t('天', 'days')}`}
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('状态', 'State')}>
              <span data-testid="demand-status">
                <StatusTag
                  status={d.status}
                  labels={DEMAND_STATUS_LABELS}
                  locale={locale}
                  colors={STATUS_COLORS}
                />
              </span>
              {d.reopenCount > 0 && (
                <Tag color="orange">
                  {t('重办', 'reopened')} ×{d.reopenCount}
                </Tag>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('台账', 'Ledger')}>
              {label(LEDGER_LABELS, d.ledger, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('网格', 'Grid')}>{d.gridName}</Descriptions.Item>
            <Descriptions.Item
              label={t('居民', 'Resident')}
            >{`${d.residentName} ${d.residentPhone ?? ''}`}</Descriptions.Item>
            <Descriptions.Item label={t('诉求', 'Demand')}>{d.content}</Descriptions.Item>
            <Descriptions.Item
              label={t('类别 / 来源', 'Category / source')}
            >{`${label(DEMAND_CATEGORY_LABELS, d.category, locale)} / ${label(DEMAND_SOURCE_LABELS, d.source, locale)}`}</Descriptions.Item>
            {d.deadline && (
              <Descriptions.Item label={t('截止日期', 'Deadline')}>
                {d.deadline}
                {d.closedOnTime != null &&
                  ` · ${d.closedOnTime ? t('按期办结', 'closed on time') : t('逾期办结', 'closed late')}`}
              </Descriptions.Item>
            )}
            {(d.assigneeUnitName || d.assigneeDepartment) && (
              <Descriptions.Item label={t('承办', 'Assigned to')}>
                {d.assigneeUnitName ?? d.assigneeDepartment}
              </Descriptions.Item>
            )}
            {d.agentName && <Descriptions.Item label={t('代办人', 'Agent')}>{d.agentName}</Descriptions.Item>}
            {d.studioName && (
              <Descriptions.Item label={t('党代表工作室', 'Studio')}>{d.studioName}</Descriptions.Item>
            )}
            {d.reply && (
              <Descriptions.Item label={t('答复居民', 'Reply')}>
                <span data-testid="demand-reply">{d.reply}</span>{' '}
                {d.satisfaction && <Tag>{label(SATISFACTION_LABELS, d.satisfaction, locale)}</Tag>}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap style={{ margin: '16px 0' }}>
            {buttons
              .filter(([, , show]) => show)
              .map(([kind, text]) => (
                <Button
                  key={kind}
                  data-testid={`demand-${kind}`}
                  type={kind === 'close' ? 'primary' : 'default'}
                  onClick={() => setAction(kind)}
                >
                  {text}
                </Button>
              ))}
          </Space>
          <Typography.Title level={5}>{t('办理过程', 'History')}</Typography.Title>
          <Timeline
            items={(d.events ?? []).map((e) => ({
              key: e.id,
              color:
                e.action === 'close'
                  ? 'green'
                  : e.action === 'reopen' || e.action === 'escalate'
                    ? 'red'
                    : 'blue',
              title: dateTime(e.at),
              content: (
                <>
                  <b>{label(ACTION_LABELS, e.action, locale)}</b>
                  {e.actor ? ` · ${e.actor}` : ''}
                  {e.note && <div>{e.note}</div>}
                </>
              ),
            }))}
          />
          <ActionModal
            api={api}
            cityApi={cityApi}
            locale={locale}
            demand={d}
            kind={action}
            onClose={(changed) => {
              setAction(null);
              if (changed) {
                reload();
                onChanged();
              }
            }}
          />
        </>
      )}
    </Drawer>
  );
}

import {
  type BodyOf,
  ErrorAlert,
  type PluginPageProps,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  useApiData,
} from '@jiceng/ui';
import {
  Alert,
  type Breakpoint,
  Button,
  Dropdown,
  Empty,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { COMMUNITY_TYPES } from '../shared/model';
import type { paths } from './api.generated';
import { areaName, ruleName, SourceTag } from './common';
import { type EditingItem, emptyItem, TemplateItemModal } from './template-item-modal';

type VersionRow = ResponseOf<paths, '/templates'>['items'][number];
/** A stored standard of a version (GET /templates/:id). */
type StoredItem = ResponseOf<paths, '/templates/{id}'>['items'][number];

const idOf = (r: { id: number }) => r.id;

/** 标准库: versions of the city's template; a draft is edited, published versions are frozen. */
export default function TemplatesPage({ api, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const isAdmin = city.access === 'city';
  const typed = typedClient<paths>(api);
  const versions = useApiData(() => typed.get('/templates'), [typed]);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<EditingItem | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selected == null && versions.data?.items.length) {
      const draft = versions.data.items.find((v) => v.status === 'draft');
      setSelected(draft?.id ?? versions.data.currentId ?? versions.data.items[0]!.id);
    }
  }, [versions.data, selected]);
  const detail = useApiData(
    () => (selected ? typed.get('/templates/{id}', { params: { id: selected } }) : Promise.resolve(null)),
    [typed, selected],
  );
  const draft = versions.data?.items.find((v) => v.status === 'draft');
  const isDraft = detail.data?.status === 'draft';

  async function run<T>(fn: () => Promise<T>, select?: (r: T) => number | null) {
    setError(null);
    try {
      const r = await fn();
      versions.reload();
      if (select) setSelected(select(r));
      else detail.reload();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }
  async function importFile(file: File) {
    const form = new FormData();
    form.set('file', file);
    await run(() => typed.upload('/templates/import', form), idOf);
  }
  async function saveItem() {
    if (!editing) return;
    const { id, source: _s, seq: _q, passScore, ...body } = editing;
    const weights = Object.fromEntries(COMMUNITY_TYPES.map((c) => [c.code, body.weights[c.code] ?? null]));
    // An all-or-nothing standard passes at its max score: the server sets it.
    const payload: BodyOf<paths, '/templates/{id}/items', 'post'> = {
      ...body,
      ...(body.scoringRule === 'all_or_nothing' ? {} : { passScore }),
      titleEn: body.titleEn || null,
      weights,
    };
    if (!selected) return;
    const ok = await run(() =>
      id
        ? typed.patch('/templates/{id}/items/{itemId}', payload, { params: { id: selected, itemId: id } })
        : typed.post('/templates/{id}/items', payload, { params: { id: selected } }),
    );
    if (ok) setEditing(null);
  }

  /** The version shown (its actions need its id). */
  const shown = detail.data;
  const items: StoredItem[] = shown?.items ?? [];
  const total = items.reduce((s, i) => s + i.maxScore, 0);
  return (
    <div data-testid="templates-page">
      <Section
        title={t('标准库：版本', 'Standards library: versions')}
        extra={
          isAdmin && (
            <Space wrap>
              {!draft && versions.data?.currentId && (
                <Button
                  type="primary"
                  onClick={() => run(() => typed.post('/templates', {}), idOf)}
                  data-testid="new-draft"
                >
                  {t('基于当前版本新建草稿', 'New draft from the current version')}
                </Button>
              )}
              {!draft && (
                <Button
                  onClick={() => run(() => typed.post('/templates', { from: 'jinan' }), idOf)}
                  data-testid="new-from-jinan"
                >
                  {t('从济南30条模板新建', 'New draft from the Jinan 30')}
                </Button>
              )}
              {!draft && (
                <Button onClick={() => fileInput.current?.click()} data-testid="import-file">
                  {t('导入 Excel / CSV', 'Import Excel / CSV')}
                </Button>
              )}
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                style={{ display: 'none' }}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  e.target.value = '';
                  if (f) importFile(f);
                }}
              />
            </Space>
          )
        }
      >
        <ErrorAlert error={error ?? versions.error} />
        {versions.data && !versions.data.items.length && (
          <Empty description={t('还没有标准版本', 'No template version yet')} />
        )}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={versions.data?.items ?? []}
          onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
          rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: t('版本', 'Version'),
              dataIndex: 'label',
              render: (v: string, r: VersionRow) => (
                <Tag
                  color={
                    r.status === 'draft' ? 'orange' : r.id === versions.data?.currentId ? 'green' : 'default'
                  }
                >
                  {r.status === 'draft' ? t('草稿', 'draft') : v}
                </Tag>
              ),
            },
            { title: t('名称', 'Name'), dataIndex: 'name' },
            { title: t('条目', 'Standards'), dataIndex: 'items' },
            {
              title: t('使用的批次', 'Campaigns'),
              dataIndex: 'campaigns',
              responsive: ['md'] as Breakpoint[],
            },
            {
              title: t('发布时间', 'Published'),
              dataIndex: 'publishedAt',
              responsive: ['md'] as Breakpoint[],
              render: (v: string | null) => (v ? new Date(v).toLocaleDateString(locale) : '—'),
            },
            { title: t('说明', 'Note'), dataIndex: 'note', responsive: ['lg'] as Breakpoint[] },
          ]}
        />
      </Section>
      {shown && (
        <Section
          title={
            <Space>
              {shown.name}
              <Tag color={isDraft ? 'orange' : 'green'}>{isDraft ? t('草稿', 'draft') : shown.label}</Tag>
              <Typography.Text type="secondary">
                {items.length} {t('条，总分', 'standards, total')} {total}
              </Typography.Text>
            </Space>
          }
          extra={
            <Space wrap>
              <Space.Compact>
                <Button
                  href={typed.url('/templates/{id}/export.xlsx', { params: { id: shown.id } })}
                  data-testid="export-xlsx"
                >
                  {t('导出 Excel', 'Export Excel')}
                </Button>
                <Dropdown
                  menu={{
                    items: [
                      {
                        key: 'xlsx',
                        label: (
                          <a href={typed.url('/templates/{id}/export.xlsx', { params: { id: shown.id } })}>
                            {t('Excel（.xlsx）', 'Excel (.xlsx)')}
                          </a>
                        ),
                      },
                      {
                        key: 'csv',
                        label: (
                          <a
                            href={typed.url('/templates/{id}/export.csv', { params: { id: shown.id } })}
                            data-testid="export-csv"
                          >
                            {t('CSV（UTF-8）', 'CSV (UTF-8)')}
                          </a>
                        ),
                      },
                    ],
                  }}
                >
                  <Button data-testid="export-formats">{t('其他格式 ▾', 'Other formats ▾')}</Button>
                </Dropdown>
              </Space.Compact>
              {isAdmin && isDraft && (
                <>
                  <Button onClick={() => setEditing({ ...emptyItem })} data-testid="add-item">
                    {t('新增条目', 'Add standard')}
                  </Button>
                  <Popconfirm
                    title={t(
                      '发布后此版本冻结，已有考评不受影响。确认发布？',
                      'Published versions are frozen; past assessments are untouched. Publish?',
                    )}
                    onConfirm={() =>
                      run(() => typed.post('/templates/{id}/publish', {}, { params: { id: shown.id } }))
                    }
                  >
                    <Button type="primary" data-testid="publish">
                      {t('发布为新版本', 'Publish as a new version')}
                    </Button>
                  </Popconfirm>
                  <Popconfirm
                    title={t('删除此草稿？', 'Discard this draft?')}
                    onConfirm={() =>
                      run(
                        () => typed.delete('/templates/{id}', { params: { id: shown.id } }),
                        () => null,
                      )
                    }
                  >
                    <Button danger>{t('删除草稿', 'Discard draft')}</Button>
                  </Popconfirm>
                </>
              )}
            </Space>
          }
        >
          {!isDraft && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t(
                '已发布的版本不可修改；如需调整，请新建草稿后发布新版本。',
                'A published version is frozen; start a draft and publish a new version to change it.',
              )}
            />
          )}
          <Table
            rowKey="id"
            size="small"
            data-testid="template-items"
            pagination={false}
            dataSource={items}
            // The standard's title is the widest column and wraps; the five community-type weights share one column, and
            // area, rule and weights show only on wider screens, so the table fits without scrolling the names away.
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('代码', 'Code'), dataIndex: 'code', width: 60 },
              {
                title: t('方面', 'Area'),
                dataIndex: 'area',
                width: 90,
                responsive: ['md'] as Breakpoint[],
                render: (v: string) => areaName(v, locale),
              },
              {
                title: t('标准', 'Standard'),
                dataIndex: 'title',
                width: 360,
                render: (v: string, r: StoredItem) => (
                  <div>
                    <Space size={4}>
                      {locale === 'en' && r.titleEn ? r.titleEn : v}
                      <SourceTag source={r.source} locale={locale} />
                    </Space>
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                      {r.description}
                    </Typography.Paragraph>
                  </div>
                ),
              },
              { title: t('分值', 'Max'), dataIndex: 'maxScore', width: 56 },
              {
                title: t('达标分', 'Pass'),
                dataIndex: 'passScore',
                width: 64,
                responsive: ['sm'] as Breakpoint[],
              },
              {
                title: t('计分', 'Rule'),
                dataIndex: 'scoringRule',
                width: 90,
                responsive: ['lg'] as Breakpoint[],
                render: (v: string) => ruleName(v, locale),
              },
              {
                title: t('各类社区权重', 'Weight by community type'),
                key: 'weights',
                width: 210,
                responsive: ['lg'] as Breakpoint[],
                render: (_: unknown, r: StoredItem) => (
                  <div style={{ fontSize: 12, lineHeight: 1.6 }}>
                    {COMMUNITY_TYPES.map((c) => (
                      <div key={c.code}>
                        {c[locale]}{' '}
                        {r.weights[c.code] == null ? (
                          <Typography.Text type="secondary">{t('不适用', 'n/a')}</Typography.Text>
                        ) : (
                          <span style={{ fontWeight: (r.weights[c.code] ?? 0) > 1 ? 600 : 400 }}>
                            ×{r.weights[c.code]}
                          </span>
                        )}
                      </div>
                    ))}
                  </div>
                ),
              },
              ...(isAdmin && isDraft
                ? [
                    {
                      title: '',
                      key: 'actions',
                      width: 130,
                      render: (_: unknown, r: StoredItem) => (
                        <Space size={4}>
                          <Button
                            size="small"
                            onClick={() => setEditing({ ...r })}
                            data-testid={`edit-item-${r.code}`}
                          >
                            {t('编辑', 'Edit')}
                          </Button>
                          {r.source !== 'article' && (
                            <Popconfirm
                              title={t('删除此条目？', 'Remove this standard?')}
                              onConfirm={() =>
                                run(() =>
                                  typed.delete('/templates/{id}/items/{itemId}', {
                                    params: { id: shown.id, itemId: r.id },
                                  }),
                                )
                              }
                            >
                              <Button size="small" danger>
                                {t('删除', 'Remove')}
                              </Button>
                            </Popconfirm>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            {t(
              '“《意见》原文”条目的名称来自济南《关于推进城市社区党建标准化建设的实施意见》，不可改名或删除；“补充拟定”条目和所有分值、权重、适用类型由本市维护。导出的 Excel（.xlsx）或 CSV 文件改好后可再导入为新草稿，列须与导出的一致。',
              'Items "named by the source" keep their titles; drafted items and every score, weight and type setting are the city’s to edit. An exported Excel (.xlsx) or CSV file can be edited and imported back as a new draft; keep the exported columns.',
            )}
          </Typography.Paragraph>
        </Section>
      )}
      {editing && (
        <TemplateItemModal
          editing={editing}
          error={error}
          locale={locale}
          onChange={setEditing}
          onSave={saveItem}
          onCancel={() => setEditing(null)}
        />
      )}
    </div>
  );
}

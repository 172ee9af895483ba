import { ErrorAlert, useApiData } from '@jiceng/ui';
import { App, Button, Card, Collapse, Empty, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocalized, useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { loadWebPlugins } from '../plugin-host/load';
import { typedCityApi } from '../typed-api';
import { ConfigForm } from './config-form';
import type { JsonSchema, PluginAdminItem } from './types';

/** 模式管理: every installed model, its switch for this city, and its configuration. City admins. */
export function ModelsPage() {
  const { city, plugins } = useCity();
  const t = useT();
  const api = typedCityApi(city.code);
  const { data, error, loading } = useApiData(() => api.get('/plugin-settings'), [city.code]);
  const [items, setItems] = useState<PluginAdminItem[]>([]);
  useEffect(() => setItems(data?.items ?? []), [data]);
  // A demo city can load each model's demo data once (cli: seed --plugin <id> --city <code>).
  const demo = useApiData(() => api.get('/plugin-settings/demo-data'), [city.code]);
  const [demoSeeded, setDemoSeeded] = useState<Set<string>>(new Set());
  useEffect(
    () => setDemoSeeded(new Set(demo.data?.items.filter((d) => d.seeded).map((d) => d.id))),
    [demo.data],
  );
  // Every installed model's web entry, for the words it gives its settings (disabled ones are not loaded yet).
  const [, setLabelsLoaded] = useState(false);
  useEffect(() => {
    if (data?.items.length)
      void loadWebPlugins(data.items.map((p) => p.id)).then(() => setLabelsLoaded(true));
  }, [data]);

  const replace = (id: string, patch: Partial<PluginAdminItem>) =>
    setItems((list) => list.map((p) => (p.id === id ? { ...p, ...patch } : p)));

  return (
    <div data-testid="models-page">
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="page-title">
        {t('adminModels.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('adminModels.hint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      {loading && !items.length && <Card loading />}
      {!loading && !items.length && !error && <Empty description={t('adminModels.none')} />}
      {items.map((p) => (
        <ModelCard
          key={p.id}
          item={p}
          demoData={
            demo.data?.demoCity && demo.data.items.some((d) => d.id === p.id && d.hasDemoData)
              ? { seeded: demoSeeded.has(p.id), onSeeded: () => setDemoSeeded((s) => new Set([...s, p.id])) }
              : undefined
          }
          onChange={(patch) => {
            replace(p.id, patch);
            if ('enabled' in patch) plugins.reload();
          }}
        />
      ))}
    </div>
  );
}

function ModelCard({
  item,
  demoData,
  onChange,
}: {
  item: PluginAdminItem;
  /** Set in a demo city for a model that has demo data. */
  demoData?: { seeded: boolean; onSeeded: () => void };
  onChange: (patch: Partial<PluginAdminItem>) => void;
}) {
  const { city } = useCity();
  const t = useT();
  const localized = useLocalized();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const api = typedCityApi(city.code);
  const thisModel = { params: { pluginId: item.id } };

  async function setEnabled(enabled: boolean) {
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.put('/plugin-settings/{pluginId}', { enabled }, thisModel);
      onChange({ enabled: r.enabled, config: r.config });
      message.success(
        t(r.enabled ? 'adminModels.enabledDone' : 'adminModels.disabledDone', {
          name: localized(item.names),
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function toggle(next: boolean) {
    if (next) return void setEnabled(true);
    modal.confirm({
      title: t('adminModels.disableTitle', { name: localized(item.names) }),
      content: t('adminModels.disableHint'),
      okText: t('adminModels.disable'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-disable' },
      cancelText: t('common.cancel'),
      onOk: () => setEnabled(false),
    });
  }

  async function loadDemoData() {
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/plugin-settings/{pluginId}/demo-data', {}, thisModel);
      demoData?.onSeeded();
      onChange({ enabled: true });
      message.success(t('adminModels.demoLoaded', { name: localized(item.names) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function save(config: Record<string, unknown>) {
    const r = await api.put('/plugin-settings/{pluginId}', { config }, thisModel);
    onChange({ config: r.config });
    message.success(t('adminModels.saved'));
  }

  return (
    <Card
      style={{ marginBottom: 16 }}
      data-testid={`model-card-${item.id}`}
      title={
        <Space wrap>
          <span>{localized(item.names)}</span>
          <Tag>v{item.version}</Tag>
          <Tag color="red">{localized(item.region)}</Tag>
          {item.enabled ? <Tag color="green">{t('adminModels.on')}</Tag> : <Tag>{t('adminModels.off')}</Tag>}
        </Space>
      }
      extra={
        <Space>
          {demoData &&
            (demoData.seeded ? (
              <Tag data-testid={`model-demo-held-${item.id}`}>{t('adminModels.demoHeld')}</Tag>
            ) : (
              <Tooltip title={t('adminModels.demoHint')}>
                <Button
                  size="small"
                  loading={busy}
                  onClick={loadDemoData}
                  data-testid={`model-demo-load-${item.id}`}
                >
                  {t('adminModels.demoLoad')}
                </Button>
              </Tooltip>
            ))}
          <Typography.Text type="secondary">{t('adminModels.enabled')}</Typography.Text>
          <Switch
            aria-label={t('adminModels.enabled')}
            checked={item.enabled}
            loading={busy}
            onChange={toggle}
            data-testid={`model-switch-${item.id}`}
          />
        </Space>
      }
    >
      <ErrorAlert error={error} />
      <Typography.Paragraph>{localized(item.description)}</Typography.Paragraph>
      {item.indicators.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('adminModels.indicators')}：
          {item.indicators.map((i) => (i.names ? localized(i.names) : i.id)).join('、')}
        </Typography.Paragraph>
      )}
      <Collapse
        size="small"
        items={[
          {
            key: 'config',
            label: <span data-testid={`model-config-toggle-${item.id}`}>{t('adminModels.config')}</span>,
            children: (
              <ConfigForm
                pluginId={item.id}
                labels={item.configLabels}
                optionLabels={item.configOptionLabels}
                schema={item.configSchema as JsonSchema}
                defaults={item.configDefaults}
                config={item.config}
                onSave={save}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

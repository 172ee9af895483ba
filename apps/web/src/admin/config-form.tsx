import { ApiRequestError, ErrorAlert } from '@jiceng/ui';
import { Button, Form, Input, InputNumber, Select, Space, Switch, Tooltip, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react';
import { i18n, useLocale, useT } from '../i18n';
import type { LocalizedText } from '@jiceng/ui';
import type { JsonSchema } from './types';

type Path = (string | number)[];

/** How one config entry is edited: a plain control, a group of nested entries, or JSON text (lists of objects…). */
type Field =
  | { kind: 'number'; path: Path; schema: JsonSchema; integer: boolean }
  | { kind: 'boolean'; path: Path; schema: JsonSchema }
  | { kind: 'enum'; path: Path; schema: JsonSchema; options: unknown[] }
  | { kind: 'enumList'; path: Path; schema: JsonSchema; options: unknown[] }
  | { kind: 'string'; path: Path; schema: JsonSchema }
  | { kind: 'json'; path: Path; schema: JsonSchema }
  | { kind: 'group'; path: Path; schema: JsonSchema; children: Field[] };

const isObject = (s: JsonSchema) => s.type === 'object' && !!s.properties;

/** Turns a config's JSON Schema into the fields of the form, depth first. */
export function fieldsOf(schema: JsonSchema, path: Path = []): Field[] {
  return Object.entries(schema.properties ?? {}).map(([key, s]) => fieldOf(s, [...path, key]));
}

function fieldOf(s: JsonSchema, path: Path): Field {
  if (isObject(s)) return { kind: 'group', path, schema: s, children: fieldsOf(s, path) };
  if (s.type === 'number' || s.type === 'integer')
    return { kind: 'number', path, schema: s, integer: s.type === 'integer' };
  if (s.type === 'boolean') return { kind: 'boolean', path, schema: s };
  if (s.type === 'string' && s.enum) return { kind: 'enum', path, schema: s, options: s.enum };
  if (s.type === 'string') return { kind: 'string', path, schema: s };
  if (s.type === 'array' && s.items?.type === 'string' && s.items.enum)
    return { kind: 'enumList', path, schema: s, options: s.items.enum };
  return { kind: 'json', path, schema: s };
}

const leaves = (fields: Field[]): Field[] =>
  fields.flatMap((f) => (f.kind === 'group' ? leaves(f.children) : [f]));

const getAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, k) => (v != null && typeof v === 'object' ? (v as Record<string, unknown>)[k as string] : undefined),
    value,
  );

function setAt(target: Record<string, unknown>, path: Path, value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (node[key as string] == null || typeof node[key as string] !== 'object') node[key as string] = {};
    node = node[key as string] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
}

/** The form's values for a stored config: JSON fields as indented text. */
function toFormValues(fields: Field[], config: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  for (const f of leaves(fields)) {
    const v = getAt(config, f.path);
    setAt(values, f.path, f.kind === 'json' ? (v === undefined ? '' : JSON.stringify(v, null, 2)) : v);
  }
  return values;
}

/** The config to send: the form's values with JSON text parsed (the validator has checked it parses). */
function fromFormValues(fields: Field[], values: Record<string, unknown>) {
  const config: Record<string, unknown> = {};
  for (const f of leaves(fields)) {
    const v = getAt(values, f.path);
    if (v === undefined || v === null || v === '') continue;
    setAt(config, f.path, f.kind === 'json' ? JSON.parse(String(v)) : v);
  }
  return config;
}

/** Simple fields side by side, as many as fit; groups, lists and JSON take a whole row. */
const GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
  columnGap: 24,
};

/** 'config.standards.district.minStaff' → the deepest field of the form that holds it (JSON fields hold whole lists). */
export function fieldForIssue(fields: Field[], apiField: string): Path | null {
  const parts = apiField
    .replace(/^config\.?/, '')
    .split('.')
    .filter(Boolean);
  let best: Path | null = null;
  for (const f of leaves(fields)) {
    const p = f.path.map(String);
    if (p.length <= parts.length && p.every((k, i) => k === parts[i]) && (!best || p.length > best.length))
      best = f.path;
  }
  return best;
}

/**
 * A setting's label: the model's own words (its manifest's `labels.config`, served with the schema; else its web
 * entry's i18n `config.<path>`), else the schema's title. The key is shown only when nobody gave it words, and then
 * in a tooltip-free code style, so a missing label is visible to whoever tests the page.
 */
function labelOf(
  pluginId: string,
  f: Field,
  locale: string,
  labels?: Record<string, LocalizedText>,
): ReactNode {
  const path = f.path.join('.');
  const key = `config.${path}`;
  const words =
    labels?.[path]?.[locale as keyof LocalizedText] ??
    (i18n.exists(key, { ns: pluginId, lng: locale })
      ? i18n.t(key, { ns: pluginId, lng: locale })
      : f.schema.title);
  return words ? (
    <span data-config-key={path}>{words}</span>
  ) : (
    <Typography.Text code>{String(f.path[f.path.length - 1])}</Typography.Text>
  );
}

export function formatValue(v: unknown, yes: string, no: string): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'boolean') return v ? yes : no;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return v.join('、');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * A form generated from a model's config schema: numbers with their bounds, switches, selects, text, and JSON
 * for lists of objects. Beside each field: its default and the schema's description. A refusal from the API marks
 * every field it names.
 */
export function ConfigForm({
  pluginId,
  labels,
  optionLabels,
  schema,
  defaults,
  config,
  onSave,
}: {
  pluginId: string;
  labels?: Record<string, LocalizedText>;
  optionLabels?: Record<string, Record<string, LocalizedText>>;
  schema: JsonSchema;
  defaults: Record<string, unknown>;
  config: Record<string, unknown>;
  onSave: (config: Record<string, unknown>) => Promise<void>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [form] = Form.useForm();
  const fields = useMemo(() => fieldsOf(schema), [schema]);
  const initial = useMemo(() => toFormValues(fields, config), [fields, config]);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  async function submit(values: Record<string, unknown>) {
    setError(undefined);
    setSaving(true);
    try {
      await onSave(fromFormValues(fields, values));
    } catch (e) {
      setError(e);
      if (e instanceof ApiRequestError) {
        const issues = e.body.issues?.length
          ? e.body.issues
          : e.body.field
            ? [{ field: e.body.field, message: e.body.message }]
            : [];
        const marks = new Map<string, { name: Path; errors: string[] }>();
        for (const issue of issues) {
          const name = fieldForIssue(fields, issue.field);
          if (!name) continue;
          const key = name.join('.');
          const mark = marks.get(key) ?? { name, errors: [] };
          mark.errors.push(issue.message);
          marks.set(key, mark);
        }
        form.setFields([...marks.values()]);
      }
    } finally {
      setSaving(false);
    }
  }

  const render = (f: Field): ReactNode => {
    const key = f.path.join('.');
    const label = labelOf(pluginId, f, locale, labels);
    if (f.kind === 'group')
      return (
        <fieldset
          key={key}
          data-testid={`config-group-${key}`}
          style={{
            gridColumn: '1 / -1',
            border: '1px solid #f0f0f0',
            borderRadius: 6,
            padding: '8px 16px 0',
            marginBottom: 16,
          }}
        >
          <legend style={{ fontSize: 14, width: 'auto', padding: '0 6px', marginBottom: 8 }}>
            {label}
            {f.schema.description && (
              <Typography.Text type="secondary"> {f.schema.description}</Typography.Text>
            )}
          </legend>
          <div style={GRID}>{f.children.map((c) => render(c))}</div>
        </fieldset>
      );
    const optionLabel = (o: unknown) =>
      optionLabels?.[key]?.[String(o)]?.[locale as keyof LocalizedText] ?? String(o);
    const rawDefault = getAt(defaults, f.path) ?? f.schema.default;
    const def =
      f.kind === 'enum'
        ? optionLabel(rawDefault)
        : f.kind === 'enumList' && Array.isArray(rawDefault)
          ? rawDefault.map(optionLabel)
          : rawDefault;
    const extra = (
      <span data-testid={`config-default-${key}`}>
        {t('adminModels.default')}：{formatValue(def, t('adminModels.yes'), t('adminModels.no'))}
        {f.schema.description ? ` · ${f.schema.description}` : ''}
      </span>
    );
    const rules: Rule[] = [];
    let control: ReactNode;
    const testId = `config-${key}`;
    switch (f.kind) {
      case 'number': {
        const min = f.schema.minimum ?? f.schema.exclusiveMinimum;
        const max = f.schema.maximum ?? f.schema.exclusiveMaximum;
        control = (
          <InputNumber
            min={min}
            max={max}
            precision={f.integer ? 0 : undefined}
            style={{ width: 180 }}
            data-testid={testId}
          />
        );
        if (min !== undefined || max !== undefined) {
          const range = `${min ?? '−∞'} – ${max ?? '∞'}`;
          rules.push({ type: 'number', min, max, message: t('adminModels.range', { range }) });
        }
        break;
      }
      case 'boolean':
        control = <Switch data-testid={testId} />;
        break;
      case 'enum':
        control = (
          <Select
            style={{ width: 240 }}
            options={f.options.map((o) => ({ value: o as string, label: optionLabel(o) }))}
            data-testid={testId}
          />
        );
        break;
      case 'enumList':
        control = (
          <Select
            mode="multiple"
            style={{ minWidth: 240, maxWidth: 480 }}
            options={f.options.map((o) => ({ value: o as string, label: optionLabel(o) }))}
            data-testid={testId}
          />
        );
        if (f.schema.minItems)
          rules.push({
            type: 'array',
            min: f.schema.minItems,
            message: t('adminModels.minItems', { count: f.schema.minItems }),
          });
        break;
      case 'string':
        control = <Input style={{ width: 240 }} maxLength={f.schema.maxLength} data-testid={testId} />;
        if (f.schema.pattern)
          rules.push({
            pattern: new RegExp(f.schema.pattern),
            message: t('adminModels.pattern', { pattern: f.schema.pattern }),
          });
        break;
      case 'json':
        control = (
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 14 }}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
            data-testid={testId}
          />
        );
        rules.push({
          validator: async (_r, v) => {
            if (v === undefined || v === '') return;
            try {
              JSON.parse(String(v));
            } catch {
              throw new Error(t('adminModels.badJson'));
            }
          },
        });
        break;
    }
    return (
      <div
        key={key}
        data-testid={`config-item-${key}`}
        style={f.kind === 'json' || f.kind === 'enumList' ? { gridColumn: '1 / -1' } : undefined}
      >
        <Form.Item
          name={f.path}
          label={<Tooltip title={f.schema.description}>{label}</Tooltip>}
          valuePropName={f.kind === 'boolean' ? 'checked' : 'value'}
          extra={extra}
          rules={rules}
        >
          {control}
        </Form.Item>
      </div>
    );
  };

  if (!fields.length) return <Typography.Text type="secondary">{t('adminModels.noConfig')}</Typography.Text>;
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      data-testid={`config-form-${pluginId}`}
    >
      <ErrorAlert error={error} />
      <div style={GRID}>{fields.map((f) => render(f))}</div>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} data-testid={`config-save-${pluginId}`}>
          {t('adminModels.save')}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue(toFormValues(fields, defaults));
            setError(undefined);
          }}
          data-testid={`config-defaults-${pluginId}`}
        >
          {t('adminModels.restoreDefaults')}
        </Button>
      </Space>
    </Form>
  );
}

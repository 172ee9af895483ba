import {
  attempt,
  ErrorAlert,
  optionsOf,
  type PluginPageProps,
  Section,
  tr,
  useApiData,
  validValues,
} from '@jiceng/ui';
import { Alert, Button, Col, Empty, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { REGION_KINDS } from '../shared/model';
import { loadRegions, type PostBody, RegionSelect, typedApi } from './common';
import { RegionDetail } from './structure-region';

/** 区域架构: draw a region, move the N under its regional org, and see the 1+N+1 tree. */
export default function StructurePage({ api, locale, city }: PluginPageProps) {
  const t = tr(locale);
  const regions = useApiData(() => loadRegions(api), [api]);
  const [regionId, setRegionId] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!regionId && regions.data?.items.length) setRegionId(regions.data.items[0]!.id);
  }, [regions.data, regionId]);
  const canDraw = city.access !== 'self';

  return (
    <div data-testid="structure-page">
      <Section
        title={t('区域化党建“1+N+1”架构', 'The 1+N+1 structure')}
        extra={
          <Space>
            <RegionSelect
              regions={regions.data?.items ?? []}
              value={regionId}
              onChange={setRegionId}
              locale={locale}
            />
            {canDraw && (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="new-region">
                {t('划定区域', 'Draw a region')}
              </Button>
            )}
          </Space>
        }
      >
        <ErrorAlert error={regions.error} />
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t(
            '按“行业相近、地域相邻”在镇(街道)范围内划定区域：区域党组织(前一个1)统筹区域党建；原隶属镇(街道)党(工)委的党组织(N)除行政事业单位党组织外划入区域党组织；党员服务中心党组织(后一个1)负责未建党组织单位的党员发展和流动党员的接纳管理。',
            'Regions are drawn inside a town by trade and proximity: the regional org (the first 1) plans and runs co-building; the orgs formerly under the town committee (the N) move under it, except government and public-institution orgs; the service centre’s org (the last 1) develops members in units with no org and receives flowing members.',
          )}
        </Typography.Paragraph>
        {regions.data && !regions.data.items.length && (
          <Empty style={{ marginTop: 16 }} description={t('还没有区域', 'No region yet')} />
        )}
      </Section>
      {regionId && <RegionDetail key={regionId} api={api} locale={locale} regionId={regionId} />}
      {creating && (
        <CreateRegion
          api={api}
          locale={locale}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            regions.reload();
            setRegionId(id);
          }}
        />
      )}
    </div>
  );
}

function CreateRegion({
  api,
  locale,
  onClose,
  onCreated,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const t = tr(locale);
  const typed = typedApi(api);
  const [form] = Form.useForm<PostBody<'/regions'>>();
  const [townOrgId, setTownOrgId] = useState<number | undefined>();
  const [unitQuery, setUnitQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const towns = useApiData(() => typed.get('/lookups/towns'), [typed]);
  const areas = useApiData(() => typed.get('/lookups/areas', { query: { townOrgId } }), [typed, townOrgId]);
  const units = useApiData(
    () => typed.get('/lookups/units', { query: { q: unitQuery, limit: 100 } }),
    [typed, unitQuery],
  );
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setSaving(true);
    const r = await attempt(
      () =>
        typed.post('/regions', {
          ...v,
          description: v.description || null,
          establishedOn: v.establishedOn || undefined,
          placeIds: v.placeIds ?? [],
          unitIds: v.unitIds ?? [],
        }),
      { onError: (m) => setError(m) },
    );
    setSaving(false);
    if (r) onCreated(r.id);
  };
  const unitKindText: Record<string, string> = {
    organ: t('机关', 'organ'),
    institution: t('事业单位', 'institution'),
    enterprise: t('企业', 'enterprise'),
    new_economic: t('新经济组织', 'new economic'),
    new_social: t('新社会组织', 'new social'),
  };
  return (
    <Modal
      open
      title={t('划定区域', 'Draw a region')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'region-submit' }}
      width={720}
      destroyOnHidden
    >
      {error && (
        <Alert type="error" showIcon title={error} data-testid="region-error" style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" initialValues={{ kind: 'business_district' }}>
        <Form.Item
          name="name"
          label={t('区域名称', 'Name')}
          rules={[{ required: true, message: t('请填写区域名称', 'Name the region') }]}
        >
          <Input
            data-testid="region-name"
            placeholder={t('如：中央商务区', 'e.g. Central business district')}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('区域类型', 'Kind')}>
          <Select data-testid="region-kind" options={optionsOf(REGION_KINDS, locale)} />
        </Form.Item>
        <Form.Item
          name="townOrgId"
          label={t('所在镇(街道)党(工)委', 'Town / street committee')}
          rules={[{ required: true, message: t('请选择镇(街道)', 'Choose the town') }]}
        >
          <Select
            data-testid="region-town"
            options={(towns.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
            onChange={(v) => {
              setTownOrgId(v);
              form.setFieldValue('placeIds', []);
            }}
          />
        </Form.Item>
        <Form.Item name="placeIds" label={t('包含的片区(社区、小区)', 'Areas (communities, compounds)')}>
          <Select
            data-testid="region-areas"
            mode="multiple"
            disabled={!townOrgId}
            options={(areas.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name}${p.regionId ? t('（已属其他区域）', ' (in a region)') : ''}`,
              disabled: !!p.regionId,
            }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="unitIds"
          label={t('区域内单位(有无党组织均可)', 'Units in the region (with or without an org)')}
        >
          <Select
            data-testid="region-units"
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setUnitQuery }}
            options={(units.data?.items ?? []).map((u) => ({
              value: u.id,
              label: `${u.name} · ${unitKindText[u.kind] ?? u.kind}${u.orgId ? '' : t(' · 无党组织', ' · no org')}`,
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="establishedOn" label={t('成立日期', 'Established on')}>
              <Input type="date" data-testid="region-date" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="description" label={t('说明', 'Description')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

import {
  type ApiClient,
  type CoreCityResponse,
  ErrorAlert,
  type Locale,
  type ResponseOf,
  tr,
  typedClient,
  typedCoreCityApi,
  useSubmit,
} from '@jiceng/ui';
import { Button, Form, Input, Modal, Popconfirm, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { paths } from './api.generated';
import { CommunitySelect, useCommunities } from './common';

type LinkRow = ResponseOf<paths, '/co-building/links'>['items'][number];

/** Units of the city by name, for the pair form (core's unit list, searched as one types). */
function UnitSelect({
  cityApi,
  locale,
  value,
  onChange,
}: {
  cityApi: ApiClient;
  locale: Locale;
  value?: number;
  onChange?: (v: number) => void;
}) {
  const t = tr(locale);
  const [q, setQ] = useState('');
  const [units, setUnits] = useState<CoreCityResponse<'/units'>['items']>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      typedCoreCityApi(cityApi)
        .get('/units', { query: { q: q || undefined, pageSize: 50 } })
        .then((r) => live && setUnits(r.items))
        .catch(() => live && setUnits([]));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [cityApi, q]);
  return (
    <Select
      aria-label={t('输入单位名称搜索', 'Type to search units')}
      data-testid="pair-unit"
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      placeholder={t('输入单位名称搜索', 'Type to search units')}
      options={units.map((u) => ({ value: u.id, label: u.name, disabled: u.orgId === null, title: u.name }))}
      notFoundContent={t('没有匹配的单位', 'No matching unit')}
    />
  );
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const dateRule = (t: (zh: string, en: string) => string) => ({
  validator: (_: unknown, v: string | undefined) =>
    v && v > localToday()
      ? Promise.reject(new Error(t('日期不能晚于今天', 'The date cannot be in the future')))
      : Promise.resolve(),
});

/** 新建结对 / 更换社区: one modal; `pair` set means changing that pair's community. */
export function PairModal({
  api,
  cityApi,
  locale,
  pair,
  onClose,
  onSaved,
}: {
  api: ApiClient;
  cityApi: ApiClient;
  locale: Locale;
  pair?: Pick<LinkRow, 'id' | 'communityOrgId' | 'since' | 'unitName'>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = tr(locale);
  const communities = useCommunities(api);
  const action = useSubmit();
  const [form] = Form.useForm<{ unitId: number; communityOrgId: number; since: string }>();
  async function save(v: { unitId: number; communityOrgId: number; since: string }) {
    const since = v.since;
    const typed = typedClient<paths>(api);
    const ok = await action.run(async () => {
      if (pair)
        await typed.patch(
          '/co-building/pairs/{id}',
          { communityOrgId: v.communityOrgId, since },
          { params: { id: pair.id } },
        );
      else
        await typed.post('/co-building/pairs', { unitId: v.unitId, communityOrgId: v.communityOrgId, since });
      return true;
    });
    if (ok !== undefined) onSaved();
  }
  return (
    <Modal
      open
      title={
        pair
          ? t(
              `更换结对社区：${pair.unitName ?? ''}`,
              `Change the community of ${pair.unitName ?? 'the pair'}`,
            )
          : t('新建结对', 'New pair')
      }
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: action.busy, 'data-testid': 'pair-save' }}
      okText={t('保存', 'Save')}
      cancelText={t('取消', 'Cancel')}
      destroyOnHidden
    >
      <ErrorAlert error={action.error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ communityOrgId: pair?.communityOrgId, since: pair?.since ?? localToday() }}
        data-testid="pair-form"
      >
        {!pair && (
          <Form.Item
            name="unitId"
            label={t('单位', 'Unit')}
            rules={[{ required: true, message: t('请选择单位', 'Choose a unit') }]}
            extra={t('只能选择有党组织的单位', 'Only units with a Party organization')}
          >
            <UnitSelect cityApi={cityApi} locale={locale} />
          </Form.Item>
        )}
        <Form.Item
          name="communityOrgId"
          label={t('结对社区', 'Community')}
          rules={[{ required: true, message: t('请选择社区党组织', 'Choose a community org') }]}
        >
          <CommunitySelect
            communities={communities}
            locale={locale}
            testId="pair-community"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="since"
          label={t('结对日期', 'Paired since')}
          rules={[{ required: true, message: t('请选择日期', 'Choose a date') }, dateRule(t)]}
        >
          <Input type="date" data-testid="pair-since" max={localToday()} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 结束结对 with a confirmation; the pair keeps its history. */
export function EndPairButton({
  api,
  locale,
  id,
  onEnded,
  onError,
}: {
  api: ApiClient;
  locale: Locale;
  id: number;
  onEnded: () => void;
  onError: (e: unknown) => void;
}) {
  const t = tr(locale);
  return (
    <Popconfirm
      title={t('结束这对结对共建？', 'End this pair?')}
      description={t(
        '历史记录保留；该单位党员不再按此结对报到。',
        'Its history stays; the unit’s members no longer report by it.',
      )}
      okText={t('结束', 'End')}
      cancelText={t('取消', 'Cancel')}
      okButtonProps={{ 'data-testid': 'pair-end-confirm' }}
      onConfirm={async () => {
        try {
          await typedClient<paths>(api).post('/co-building/pairs/{id}/end', {}, { params: { id } });
          onEnded();
        } catch (e) {
          onError(e);
        }
      }}
    >
      <Button size="small" danger data-testid={`pair-end-${id}`}>
        {t('结束', 'End')}
      </Button>
    </Popconfirm>
  );
}

export function PairActions({ children }: { children: React.ReactNode }) {
  return <Space size="small">{children}</Space>;
}

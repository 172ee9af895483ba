import {
  type CoreCityResponse,
  errorText,
  type PluginPageProps,
  type ResponseOf,
  tr,
  typedClient,
  typedCoreCityApi,
  useSubmit,
  validValues,
} from '@jiceng/ui';
import { Alert, Cascader, Checkbox, Form, Input, Modal, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { paths } from './api.generated';
import type { Community } from './common';

type Registration = ResponseOf<paths, '/registrations/{id}'>;
/** A hit of core's member search, for the letter's picker. */
type MemberHit = CoreCityResponse<'/members'>['items'][number];

/** The dialogs of 双向登记: the unit's letter (报到函) and moving house (迁居). */

function placeOptions(community: Community | undefined) {
  return (community?.compounds ?? []).map((c) => ({
    value: c.id,
    label: c.name,
    children: c.buildings.map((b) => ({ value: b.id, label: b.name })),
  }));
}

export function SendLetter({
  api,
  cityApi,
  locale,
  communities,
  onClose,
}: {
  api: PluginPageProps['api'];
  cityApi: PluginPageProps['cityApi'];
  locale: PluginPageProps['locale'];
  communities: Community[];
  onClose: (sent: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [options, setOptions] = useState<{ value: number; label: string; member: MemberHit }[]>([]);
  const send = useSubmit(() => onClose(true));
  const communityId = Form.useWatch('communityOrgId', form);
  const community = useMemo(() => communities.find((c) => c.id === communityId), [communities, communityId]);
  const search = async (q: string) => {
    const r = await typedCoreCityApi(cityApi).get('/members', {
      query: { q: q || undefined, category: 'in_service', pageSize: 20 },
    });
    setOptions(
      r.items.map((m) => ({ value: m.id, label: `${m.name} · ${m.unitName ?? m.orgName}`, member: m })),
    );
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const place: number[] | undefined = v.place;
    await send.run(() =>
      typedClient<paths>(api).post('/registrations', {
        memberId: v.memberId,
        communityOrgId: v.communityOrgId,
        residencePlaceId: place?.length ? place[place.length - 1] : undefined,
        address: v.address || null,
        occupation: v.occupation || null,
        skills: v.skills || null,
        commitment: v.commitment || null,
        onBoard: v.consent?.includes('onBoard') ?? false,
        showPhoto: v.consent?.includes('showPhoto') ?? false,
        showUnit: v.consent?.includes('showUnit') ?? false,
        showCommitment: v.consent?.includes('showCommitment') ?? false,
        showPost: v.consent?.includes('showPost') ?? false,
      }),
    );
  };
  return (
    <Modal
      open
      title={t('《双联双管报到函》与《基本情况登记表》', 'Registration letter and form')}
      onCancel={() => onClose(false)}
      onOk={submit}
      confirmLoading={send.busy}
      okButtonProps={{ 'data-testid': 'letter-submit' }}
      width={640}
      destroyOnHidden
    >
      {send.error ? (
        <Alert
          type="error"
          showIcon
          title={errorText(send.error)}
          data-testid="letter-error"
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ consent: ['onBoard', 'showUnit', 'showCommitment'] }}
      >
        <Form.Item name="memberId" label={t('在职党员', 'In-service member')} rules={[{ required: true }]}>
          <Select
            data-testid="letter-member"
            showSearch={{ filterOption: false, onSearch: search }}
            onFocus={() => !options.length && search('')}
            options={options}
            onChange={(id) => {
              const m = options.find((o) => o.value === id)?.member;
              if (m) form.setFieldsValue({ occupation: m.occupation ?? '', skills: m.skills ?? '' });
            }}
            placeholder={t('输入姓名搜索', 'Type a name')}
          />
        </Form.Item>
        <Form.Item
          name="communityOrgId"
          label={t('居住地社区', 'Residence community')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="letter-community"
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={() => form.setFieldsValue({ place: undefined })}
          />
        </Form.Item>
        <Form.Item
          name="place"
          label={t(
            '小区 / 楼栋（不选则按党员档案中的住址）',
            'Compound / building (default: the address on file)',
          )}
        >
          <Cascader
            data-testid="letter-place"
            options={placeOptions(community)}
            changeOnSelect
            placeholder={t('选择小区或楼栋', 'Compound or building')}
          />
        </Form.Item>
        <Form.Item name="address" label={t('详细住址', 'Address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Space style={{ width: '100%' }} align="start">
          <Form.Item name="occupation" label={t('职业', 'Occupation')}>
            <Input maxLength={60} data-testid="letter-occupation" />
          </Form.Item>
          <Form.Item name="skills" label={t('技术特长', 'Skills')}>
            <Input maxLength={200} data-testid="letter-skills" style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Form.Item name="commitment" label={t('公开承诺事项（监督台）', 'Public commitment (for the board)')}>
          <Input.TextArea maxLength={300} rows={2} data-testid="letter-commitment" />
        </Form.Item>
        <Form.Item
          name="consent"
          label={t('本人同意在在职党员监督台公开', 'The member agrees to show on the public board')}
        >
          <Checkbox.Group
            options={[
              { value: 'onBoard', label: t('上监督台', 'Be listed') },
              { value: 'showPhoto', label: t('照片', 'Photo') },
              { value: 'showUnit', label: t('工作单位', 'Unit') },
              { value: 'showCommitment', label: t('承诺事项', 'Commitment') },
              { value: 'showPost', label: t('服务岗位', 'Post') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function MoveDialog({
  api,
  locale,
  registration,
  communities,
  onClose,
}: {
  api: PluginPageProps['api'];
  locale: PluginPageProps['locale'];
  registration: Pick<Registration, 'id' | 'memberName' | 'communityOrgId'>;
  communities: Community[];
  onClose: (moved: boolean) => void;
}) {
  const t = tr(locale);
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const communityId = Form.useWatch('newCommunityOrgId', form);
  const community = communities.find((c) => c.id === communityId);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      const place: number[] | undefined = v.place;
      await typedClient<paths>(api).post(
        '/registrations/{id}/move',
        {
          newCommunityOrgId: v.newCommunityOrgId,
          newResidencePlaceId: place?.length ? place[place.length - 1] : null,
          address: v.address || null,
        },
        { params: { id: registration.id } },
      );
      onClose(true);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Modal
      open
      title={t(
        `${registration.memberName} 迁居：注销本社区登记，到新社区重新报到`,
        `${registration.memberName} moved: close here, register at the new community`,
      )}
      onCancel={() => onClose(false)}
      onOk={submit}
      okButtonProps={{ 'data-testid': 'move-submit' }}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="newCommunityOrgId"
          label={t('新居住地社区', 'New community')}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="move-community"
            options={communities
              .filter((c) => c.id !== registration.communityOrgId)
              .map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="place" label={t('小区 / 楼栋', 'Compound / building')}>
          <Cascader options={placeOptions(community)} changeOnSelect />
        </Form.Item>
        <Form.Item name="address" label={t('详细住址', 'Address')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

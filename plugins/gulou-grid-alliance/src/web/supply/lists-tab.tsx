import {
  type BodyOf,
  chinaDay,
  ErrorAlert,
  FormDialog,
  label,
  optionsOf,
  type PluginPageProps,
  StatusTag,
  tr,
  typedClient,
  useApiData,
  useSubmit,
  validValues,
} from '@jiceng/ui';
import { Button, Form, Input, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { SUPPLY_CATEGORY_LABELS } from '../../shared/terms';
import type { paths } from '../api.generated';
import { DateInput, daysFromToday, GridSelect, STATUS_COLORS, UnitSelect } from '../common';
import type { SupplyItem, SupplyQuery } from './types';

/** The listing dialog's fields: whose item it is picks the grid branch or the unit. */
type NewSupplyFields = BodyOf<paths, '/supply', 'post'> & { owner: 'grid' | 'unit' };
/** The match dialog's fields: the other side's item, then the project. */
type NewProjectFields = Omit<BodyOf<paths, '/projects', 'post'>, 'needId' | 'offerId'> & {
  counterpart: number;
};

const SUPPLY_STATUS = {
  open: { 'zh-CN': '待对接', en: 'Open' },
  matched: { 'zh-CN': '已对接', en: 'Matched' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

export function ListsTab({ api, cityApi, locale }: PluginPageProps) {
  const t = tr(locale);
  const typed = typedClient<paths>(api);
  const [side, setSide] = useState<SupplyQuery['side']>('need');
  const [status, setStatus] = useState<SupplyQuery['status']>('open');
  const { data, error, loading, reload } = useApiData(
    () => typed.get('/supply', { query: { side, status } }),
    [api, side, status],
  );
  const offers = useApiData(
    () => typed.get('/supply', { query: { side: 'offer', status: 'open' } }),
    [api, data],
  );
  const needs = useApiData(
    () => typed.get('/supply', { query: { side: 'need', status: 'open' } }),
    [api, data],
  );
  const [listing, setListing] = useState(false);
  const [matching, setMatching] = useState<SupplyItem | null>(null);
  const [form] = Form.useForm<NewSupplyFields>();
  const [matchForm] = Form.useForm<NewProjectFields>();
  const owner = Form.useWatch('owner', form);
  const list = useSubmit(() => {
    setListing(false);
    form.resetFields();
    reload();
  });
  const match = useSubmit(() => {
    setMatching(null);
    matchForm.resetFields();
    reload();
  });
  const act = useSubmit(reload);
  // The counterpart a row can be matched with: grid need ↔ unit offer, unit need ↔ grid offer.
  const counterparts = (row: SupplyItem) =>
    (row.side === 'need' ? offers.data?.items : needs.data?.items)?.filter((x) =>
      row.gridOrgId ? x.unitId : x.gridOrgId,
    ) ?? [];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          value={side}
          onChange={(e) => setSide(e.target.value)}
          options={[
            { value: 'need', label: t('需求清单', 'Needs') },
            { value: 'offer', label: t('资源清单', 'Offers') },
          ]}
        />
        <Select
          aria-label={t('状态', 'State')}
          allowClear
          style={{ width: 120 }}
          value={status}
          onChange={setStatus}
          options={optionsOf(SUPPLY_STATUS, locale)}
          placeholder={t('状态', 'State')}
        />
        <Button onClick={() => setListing(true)}>{t('列入清单', 'List an entry')}</Button>
      </Space>
      <ErrorAlert error={error ?? act.error} />
      <Table<SupplyItem>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: t('提出方', 'Listed by'),
            render: (_, r) =>
              r.gridName ? <Tag color="blue">{r.gridName}</Tag> : <Tag color="purple">{r.unitName}</Tag>,
          },
          {
            title: t('类别', 'Category'),
            dataIndex: 'category',
            render: (v) => label(SUPPLY_CATEGORY_LABELS, v, locale),
          },
          { title: t('内容', 'What'), dataIndex: 'title' },
          { title: t('列入日期', 'Listed'), dataIndex: 'listedOn' },
          {
            title: t('状态', 'State'),
            dataIndex: 'status',
            render: (v) => (
              <StatusTag status={v} labels={SUPPLY_STATUS} locale={locale} colors={STATUS_COLORS} />
            ),
          },
          {
            title: '',
            render: (_, r) =>
              r.status === 'open' && (
                <Space>
                  <Button type="link" size="small" onClick={() => setMatching(r)}>
                    {t('对接', 'Match')}
                  </Button>
                  {r.manageable && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() =>
                        act.run(() =>
                          typed.post(
                            '/supply/{id}/withdraw',
                            { reason: t('已自行解决', 'Solved otherwise') },
                            { params: { id: r.id } },
                          ),
                        )
                      }
                    >
                      {t('撤回', 'Withdraw')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <FormDialog
        open={listing}
        title={t('列入供需清单', 'List a need or an offer')}
        form={form}
        submit={list}
        onCancel={() => setListing(false)}
        initialValues={{ side: 'need', owner: 'grid', category: 'volunteers' }}
        onValues={async (v) => {
          await list.run(() =>
            typed.post('/supply', {
              side: v.side,
              category: v.category,
              title: v.title,
              detail: v.detail || null,
              ...(v.owner === 'grid' ? { gridOrgId: v.gridOrgId } : { unitId: v.unitId }),
            }),
          );
        }}
      >
        <Form.Item<NewSupplyFields> name="side">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'need', label: t('需求', 'Need') },
              { value: 'offer', label: t('资源', 'Offer') },
            ]}
          />
        </Form.Item>
        <Form.Item<NewSupplyFields> name="owner">
          <Radio.Group
            options={[
              { value: 'grid', label: t('网格党支部', 'Grid branch') },
              { value: 'unit', label: t('驻区单位', 'Unit') },
            ]}
          />
        </Form.Item>
        {owner === 'unit' ? (
          <Form.Item<NewSupplyFields> name="unitId" label={t('单位', 'Unit')} rules={[{ required: true }]}>
            <UnitSelect cityApi={cityApi} />
          </Form.Item>
        ) : (
          <Form.Item<NewSupplyFields>
            name="gridOrgId"
            label={t('网格党支部', 'Grid branch')}
            rules={[{ required: true }]}
          >
            <GridSelect api={api} />
          </Form.Item>
        )}
        <Form.Item<NewSupplyFields> name="category" label={t('类别', 'Category')}>
          <Select options={optionsOf(SUPPLY_CATEGORY_LABELS, locale)} />
        </Form.Item>
        <Form.Item<NewSupplyFields>
          name="title"
          label={t('内容', 'What')}
          rules={[{ required: true, min: 2 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item<NewSupplyFields> name="detail" label={t('说明', 'Details')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormDialog>
      <Modal
        open={!!matching}
        title={t('对接并编制服务项目书', 'Match into a service project')}
        onCancel={() => setMatching(null)}
        confirmLoading={match.busy}
        destroyOnHidden
        width={640}
        onOk={async () => {
          const v = await validValues(matchForm);
          if (!v || !matching) return;
          const other = v.counterpart;
          const [needId, offerId] = matching.side === 'need' ? [matching.id, other] : [other, matching.id];
          await match.run(() =>
            typed.post('/projects', {
              needId,
              offerId,
              title: v.title,
              ownerName: v.ownerName,
              content: v.content,
              startOn: v.startOn,
              endOn: v.endOn,
            }),
          );
        }}
      >
        <ErrorAlert error={match.error} />
        {matching && (
          <Form
            form={matchForm}
            layout="vertical"
            initialValues={{ title: matching.title, startOn: chinaDay(), endOn: daysFromToday(180) }}
          >
            <p>
              {matching.side === 'need' ? t('需求', 'Need') : t('资源', 'Offer')}：
              {matching.gridName ?? matching.unitName} · {matching.title}
            </p>
            <Form.Item<NewProjectFields>
              name="counterpart"
              label={
                matching.side === 'need'
                  ? t('对接的资源', 'Matching offer')
                  : t('对接的需求', 'Matching need')
              }
              rules={[{ required: true }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={counterparts(matching).map((x) => ({
                  value: x.id,
                  label: `${x.gridName ?? x.unitName} · ${x.title}（${label(SUPPLY_CATEGORY_LABELS, x.category, locale)}）`,
                }))}
              />
            </Form.Item>
            <Form.Item<NewProjectFields>
              name="title"
              label={t('项目名称', 'Project')}
              rules={[{ required: true, min: 2 }]}
            >
              <Input />
            </Form.Item>
            <Form.Item<NewProjectFields>
              name="ownerName"
              label={t('项目负责人', 'Owner')}
              rules={[{ required: true }]}
            >
              <Input />
            </Form.Item>
            <Form.Item<NewProjectFields>
              name="content"
              label={t('服务内容', 'Content')}
              rules={[{ required: true, min: 2 }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Space>
              <Form.Item<NewProjectFields>
                name="startOn"
                label={t('开始', 'Start')}
                rules={[{ required: true }]}
              >
                <DateInput />
              </Form.Item>
              <Form.Item<NewProjectFields> name="endOn" label={t('结束', 'End')} rules={[{ required: true }]}>
                <DateInput />
              </Form.Item>
            </Space>
          </Form>
        )}
      </Modal>
    </>
  );
}

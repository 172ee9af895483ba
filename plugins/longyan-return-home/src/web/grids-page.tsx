import {
  ErrorAlert,
  type PluginPageProps,
  type ResponseOf,
  Section,
  tr,
  typedClient,
  useApiData,
  useSubmit,
} from '@jiceng/ui';
import { Button, Col, Form, Input, Modal, Row, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { paths } from './api.generated';
import { CommunitySelect, day, useCommunities } from './common';

type GridRow = ResponseOf<paths, '/grid-branches'>['items'][number];
type TeamRow = ResponseOf<paths, '/teams'>['items'][number];
type UnplacedRow = ResponseOf<paths, '/placements/unplaced'>['items'][number];
/** The create form's fields: a team's name, or a grid branch's with the team leading it. */
interface CreateValues {
  name: string;
  volunteerTeamId?: number | null;
}

/** 立体网格: grid temporary branches led by volunteer teams; reported members are placed into them. */
export default function GridsPage({ api, locale }: PluginPageProps) {
  const t = tr(locale);
  const communities = useCommunities(api);
  const [communityOrgId, setCommunity] = useState<number | undefined>();
  const [tick, setTick] = useState(0);
  const refresh = () => setTick((x) => x + 1);
  const typed = typedClient<paths>(api);
  const query = { query: { communityOrgId } };
  const teams = useApiData(() => typed.get('/teams', query), [typed, communityOrgId, tick]);
  const grids = useApiData(() => typed.get('/grid-branches', query), [typed, communityOrgId, tick]);
  const unplaced = useApiData(() => typed.get('/placements/unplaced', query), [typed, communityOrgId, tick]);
  const action = useSubmit();
  const [creating, setCreating] = useState<null | 'team' | 'grid'>(null);
  const [form] = Form.useForm<CreateValues>();
  const [choice, setChoice] = useState<Record<number, number>>({});
  const community = communityOrgId ?? (communities.length === 1 ? communities[0]!.id : undefined);

  const create = async (v: CreateValues) => {
    // The create buttons are disabled until a community is chosen.
    if (!community) return;
    const ok = await action.run(async () => {
      if (creating === 'team') await typed.post('/teams', { communityOrgId: community, name: v.name });
      else
        await typed.post('/grid-branches', {
          communityOrgId: community,
          name: v.name,
          volunteerTeamId: v.volunteerTeamId ?? null,
        });
      return true;
    });
    if (ok) {
      setCreating(null);
      form.resetFields();
      refresh();
    }
  };

  return (
    <div data-testid="grids-page">
      <Section
        title={t(
          '立体网格：网格临时党支部与志愿服务队',
          '3-D grid: grid temporary branches and volunteer teams',
        )}
        extra={
          <Space wrap>
            {communities.length > 1 && (
              <CommunitySelect
                communities={communities}
                value={communityOrgId}
                onChange={setCommunity}
                locale={locale}
                allowClear
              />
            )}
            <Button
              disabled={!community}
              onClick={() => {
                action.clear();
                setCreating('team');
              }}
            >
              {t('组建志愿服务队', 'Form a volunteer team')}
            </Button>
            <Button
              type="primary"
              disabled={!community}
              onClick={() => {
                action.clear();
                setCreating('grid');
              }}
            >
              {t('建立网格临时党支部', 'Set up a grid branch')}
            </Button>
          </Space>
        }
      >
        <ErrorAlert error={action.error ?? teams.error ?? grids.error} />
        {!community && (
          <Typography.Paragraph type="secondary">
            {t(
              '选择一个社区后可新建服务队和网格党支部。',
              'Choose a community to create teams and grid branches.',
            )}
          </Typography.Paragraph>
        )}
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{t('网格临时党支部', 'Grid temporary branches')}</Typography.Title>
            <Table<GridRow>
              rowKey="id"
              size="small"
              loading={grids.loading}
              dataSource={grids.data?.items ?? []}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { title: t('名称', 'Name'), dataIndex: 'name' },
                { title: t('社区', 'Community'), dataIndex: 'communityOrgName' },
                { title: t('牵头服务队', 'Led by team'), dataIndex: 'volunteerTeamName' },
                { title: t('编入党员', 'Members'), dataIndex: 'members' },
              ]}
            />
          </Col>
          <Col xs={24} lg={12}>
            <Typography.Title level={5}>{t('志愿服务队', 'Volunteer teams')}</Typography.Title>
            <Table<TeamRow>
              rowKey="id"
              size="small"
              loading={teams.loading}
              dataSource={teams.data?.items ?? []}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { title: t('名称', 'Name'), dataIndex: 'name' },
                { title: t('社区', 'Community'), dataIndex: 'communityOrgName' },
                { title: t('队长', 'Leader'), dataIndex: 'leaderName' },
                { title: t('队员', 'Members'), dataIndex: 'members' },
                { title: t('成立', 'Founded'), dataIndex: 'foundedOn', render: day },
              ]}
            />
          </Col>
        </Row>
      </Section>
      <Section title={t('已报到、尚未编入网格的党员', 'Reported members not yet in a grid')}>
        <ErrorAlert error={unplaced.error} />
        <Table<UnplacedRow>
          rowKey="memberId"
          size="small"
          data-testid="unplaced-table"
          loading={unplaced.loading}
          dataSource={unplaced.data?.items ?? []}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            { title: t('党员', 'Member'), dataIndex: 'memberName' },
            { title: t('报到社区', 'Community'), dataIndex: 'communityOrgName' },
            {
              title: t('编入网格临时党支部', 'Place into'),
              render: (_, m) => {
                const options = (grids.data?.items ?? [])
                  .filter((g) => g.communityOrgId === m.communityOrgId)
                  .map((g) => ({ value: g.id, label: g.name }));
                return (
                  <Space>
                    <Select
                      aria-label={t('网格', 'Grid')}
                      size="small"
                      style={{ width: 200 }}
                      options={options}
                      value={choice[m.memberId]}
                      onChange={(v) => setChoice((c) => ({ ...c, [m.memberId]: v }))}
                    />
                    <Button
                      size="small"
                      disabled={!choice[m.memberId]}
                      onClick={() =>
                        action.run(async () => {
                          const grid = choice[m.memberId];
                          if (!grid) return;
                          await typed.post(
                            '/grid-branches/{id}/placements',
                            { memberId: m.memberId },
                            { params: { id: grid } },
                          );
                          refresh();
                        })
                      }
                    >
                      {t('编入', 'Place')}
                    </Button>
                  </Space>
                );
              },
            },
          ]}
        />
      </Section>
      <Modal
        open={!!creating}
        title={
          creating === 'team'
            ? t('组建志愿服务队', 'Form a volunteer team')
            : t('建立网格临时党支部', 'Set up a grid branch')
        }
        onCancel={() => setCreating(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: action.busy }}
        destroyOnHidden
      >
        <ErrorAlert error={action.error} />
        <Form form={form} layout="vertical" onFinish={create}>
          <Form.Item name="name" label={t('名称', 'Name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          {creating === 'grid' && (
            <Form.Item name="volunteerTeamId" label={t('横向牵头的志愿服务队', 'Volunteer team leading it')}>
              <Select
                allowClear
                options={(teams.data?.items ?? [])
                  .filter((x) => x.communityOrgId === community)
                  .map((x) => ({ value: x.id, label: x.name }))}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}

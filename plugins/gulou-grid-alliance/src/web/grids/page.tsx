import { type PluginPageProps, Section, tr } from '@jiceng/ui';
import { Tabs } from 'antd';
import { useMemo } from 'react';
import { BodiesTab } from './bodies-tab';
import { GridsTab } from './grids-tab';
import { NetworkTab } from './network-tab';
import { StudiosTab } from './studios-tab';
import { WorkersTab } from './workers-tab';

export default function GridsPage(props: PluginPageProps) {
  const t = useMemo(() => tr(props.locale), [props.locale]);
  return (
    <Section title={t('网格与四级组织网络', 'Grids and the four-level network')}>
      <Tabs
        items={[
          { key: 'grids', label: t('网格党支部', 'Grid branches'), children: <GridsTab {...props} /> },
          { key: 'network', label: t('四级网络', 'Network'), children: <NetworkTab {...props} /> },
          { key: 'bodies', label: t('议事机构与兼职委员', 'Councils'), children: <BodiesTab {...props} /> },
          {
            key: 'workers',
            label: t('网格工作者与培养链', 'Grid workers and careers'),
            children: <WorkersTab {...props} />,
          },
          {
            key: 'studios',
            label: t('党代表工作室', 'Representative studios'),
            children: <StudiosTab {...props} />,
          },
        ]}
      />
    </Section>
  );
}

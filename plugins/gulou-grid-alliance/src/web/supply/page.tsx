import { type PluginPageProps, Section, tr } from '@jiceng/ui';
import { Tabs } from 'antd';
import { FacilitiesTab } from './facilities-tab';
import { ListsTab } from './lists-tab';
import { ProjectsTab } from './projects-tab';

export default function SupplyPage(props: PluginPageProps) {
  const t = tr(props.locale);
  const admin = props.city.access !== 'self';
  return (
    <Section title={t('供需清单与资源共享', 'Supply/demand lists and shared resources')}>
      <Tabs
        items={[
          ...(admin
            ? [
                { key: 'lists', label: t('供需清单', 'Needs and offers'), children: <ListsTab {...props} /> },
                {
                  key: 'projects',
                  label: t('服务项目书', 'Service projects'),
                  children: <ProjectsTab {...props} />,
                },
              ]
            : []),
          {
            key: 'facilities',
            label: t('资源开放目录', 'Open facilities'),
            children: <FacilitiesTab {...props} />,
          },
        ]}
      />
    </Section>
  );
}

import { Card, Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { NoRoot, type OrgEdit, OrgEditModal } from './org-edit';
import { OrgDetails } from './org-details';
import { OrgTreePanel } from './org-tree-panel';

export function OrgTreePage() {
  const { city } = useCity();
  const t = useT();
  const [selected, setSelected] = useState<number | undefined>();
  const [edit, setEdit] = useState<OrgEdit | null>(null);
  // Bumped after every change: the tree reloads and the details refetch.
  const [version, setVersion] = useState(0);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xl={8}>
        <Card title={<span data-testid="page-title">{t('orgTree.title')}</span>}>
          <OrgTreePanel
            key={version}
            cityCode={city.code}
            selectedId={selected}
            onSelect={setSelected}
            empty={<NoRoot canCreate={city.access === 'city'} onCreate={() => setEdit({ mode: 'root' })} />}
          />
        </Card>
      </Col>
      <Col xs={24} lg={15} xl={16}>
        {selected ? (
          <OrgDetails
            cityCode={city.code}
            orgId={selected}
            onSelect={setSelected}
            version={version}
            onEdit={setEdit}
          />
        ) : (
          <Card>
            <Empty description={t('orgTree.selectHint')} />
          </Card>
        )}
      </Col>
      {edit && (
        <OrgEditModal
          cityCode={city.code}
          edit={edit}
          onClose={() => setEdit(null)}
          onDone={(id) => {
            setEdit(null);
            setVersion((v) => v + 1);
            setSelected(id ?? undefined);
          }}
        />
      )}
    </Row>
  );
}

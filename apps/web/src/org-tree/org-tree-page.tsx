import { Card, Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n';
import { useCity } from '../layout/city-context';
import { OrgDetails } from './org-details';
import { OrgTreePanel } from './org-tree-panel';

export function OrgTreePage() {
  const { city } = useCity();
  const t = useT();
  const [selected, setSelected] = useState<number | undefined>();
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9} xl={8}>
        <Card title={<span data-testid="page-title">{t('orgTree.title')}</span>}>
          <OrgTreePanel cityCode={city.code} selectedId={selected} onSelect={setSelected} />
        </Card>
      </Col>
      <Col xs={24} lg={15} xl={16}>
        {selected ? (
          <OrgDetails cityCode={city.code} orgId={selected} onSelect={setSelected} />
        ) : (
          <Card>
            <Empty description={t('orgTree.selectHint')} />
          </Card>
        )}
      </Col>
    </Row>
  );
}

import { ErrorAlert } from '@jiceng/ui';
import { Badge, Input, Spin, Tree, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ItemList } from '../common/item-list';
import { useLabel, useT } from '../i18n';
import type { OrgNode } from '../types';
import { typedCityApi } from '../typed-api';
import { type OrgTreeNode, toTreeNode, withChildren } from './tree-data';

function NodeTitle({ org }: { org: OrgNode }) {
  return (
    // A long name wraps inside the panel (global.css lets the node shrink) instead of pushing the tree sideways.
    <span
      data-testid={`org-node-${org.id}`}
      data-org-name={org.name}
      title={org.name}
      style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}
    >
      {org.name}{' '}
      <Badge
        count={org.memberCount}
        overflowCount={999999}
        showZero
        color="#bfbfbf"
        style={{ fontSize: 11 }}
        title={String(org.memberCount)}
      />
    </span>
  );
}

/** Lazily loaded org tree (roots, then children on expand) with a name search that lists matches instead. */
export function OrgTreePanel({
  cityCode,
  selectedId,
  onSelect,
  empty,
}: {
  cityCode: string;
  selectedId?: number;
  onSelect: (id: number) => void;
  empty?: React.ReactNode;
}) {
  const t = useT();
  const label = useLabel();
  const [nodes, setNodes] = useState<OrgTreeNode[] | null>(null);
  const [error, setError] = useState<unknown>();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<OrgNode[] | null>(null);
  const [expanded, setExpanded] = useState<number[]>([]);
  const selectFirst = useRef((id: number) => {
    if (selectedId === undefined) onSelect(id);
  });
  const api = typedCityApi(cityCode);

  useEffect(() => {
    let live = true;
    setNodes(null);
    (async () => {
      const { items } = await api.get('/orgs');
      let roots = items.map(toTreeNode);
      // A single root (the city committee) opens at once: its children are where the work starts.
      const only = roots.length === 1 && !roots[0]!.isLeaf ? roots[0]! : null;
      if (only) {
        const children = await api.get('/orgs', { query: { parentId: only.key } });
        roots = withChildren(roots, only.key, children.items.map(toTreeNode));
      }
      if (!live) return;
      setNodes(roots);
      setExpanded(only ? [only.key] : []);
      // One root (the committee, or an org admin's own org): show it right away.
      if (roots.length === 1) selectFirst.current(roots[0]!.key);
    })().catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    let live = true;
    if (!q) {
      setResults(null);
      return;
    }
    api
      .get('/orgs', { query: { q } })
      .then(({ items }) => live && setResults(items))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [api, q]);

  async function loadChildren(node: OrgTreeNode) {
    if (node.children || node.isLeaf) return;
    try {
      const { items } = await api.get('/orgs', { query: { parentId: node.key } });
      setNodes((prev) => (prev ? withChildren(prev, node.key, items.map(toTreeNode)) : prev));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div>
      <Input.Search
        aria-label={t('orgTree.search')}
        allowClear
        placeholder={t('orgTree.search')}
        onSearch={(v) => setQ(v.trim())}
        data-testid="org-search"
        style={{ marginBottom: 12 }}
      />
      <ErrorAlert error={error} />
      {results ? (
        <>
          <Typography.Text strong>{t('orgTree.results')}</Typography.Text>
          <ItemList
            testId="org-search-results"
            items={results}
            rowKey={(org) => org.id}
            title={(org) => org.name}
            description={(org) =>
              `${label('orgKind', org.kind)} · ${t('orgTree.membersShort', { count: org.memberCount })}`
            }
            onClick={(org) => onSelect(org.id)}
            active={(org) => org.id === selectedId}
            rowTestId={() => 'org-search-result'}
            empty={t('orgTree.noResults')}
          />
        </>
      ) : nodes === null ? (
        <Spin />
      ) : nodes.length === 0 && empty ? (
        empty
      ) : (
        <div data-testid="org-tree">
          <Tree<OrgTreeNode>
            className="org-tree"
            blockNode
            treeData={nodes}
            loadData={loadChildren}
            expandedKeys={expanded}
            onExpand={(keys) => setExpanded(keys.map(Number))}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys) => keys[0] !== undefined && onSelect(Number(keys[0]))}
            titleRender={(node) => <NodeTitle org={node.org} />}
            height={640}
          />
        </div>
      )}
    </div>
  );
}

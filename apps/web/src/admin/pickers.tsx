import { Select, TreeSelect } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { typedCityApi } from '../typed-api';
import type { OrgNode } from '../types';

interface SimpleNode {
  id: number;
  pId: number | 0;
  value: number;
  title: string;
  isLeaf: boolean;
}

const node = (o: OrgNode, pId: number | 0): SimpleNode => ({
  id: o.id,
  pId,
  value: o.id,
  title: o.name,
  isLeaf: o.childCount === 0,
});

/**
 * A party organization: the tree in the user's scope, each level loaded when opened (GET orgs?parentId=);
 * typing searches by name (GET orgs?q=).
 */
export function OrgPicker({
  cityCode,
  value,
  onChange,
  testId = 'org-picker',
  placeholder,
  style,
}: {
  cityCode: string;
  value?: number | null;
  onChange?: (value: number | null, name?: string) => void;
  testId?: string;
  placeholder?: string;
  style?: React.CSSProperties;
}) {
  const t = useT();
  const [tree, setTree] = useState<SimpleNode[]>([]);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<SimpleNode[] | null>(null);
  const api = typedCityApi(cityCode);
  // Names of every org seen, so the chosen one shows by name even when it came from a search.
  const names = useRef(new Map<number, string>());
  const remember = useCallback((items: OrgNode[]) => {
    for (const o of items) names.current.set(o.id, o.name);
    return items;
  }, []);

  useEffect(() => {
    let live = true;
    api
      .get('/orgs')
      .then(({ items }) => live && setTree(remember(items).map((o) => node(o, 0))))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [api, remember]);

  useEffect(() => {
    if (!search.trim()) return setFound(null);
    let live = true;
    const timer = setTimeout(() => {
      api
        .get('/orgs', { query: { q: search.trim() } })
        .then(({ items }) => live && setFound(remember(items).map((o) => ({ ...node(o, 0), isLeaf: true }))))
        .catch(() => live && setFound([]));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, search, remember]);

  async function loadData({ value: id }: { value?: unknown }) {
    const parentId = Number(id);
    if (tree.some((n) => n.pId === parentId)) return;
    const { items } = await api.get('/orgs', { query: { parentId } });
    remember(items);
    setTree((prev) => [
      ...prev,
      ...items.filter((o) => !prev.some((p) => p.id === o.id)).map((o) => node(o, parentId)),
    ]);
  }

  const data = found ?? tree;
  return (
    <TreeSelect
      aria-label={placeholder ?? t('people.pickOrg')}
      data-testid={testId}
      style={{ minWidth: 280, ...style }}
      allowClear
      placeholder={placeholder ?? t('people.pickOrg')}
      labelInValue
      value={value ? { value, label: names.current.get(value) ?? `#${value}` } : undefined}
      treeDataSimpleMode
      treeData={data}
      loadData={found ? undefined : loadData}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      onChange={(v: { value: number; label: React.ReactNode } | undefined) => {
        setSearch('');
        onChange?.(v ? Number(v.value) : null, v ? String(v.label ?? '') : undefined);
      }}
      popupMatchSelectWidth={false}
    />
  );
}

/** A member of the city, found by name, ID number or phone (GET members?q=). */
export function MemberPicker({
  cityCode,
  value,
  onChange,
  testId = 'member-picker',
}: {
  cityCode: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  testId?: string;
}) {
  const t = useT();
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function search(q: string) {
    clearTimeout(timer.current);
    if (!q.trim()) return;
    timer.current = setTimeout(() => {
      setLoading(true);
      typedCityApi(cityCode)
        .get('/members', { query: { q: q.trim(), pageSize: 20 } })
        .then(({ items }) =>
          setOptions(items.map((m) => ({ value: m.id, label: `${m.name} · ${m.orgName} · ${m.idNumber}` }))),
        )
        .catch(() => setOptions([]))
        .finally(() => setLoading(false));
    }, 300);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <Select
      aria-label={t('people.pickMember')}
      data-testid={testId}
      allowClear
      style={{ minWidth: 320 }}
      placeholder={t('people.pickMember')}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: search }}
      loading={loading}
      notFoundContent={null}
      options={
        value && !options.some((o) => o.value === value)
          ? [{ value, label: `#${value}` }, ...options]
          : options
      }
    />
  );
}

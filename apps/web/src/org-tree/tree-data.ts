import type { OrgNode } from '../types';

export interface OrgTreeNode {
  key: number;
  org: OrgNode;
  isLeaf: boolean;
  children?: OrgTreeNode[];
}

export const toTreeNode = (org: OrgNode): OrgTreeNode => ({ key: org.id, org, isLeaf: org.childCount === 0 });

/** Returns a copy of the tree with `children` set under the node `key`. */
export function withChildren(nodes: OrgTreeNode[], key: number, children: OrgTreeNode[]): OrgTreeNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children };
    if (node.children) return { ...node, children: withChildren(node.children, key, children) };
    return node;
  });
}

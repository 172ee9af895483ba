import type { BodyKind } from '../../shared/terms';

/** A grid branch as `/grids/:orgId` answers (the fields the drawer shows). */
export interface GridDetail {
  orgId: number;
  orgName: string;
  communityName: string;
  households: number | null;
  members: number;
  workers: { id: number; name: string }[];
  groups: { id: number; name: string }[];
  bodies: { id: number; kind: BodyKind; name: string }[];
  funds: { year: number; total: number; floor: number };
  demands: { total: number; open: number; overdue: number };
}

export interface Network {
  totals: { streets: number; communities: number; gridBranches: number; buildingGroups: number };
  bodies: { kind: string; bodies: number; members: number }[];
  streets: {
    orgId: number;
    name: string;
    communities: number;
    gridBranches: number;
    buildingGroups: number;
    partTimeMembers: number;
  }[];
}

export interface BodyRow {
  id: number;
  kind: BodyKind;
  name: string;
  orgId: number;
  orgName: string;
  members: number;
}

export interface BodyMember {
  id: number;
  name: string;
  source: string;
  role: string;
  unitId: number | null;
  unitName: string | null;
  since: string;
  until: string | null;
}

export interface BodyDetail {
  id: number;
  name: string;
  members: BodyMember[];
}

export interface WorkerRow {
  id: number;
  name: string;
  orgName: string;
  hiredOn: string;
  post: string | null;
  title: string | null;
  postSince: string | null;
  titleSince: string | null;
}

export interface CareerStep {
  id: number;
  chain: 'post' | 'title';
  step: string;
  startedOn: string;
}

export interface WorkerDetail {
  id: number;
  name: string;
  orgName: string;
  hiredOn: string;
  steps: CareerStep[];
}

export interface Careers {
  workers: number;
  post: { step: string; count: number }[];
  title: { step: string; count: number }[];
}

export interface StudioRow {
  id: number;
  name: string;
  orgName: string;
  representatives: string[];
  openCases: number;
}

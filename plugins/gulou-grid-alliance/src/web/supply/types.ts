import type { ActionAnswer } from '@jiceng/ui';
import type { ProjectStatus } from '../../shared/terms';

/** A need or an offer on the lists (`/supply`). */
export interface SupplyItem {
  id: number;
  side: 'need' | 'offer';
  gridOrgId: number | null;
  gridName: string | null;
  unitId: number | null;
  unitName: string | null;
  category: string;
  title: string;
  status: 'open' | 'matched' | 'withdrawn';
  listedOn: string;
  manageable: boolean;
}

export interface Project {
  id: number;
  title: string;
  gridName: string | null;
  unitName: string | null;
  ownerName: string;
  startOn: string;
  endOn: string;
  status: ProjectStatus;
}

/** A unit's facility open to the public (`/facilities`). */
export interface Facility {
  id: number;
  name: string;
  kind: string;
  unitName: string;
  placeName: string | null;
  days: string;
  opensAt: string;
  closesAt: string;
  capacity: number | null;
  openNow: boolean;
  active: boolean;
  actions?: { manage?: ActionAnswer };
}

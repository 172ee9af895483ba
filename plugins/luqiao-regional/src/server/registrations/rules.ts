import { type LocalizedText, say } from '@jiceng/plugin-kit';
import type { RegistrationVia } from '../../shared/model';

/** Pure rules of registration (报到登记): no database, no HTTP (unit-tested in rules.test.ts). */

/** How a member registers in a region: whose org looks after them, and the unit they work in there. */
export interface Plan {
  memberId: number;
  name: string;
  via: RegistrationVia;
  unitId: number | null;
  unitHasOrg: boolean;
}

/** A member as the registration rule sees them. */
export interface Registrant {
  id: number;
  name: string;
  active: boolean;
  category: string;
  unit_id: number | null;
  unit_org_id: number | null;
  /** The region whose units include the member's unit. */
  works_in: number | null;
  /** The region the member is registered in now. */
  registered_in: number | null;
  registered_name: string | null;
}

/**
 * Whether a member may register in the region, and whose org looks after them there: their unit's own org
 * ("关系在企业、活动在区域"), or the service centre's org for members of units without an org and for flowing
 * members. A refusal is 400 (inactive, not working here) or 409 (already registered here or elsewhere).
 */
export function registrationPlan(
  m: Registrant,
  regionId: number,
): { plan: Plan } | { status: 400 | 409; text: LocalizedText } {
  if (!m.active) return { status: 400, text: say(`${m.name} 已停用`, `${m.name} is inactive`) };
  if (m.registered_in === regionId)
    return {
      status: 409,
      text: say(`${m.name} 已在本区域登记`, `${m.name} is already registered in this region`),
    };
  if (m.registered_in)
    return {
      status: 409,
      text: say(
        `${m.name} 已在区域"${m.registered_name}"登记，请先注销`,
        `${m.name} is registered in region "${m.registered_name}"; end that first`,
      ),
    };
  const worksHere = m.works_in === regionId;
  if (!worksHere && m.category !== 'flowing')
    return {
      status: 400,
      text: say(`${m.name} 不在本区域的单位工作`, `${m.name} does not work in a unit of this region`),
    };
  const unitHasOrg = worksHere && m.unit_org_id != null;
  return {
    plan: {
      memberId: m.id,
      name: m.name,
      via: unitHasOrg ? 'unit_org' : 'centre_org',
      unitId: worksHere ? m.unit_id : null,
      unitHasOrg,
    },
  };
}

/** Whose org looks after a member of a unit: its own org, or the centre's org when it has none. */
export const viaOf = (unitHasOrg: boolean): RegistrationVia => (unitHasOrg ? 'unit_org' : 'centre_org');

/** A date that must fall between a registration's start and today: which bound it breaks, or null. */
export function dateWindowProblem(on: string, notBefore: string, today: string): 'before' | 'future' | null {
  if (on < notBefore) return 'before';
  if (on > today) return 'future';
  return null;
}

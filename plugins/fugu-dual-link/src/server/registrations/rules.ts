import { allow, type CityAccess, deny, type LocalizedText, type Permit, say } from '@jiceng/plugin-kit';
import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '../../shared/terms';
import type { RegistrationRow, Sides } from '../common';

/** The pure rules of 双向登记: the two-part card's view, who stamps, letter numbers, the form's columns. */

export function registrationView(
  r: RegistrationRow & { place_name?: string | null; post_name?: string | null; group_name?: string | null },
  sides?: Sides,
) {
  return {
    id: r.id,
    letterNo: r.letter_no,
    memberId: r.member_id,
    memberName: r.member_name,
    cadreRank: r.cadre_rank,
    unitOrgId: r.unit_org_id,
    unitOrgName: r.unit_org_name,
    communityOrgId: r.community_org_id,
    communityName: r.community_name,
    residencePlaceId: r.residence_place_id,
    residencePlaceName: r.place_name ?? null,
    address: r.address,
    occupation: r.occupation,
    skills: r.skills,
    commitment: r.commitment,
    board: {
      onBoard: r.on_board,
      showPhoto: r.show_photo,
      showUnit: r.show_unit,
      showCommitment: r.show_commitment,
      showPost: r.show_post,
    },
    status: r.status,
    sentOn: r.sent_on,
    stampedOn: r.stamped_on,
    part1FiledOn: r.part1_filed_on,
    returnedOn: r.returned_on,
    returnReason: r.return_reason,
    closedOn: r.closed_on,
    closeReason: r.close_reason,
    previousId: r.previous_id,
    partyGroupId: r.party_group_id,
    partyGroupName: r.group_name ?? null,
    postName: r.post_name ?? null,
    /** The two parts of 《机关党员报到登记卡》: part 1 goes back to the unit, part 2 stays with the community. */
    card: {
      part1: { keptBy: 'unit', stamped: !!r.stamped_on, filedOn: r.part1_filed_on },
      part2: { keptBy: 'community', stamped: !!r.stamped_on, filedOn: r.stamped_on },
      complete: !!r.stamped_on && !!r.part1_filed_on,
    },
    ...(sides ? { sides } : {}),
  };
}

/** A status in words (the code itself when it has none). */
export const statusWords = (status: string): LocalizedText => {
  const l = REGISTRATION_STATUS_LABELS[status as RegistrationStatus];
  return { 'zh-CN': l?.['zh-CN'] ?? status, en: l?.en ?? status };
};

export const ONLY_THE_COMMUNITY_STAMPS = say(
  '仅报到社区的党组织可接收盖章',
  'only the party org of the community reported to stamps its part',
);

/**
 * 接收盖章: only the community itself stamps its part — an admin of exactly that community org, not the unit, not a
 * level above — and only a letter that is still waiting (sent).
 */
export function mayStamp(
  access: CityAccess,
  reg: Pick<RegistrationRow, 'community_path' | 'status'>,
): Permit {
  if (!(access.level === 'orgs' && access.paths.includes(reg.community_path)))
    return deny(ONLY_THE_COMMUNITY_STAMPS);
  if (reg.status !== 'sent') {
    const s = statusWords(reg.status);
    return deny(
      say(`当前状态为「${s['zh-CN']}」，不能盖章`, `cannot stamp: the registration is “${s.en}”`),
      409,
    );
  }
  return allow();
}

/** Why the unit cannot file part 1 now (undefined when it can: the card is stamped and not filed yet). */
export function filePart1Refusal(status: string): LocalizedText | undefined {
  if (status === 'sent')
    return say('社区尚未盖章，第一联不能备案', 'the community has not stamped the card yet');
  if (status !== 'stamped') {
    const s = statusWords(status);
    return say(`当前状态为「${s['zh-CN']}」`, `the registration is “${s.en}”`);
  }
  return undefined;
}

/** 报到函 number: SLSG + the day sent + the member + how many letters the member had before, plus one. */
export const letterNo = (sentOn: string, memberId: number, earlierLetters: number) =>
  `SLSG${sentOn.replace(/-/g, '')}-${memberId}-${earlierLetters + 1}`;

/** A residence belongs to a community when its place lies under the community's place (or the community has none). */
export const residenceInCommunity = (placePath: string, communityPath: string | undefined) =>
  communityPath === undefined || placePath.startsWith(communityPath);

export interface FormChanges {
  address?: string | null;
  occupation?: string | null;
  skills?: string | null;
  commitment?: string | null;
  onBoard?: boolean;
  showPhoto?: boolean;
  showUnit?: boolean;
  showCommitment?: boolean;
  showPost?: boolean;
}

const COLUMNS = {
  address: 'address',
  occupation: 'occupation',
  skills: 'skills',
  commitment: 'commitment',
  onBoard: 'on_board',
  showPhoto: 'show_photo',
  showUnit: 'show_unit',
  showCommitment: 'show_commitment',
  showPost: 'show_post',
} as const;

/** The registration columns a form update sets: only the fields it names (null clears a text). */
export function formColumns(b: FormChanges): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [k, col] of Object.entries(COLUMNS)) {
    const v = b[k as keyof FormChanges];
    if (v !== undefined) set[col] = v;
  }
  return set;
}

/** A photo data URL (PNG, JPEG or WebP, base64) → its type, data and size in bytes; undefined when it is not one. */
export function parsePhoto(dataUrl: string): { mime: string; base64: string; bytes: number } | undefined {
  const m = /^data:(image\/(?:png|jpeg|webp));base64,(.+)$/.exec(dataUrl);
  if (!m) return undefined;
  return { mime: m[1]!, base64: m[2]!, bytes: Math.floor((m[2]!.length * 3) / 4) };
}

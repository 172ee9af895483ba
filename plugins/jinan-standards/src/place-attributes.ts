import type { PlaceAttribute } from '@jiceng/plugin-kit';
import { COMMUNITY_TYPE_KEY, COMMUNITY_TYPES } from './shared/model';

/**
 * The community type (社区类型) is Jinan's word about a community: city admins set it on the place form and in the
 * places roster (core shows a field and a column for it), and a campaign takes each community's type when it
 * begins, which decides the standards that apply and their weights.
 */
export const placeAttributes: PlaceAttribute[] = [
  {
    key: COMMUNITY_TYPE_KEY,
    appliesTo: ['community'],
    labels: { 'zh-CN': '社区类型', en: 'Community type' },
    values: COMMUNITY_TYPES.map((t) => ({
      value: t.code,
      labels: { 'zh-CN': t['zh-CN'], en: t.en },
      aliases: [...t.aliases],
    })),
  },
];

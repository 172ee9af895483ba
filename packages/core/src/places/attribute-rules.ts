import type { PlaceKind } from '../db/schema';
import type { LocalizedText } from '../indicators';
import type { PlaceAttribute } from '../plugins/contract';
import { type ColumnDef, ENUMS } from '../roster/columns';

/** Stored values by attribute key. */
export type AttributeValues = Record<string, string>;

const norm = (s: string) => s.replace(/[\s\u3000]+/g, '').toLowerCase();

/** The value for a code, a label in either language or an alias; undefined when none matches. */
export function parseAttributeValue(attribute: PlaceAttribute, text: string): string | undefined {
  const t = norm(text);
  for (const v of attribute.values)
    for (const spelling of [v.value, v.labels['zh-CN'], v.labels.en, ...(v.aliases ?? [])])
      if (norm(spelling) === t) return v.value;
  return undefined;
}

/** The place kinds an attribute applies to, as a user reads them. */
export function kindWords(attribute: PlaceAttribute): LocalizedText {
  return {
    'zh-CN': attribute.appliesTo.map((k) => ENUMS.placeKind[k]['zh-CN']).join('、'),
    en: attribute.appliesTo.map((k) => ENUMS.placeKind[k].en).join(', '),
  };
}

/** The choices as a user reads them, in both languages. */
export function attributeChoices(attribute: PlaceAttribute): LocalizedText {
  return {
    'zh-CN': attribute.values.map((v) => v.labels['zh-CN']).join('、'),
    en: attribute.values.map((v) => v.labels.en).join(', '),
  };
}

/** A value's label; the code itself when the value is no longer declared. */
export function attributeValueLabel(
  attribute: PlaceAttribute,
  value: string,
  locale: keyof LocalizedText,
): string {
  return attribute.values.find((v) => v.value === value)?.labels[locale] ?? value;
}

/**
 * Why a place of this kind may not take this value of this attribute, or null: an undeclared key (no enabled model
 * has it), a kind the attribute does not apply to, or a value outside the declared ones. Clearing (null) is always
 * allowed for a declared key.
 */
export function attributeProblem(
  declared: readonly PlaceAttribute[],
  kind: PlaceKind,
  key: string,
  value: string | null,
): { code: string; params: Record<string, unknown> } | null {
  const attribute = declared.find((a) => a.key === key);
  if (!attribute) return { code: 'place_attribute_unknown', params: { key } };
  if (value === null) return null;
  if (!attribute.appliesTo.includes(kind))
    return {
      code: 'place_attribute_kind',
      params: { attribute: attribute.labels, kinds: kindWords(attribute) },
    };
  if (!attribute.values.some((v) => v.value === value))
    return {
      code: 'place_attribute_value',
      params: {
        attribute: attribute.labels,
        value: value.slice(0, 40),
        allowed: attributeChoices(attribute),
      },
    };
  return null;
}

/** The places columns of the attributes the city's enabled models declare: headed by their labels. */
export function attributeColumns(attributes: readonly PlaceAttribute[]): ColumnDef[] {
  return attributes.map((a) => {
    const kinds = kindWords(a);
    const choices = attributeChoices(a);
    return {
      field: `attributes.${a.key}`,
      'zh-CN': a.labels['zh-CN'],
      en: a.labels.en,
      aliases: [a.key],
      help: {
        'zh-CN': `仅${kinds['zh-CN']}填写：${choices['zh-CN']}`,
        en: `${kinds.en} only: ${choices.en}`,
      },
      attribute: a,
    };
  });
}

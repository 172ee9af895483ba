import type { Locale } from './env';

/** Every message the API can send, in both languages. `{x}` is filled from params. */
export const MESSAGES = {
  validation_failed: { 'zh-CN': '输入有误：{detail}', en: 'Invalid input: {detail}' },
  field_invalid: { 'zh-CN': '字段 {field}：{message}', en: 'Field {field}: {message}' },
  malformed_json: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  not_found: { 'zh-CN': '未找到{entity}', en: '{entity} not found' },
  route_not_found: { 'zh-CN': '没有这个接口', en: 'No such route' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please log in' },
  forbidden: { 'zh-CN': '无权执行此操作', en: 'You may not do this' },
  login_failed: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  login_locked: {
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed logins; try again in {minutes} minutes',
  },
  password_wrong: { 'zh-CN': '原密码错误', en: 'The current password is wrong' },
  conflict_duplicate: {
    'zh-CN': '已存在相同的记录（{field}）',
    en: 'A record with the same {field} already exists',
  },
  conflict_reference: {
    'zh-CN': '关联的记录不存在或仍被引用（{field}）',
    en: 'A referenced record is missing or still in use ({field})',
  },
  conflict: { 'zh-CN': '操作冲突：{reason}', en: 'Conflict: {reason}' },
  tree_cycle: { 'zh-CN': '不能把节点移到它自己的下级', en: 'A node cannot move under itself' },
  cross_city: { 'zh-CN': '{field} 不属于本城市', en: '{field} does not belong to this city' },
  out_of_scope: { 'zh-CN': '{field} 不在您的管理范围内', en: '{field} is outside your scope' },
  plugin_not_installed: { 'zh-CN': '未安装此模式插件', en: 'This model plugin is not installed' },
  password_change_required: {
    'zh-CN': '请先修改初始密码',
    en: 'Please change your initial password first',
  },
  password_too_weak: { 'zh-CN': '新密码至少 8 位', en: 'The new password needs at least 8 characters' },
  last_city_admin: {
    'zh-CN': '不能移除本城市最后一位城市管理员',
    en: 'The last city admin of a city cannot be removed',
  },
  internal: { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal error; please try again later' },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Names of entities and fields shown inside messages. */
export const ENTITY_NAMES: Record<string, Record<Locale, string>> = {
  city: { 'zh-CN': '城市', en: 'City' },
  org: { 'zh-CN': '党组织', en: 'Organization' },
  place: { 'zh-CN': '地点', en: 'Place' },
  unit: { 'zh-CN': '单位', en: 'Unit' },
  member: { 'zh-CN': '党员', en: 'Member' },
  affiliation: { 'zh-CN': '活动关系', en: 'Affiliation' },
  user: { 'zh-CN': '用户', en: 'User' },
  plugin: { 'zh-CN': '插件', en: 'Plugin' },
};

export function translate(
  locale: Locale,
  key: MessageKey | string,
  params: Record<string, unknown> = {},
): string {
  const entry = (MESSAGES as Record<string, Record<Locale, string>>)[key];
  const template = entry ? entry[locale] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (name === 'entity' && typeof value === 'string') return ENTITY_NAMES[value]?.[locale] ?? value;
    return value === undefined ? '' : String(value);
  });
}

export function localeFrom(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

import type { Kysely } from 'kysely';
import type { CoreDatabase } from '../db/schema';
import type { Locale } from '../http/env';
import type { LocalizedText } from '../indicators';
import type { JicengPlugin } from '../plugins/contract';

const say = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Words for what core itself records in the audit log. */
export const CORE_AUDIT_ENTITIES: Record<string, LocalizedText> = {
  org: say('党组织', 'Organization'),
  member: say('党员', 'Member'),
  affiliation: say('活动关系', 'Affiliation'),
  unit: say('单位', 'Unit'),
  place: say('地点', 'Place'),
  user: say('账号', 'Account'),
  plugin: say('模式', 'Model'),
  city: say('城市', 'City'),
  import_job: say('名册导入', 'Roster import'),
  job: say('定时任务', 'Scheduled job'),
};

export const CORE_AUDIT_ACTIONS: Record<string, LocalizedText> = {
  create: say('新建', 'Create'),
  update: say('修改', 'Update'),
  delete: say('删除', 'Delete'),
  move: say('移动', 'Move'),
  deactivate: say('停用', 'Deactivate'),
  dissolve: say('撤销', 'Dissolve'),
  end: say('结束', 'End'),
  grant: say('授权', 'Grant'),
  revoke: say('撤销授权', 'Revoke'),
  reset_password: say('重置密码', 'Reset password'),
  enable: say('启用', 'Enable'),
  disable: say('停用', 'Disable'),
  configure: say('配置', 'Configure'),
  import: say('导入', 'Import'),
  reveal: say('查看完整信息', 'Reveal'),
  login: say('登录', 'Sign in'),
  login_failed: say('登录失败', 'Failed sign-in'),
  change_password: say('修改密码', 'Change password'),
  archive: say('归档', 'Archive'),
  restore: say('恢复', 'Restore'),
  run: say('运行', 'Run'),
  seed_demo: say('载入示例数据', 'Load demo data'),
  return: say('退回', 'Return'),
};

/** Shell pages (under /c/:city/) where core's entities are managed. */
const CORE_PAGES: Record<string, string> = {
  org: 'orgs',
  member: 'members',
  affiliation: 'members',
  unit: 'units',
  place: 'places',
  user: 'admin/people',
  plugin: 'admin/models',
  job: 'admin/jobs',
  import_job: 'import',
};

/** Whose entity an audit entry is about: core's, or an installed plugin's (`p_<id>.<table>`). */
export function auditOwner(
  plugins: readonly JicengPlugin<any>[],
  entity: string,
): { plugin: JicengPlugin<any> | null; key: string } {
  const dot = entity.indexOf('.');
  if (dot < 0) return { plugin: null, key: entity };
  const schema = entity.slice(0, dot);
  const plugin = plugins.find((p) => `p_${p.id.replaceAll('-', '_')}` === schema) ?? null;
  return { plugin, key: entity.slice(dot + 1) };
}

export interface AuditWords {
  /** The model's name for a plugin's entry, null for core's. */
  model: string | null;
  entity: string;
  action: string;
  /** A shell path (under /c/:city/) where such records are managed, when there is one. */
  page: string | null;
}

/**
 * The words for an audit entry's entity and action, in the caller's language: the plugin's own labels for its
 * entries (falling back to core's words for common actions such as create/update), core's for core's. An entry
 * nobody labelled keeps its raw key (the contract suite flags such plugins).
 */
export function auditWords(
  plugins: readonly JicengPlugin<any>[],
  entry: { entity: string; action: string },
  locale: Locale,
): AuditWords {
  const { plugin, key } = auditOwner(plugins, entry.entity);
  const labels = plugin?.labels;
  const entity = plugin ? labels?.entities?.[key] : CORE_AUDIT_ENTITIES[key];
  const action = (plugin ? labels?.actions?.[entry.action] : undefined) ?? CORE_AUDIT_ACTIONS[entry.action];
  const pluginPage = labels?.entityPages?.[key];
  const page = plugin
    ? pluginPage === undefined
      ? null
      : `p/${plugin.id}${pluginPage ? `/${pluginPage}` : ''}`
    : (CORE_PAGES[key] ?? null);
  return {
    model: plugin ? plugin.names[locale] : null,
    entity: entity?.[locale] ?? entry.entity,
    action: action?.[locale] ?? entry.action,
    page,
  };
}

/** The entity keys and actions of audit entries that have no words (for the contract suite). */
export function unlabelledAudit(
  plugin: JicengPlugin<any>,
  entries: readonly { entity: string; action: string }[],
): string[] {
  const problems = new Set<string>();
  for (const e of entries) {
    const { plugin: owner, key } = auditOwner([plugin], e.entity);
    if (!owner) continue;
    if (!plugin.labels?.entities?.[key])
      problems.add(`labels.entities.${key}: audit entity ${e.entity} has no label`);
    if (!plugin.labels?.actions?.[e.action] && !CORE_AUDIT_ACTIONS[e.action])
      problems.add(`labels.actions.${e.action}: audit action on ${e.entity} has no label`);
  }
  return [...problems].sort();
}

const NAME_KEYS = [
  'name',
  'title',
  'memberName',
  'member_name',
  'displayName',
  'display_name',
  'letterNo',
  'letter_no',
];

function pickName(v: unknown): string | null {
  if (!v || typeof v !== 'object') return null;
  for (const k of NAME_KEYS) {
    const x = (v as Record<string, unknown>)[k];
    if (typeof x === 'string' && x.trim()) return x.trim();
  }
  return null;
}

function pickMemberId(v: unknown): number | null {
  if (!v || typeof v !== 'object') return null;
  const x = (v as Record<string, unknown>).member_id ?? (v as Record<string, unknown>).memberId;
  return typeof x === 'number' && Number.isInteger(x) ? x : null;
}

interface SubjectEntry {
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * A readable name for each entry's record, looked up in bulk for one page: core records by id (member, org, unit,
 * place, account, city), a plugin record by the name or member its before/after carries. Null when nothing
 * readable is known (the entity's word and id still say what it was).
 */
export async function auditSubjects(
  db: Kysely<CoreDatabase>,
  cityId: number,
  plugins: readonly JicengPlugin<any>[],
  entries: readonly SubjectEntry[],
  locale: Locale,
): Promise<(string | null)[]> {
  const want: Record<'member' | 'org' | 'unit' | 'place' | 'user', Set<number>> = {
    member: new Set(),
    org: new Set(),
    unit: new Set(),
    place: new Set(),
    user: new Set(),
  };
  const idOf = (e: SubjectEntry) => (e.entityId && /^\d+$/.test(e.entityId) ? Number(e.entityId) : null);
  for (const e of entries) {
    const id = idOf(e);
    if (e.entity in want && id != null) want[e.entity as keyof typeof want].add(id);
    else if (!pickName(e.after) && !pickName(e.before)) {
      const m = pickMemberId(e.after) ?? pickMemberId(e.before);
      if (m != null) want.member.add(m);
    }
  }
  const names = async (table: 'member' | 'org' | 'unit' | 'place', ids: Set<number>) => {
    if (!ids.size) return new Map<number, string>();
    const rows = await db
      .selectFrom(`core.${table}`)
      .select(['id', 'name'])
      .where('city_id', '=', cityId)
      .where('id', 'in', [...ids])
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  };
  const [member, org, unit, place, user] = await Promise.all([
    names('member', want.member),
    names('org', want.org),
    names('unit', want.unit),
    names('place', want.place),
    want.user.size
      ? db
          .selectFrom('core.app_user')
          .select(['id', 'display_name as name'])
          .where('id', 'in', [...want.user])
          .execute()
          .then((rows) => new Map(rows.map((r) => [r.id, r.name])))
      : new Map<number, string>(),
  ]);
  const byTable: Record<string, Map<number, string>> = { member, org, unit, place, user };
  return entries.map((e) => {
    const id = idOf(e);
    if (e.entity in byTable) return id != null ? (byTable[e.entity]!.get(id) ?? null) : null;
    if (e.entity === 'plugin') return plugins.find((p) => p.id === e.entityId)?.names[locale] ?? null;
    if (e.entity === 'job') {
      const [pluginId, jobId] = (e.entityId ?? '').split('/');
      const p = plugins.find((x) => x.id === pluginId);
      const job = p?.jobs?.find((j) => j.id === jobId);
      return p ? `${p.names[locale]} · ${job?.names[locale] ?? jobId}` : null;
    }
    const named = pickName(e.after) ?? pickName(e.before);
    if (named) return named;
    const m = pickMemberId(e.after) ?? pickMemberId(e.before);
    return m != null ? (member.get(m) ?? null) : null;
  });
}

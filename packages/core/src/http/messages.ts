import type { Locale } from './env';

/** Every message the API can send, in both languages. `{x}` is filled from params. */
export const MESSAGES = {
  validation_failed: { 'zh-CN': '输入有误：{detail}', en: 'Invalid input: {detail}' },
  field_invalid: { 'zh-CN': '字段 {field}：{message}', en: 'Field {field}: {message}' },
  malformed_json: { 'zh-CN': '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  text_nul: { 'zh-CN': '不能包含空字符（NUL，\\u0000）', en: 'must not contain a NUL character (\\u0000)' },
  not_found: { 'zh-CN': '未找到{entity}', en: '{entity} not found' },
  route_not_found: { 'zh-CN': '没有这个接口', en: 'No such route' },
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please log in' },
  forbidden: { 'zh-CN': '无权执行此操作', en: 'You may not do this' },
  forbidden_because: { 'zh-CN': '无权执行此操作：{reason}', en: 'You may not do this: {reason}' },
  login_failed: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  login_locked: {
    'zh-CN': '登录失败次数过多，请 {wait}后再试',
    en: 'Too many failed logins; try again in {wait}',
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
  not_demo_city: {
    'zh-CN': '只能为演示城市载入示例数据',
    en: 'Demo data can only be loaded into a demo city',
  },
  plugin_without_demo_data: { 'zh-CN': '此模式插件没有示例数据', en: 'This model plugin has no demo data' },
  password_change_required: {
    'zh-CN': '请先修改初始密码',
    en: 'Please change your initial password first',
  },
  password_too_weak: { 'zh-CN': '新密码至少 8 位', en: 'The new password needs at least 8 characters' },
  last_city_admin: {
    'zh-CN': '不能移除本城市最后一位城市管理员',
    en: 'The last city admin of a city cannot be removed',
  },
  job_running: {
    'zh-CN': '该任务正在运行（{startedAt} 开始），请稍后再试',
    en: 'This job is running (since {startedAt}); try again later',
  },
  internal: { 'zh-CN': '服务器内部错误，请稍后再试', en: 'Internal error; please try again later' },
  // Process and request hardening (issue 15): database away, CSRF, content type.
  database_unavailable: {
    'zh-CN': '数据库暂时无法连接，请稍后重试',
    en: 'The database is unavailable right now; please try again shortly',
  },
  not_ready: { 'zh-CN': '服务尚未就绪：数据库无法连接', en: 'Not ready: the database cannot be reached' },
  cross_site_refused: {
    'zh-CN': '拒绝来自其他网站的请求（Origin 不匹配）',
    en: 'Request refused: it comes from another site (Origin mismatch)',
  },
  unsupported_media_type: {
    'zh-CN': '请求体须为 JSON（Content-Type: application/json），收到的是 {type}',
    en: 'The request body must be JSON (Content-Type: application/json); got {type}',
  },
  // Onboarding a city (issue 17): its top committee, org dissolution, archiving.
  org_root_exists: {
    'zh-CN': '本城市已有最高党组织“{name}”，新党组织须指定上级',
    en: 'This city already has its top organization “{name}”; a new one needs a parent',
  },
  org_root_kind: {
    'zh-CN': '城市的最高党组织类型须为“市（区、县）委”',
    en: 'A city’s top organization must be of kind “City (district, county) committee”',
  },
  org_not_empty: {
    'zh-CN': '不能撤销“{name}”：还有 {what}',
    en: 'Cannot dissolve “{name}”: it still has {what}',
  },
  org_in_use: {
    'zh-CN': '不能撤销“{name}”：模式中仍有记录引用它（{table}）',
    en: 'Cannot dissolve “{name}”: a model still has records that refer to it ({table})',
  },
  org_move_target_inside: {
    'zh-CN': '党员不能转入将被撤销的党组织本身或其下级',
    en: 'Members cannot move into the organization being dissolved or below it',
  },
  roster_root_kind: {
    'zh-CN': '上级党组织为空的行是本城市的最高党组织，类型须为“市（区、县）委”',
    en: 'A row without a parent is the city’s top organization and must be of kind “City (district, county) committee”',
  },
  city_already_archived: { 'zh-CN': '城市“{name}”已归档', en: 'The city “{name}” is already archived' },
  city_not_archived: { 'zh-CN': '城市“{name}”未归档', en: 'The city “{name}” is not archived' },
  // Roster import (src/roster): problems of one row, then of a file or job.
  roster_required: { 'zh-CN': '必填项为空', en: 'Required, but empty' },
  roster_too_long: { 'zh-CN': '超过 {max} 个字', en: 'Longer than {max} characters' },
  roster_bad_id_number: {
    'zh-CN': '身份证号校验失败（应为 18 位，且出生日期与校验位正确）',
    en: 'The ID number fails its checksum (18 characters, with a valid birth date and check character)',
  },
  roster_id_number_as_number: {
    'zh-CN': '身份证号被 Excel 存成了数字，末几位已丢失：请把该列设为文本格式后重新填写',
    en: 'Excel stored the ID number as a number and lost its last digits: format the column as text and re-enter it',
  },
  roster_id_number_masked: {
    'zh-CN': '身份证号是脱敏的（中间为 *），无法导入',
    en: 'The ID number is masked (asterisks in the middle) and cannot be imported',
  },
  roster_id_number_rounded: {
    'zh-CN': '提示：身份证号末三位是 000，可能是 Excel 把它存成数字后丢失了末几位；已按原样导入，请核对',
    en: 'Note: the ID number ends in 000, which is what Excel leaves when it stores an ID number as a number; imported as written, please check it',
  },
  roster_masked_file: {
    'zh-CN':
      '这是一份脱敏导出的文件（{rows} 行的身份证号中间是 *），不能用来导入。请由城市管理员导出完整信息，或在导入模板中填写完整的身份证号',
    en: 'This is a masked export ({rows} rows have ID numbers with asterisks) and cannot be imported. Ask a city admin for a full export, or fill in complete ID numbers in the import template',
  },
  roster_bad_phone: {
    'zh-CN': '不是有效的手机号（11 位，以 1 开头）',
    en: 'Not a mobile number (11 digits starting with 1)',
  },
  roster_bad_date: {
    'zh-CN': '无法识别的日期“{value}”，请写成 YYYY-MM-DD',
    en: 'Unrecognised date “{value}”; write it as YYYY-MM-DD',
  },
  place_attribute_unknown: {
    'zh-CN': '本城市启用的模型没有地点属性“{key}”',
    en: 'No model enabled in this city has the place attribute “{key}”',
  },
  place_attribute_kind: {
    'zh-CN': '“{attribute}”只适用于：{kinds}',
    en: '“{attribute}” applies only to: {kinds}',
  },
  place_attribute_value: {
    'zh-CN': '“{value}”不是有效的{attribute}，可选：{allowed}',
    en: '“{value}” is not a valid {attribute}; one of: {allowed}',
  },
  roster_bad_value: {
    'zh-CN': '“{value}”不是有效的取值，可选：{allowed}',
    en: '“{value}” is not valid; one of: {allowed}',
  },
  roster_unknown_ref: {
    'zh-CN': '本城市没有名为“{value}”的{entity}',
    en: 'No {entity} named “{value}” in this city',
  },
  roster_ambiguous_ref: {
    'zh-CN': '有 {count} 个{entity}名为“{value}”，请改填编号：{ids}',
    en: '{count} records ({entity}) are named “{value}”; write the id instead: {ids}',
  },
  roster_out_of_scope_ref: {
    'zh-CN': '{entity}“{value}”不在您的管理范围内',
    en: '{entity} “{value}” is outside your scope',
  },
  roster_duplicate_in_file: { 'zh-CN': '与文件第 {row} 行重复', en: 'Duplicates row {row} of the file' },
  roster_duplicate_existing: {
    'zh-CN': '该身份证号已登记给“{name}”，姓名不一致',
    en: 'This ID number is already registered to “{name}”; the names differ',
  },
  roster_existing_out_of_scope: {
    'zh-CN': '该身份证号已登记在您管理范围以外的党组织',
    en: 'This ID number is registered with an organization outside your scope',
  },
  roster_example_row: {
    'zh-CN': '这是模板里的示例行，请删除',
    en: 'This is the template’s example row; delete it',
  },
  roster_exists_elsewhere: {
    'zh-CN': '同名{entity}已存在，上级为“{parent}”',
    en: 'A record ({entity}) with this name already exists under “{parent}”',
  },
  roster_missing_columns: {
    'zh-CN': '文件缺少必填列：{columns}。文件中的表头是：{found}',
    en: 'The file lacks required columns: {columns}. Its headers are: {found}',
  },
  roster_no_header: {
    'zh-CN': '前 10 行中没有找到表头（应包含：{columns}），请使用模板。文件第一行是：{found}',
    en: 'No header row in the first 10 rows (expected: {columns}); please use the template. The first row reads: {found}',
  },
  roster_empty_file: { 'zh-CN': '文件中没有数据行', en: 'The file has no data rows' },
  roster_unreadable: { 'zh-CN': '无法读取文件：{detail}', en: 'The file cannot be read: {detail}' },
  roster_file_too_large: { 'zh-CN': '文件超过 {max} MB', en: 'The file is larger than {max} MB' },
  spreadsheet_limit_inflated: {
    'zh-CN': '文件解压后超过 {max} 字节，已拒绝（可能是压缩炸弹）',
    en: 'The file inflates to more than {max} bytes and was refused (a zip bomb?)',
  },
  spreadsheet_limit_ratio: {
    'zh-CN': '文件压缩比超过 {max} 倍，已拒绝（可能是压缩炸弹）',
    en: 'The file is compressed more than {max} times and was refused (a zip bomb?)',
  },
  spreadsheet_limit_rows: { 'zh-CN': '文件超过 {max} 行', en: 'The file has more than {max} rows' },
  spreadsheet_limit_columns: {
    'zh-CN': '文件超过 {max} 列（有内容的单元格超出了第 {max} 列）',
    en: 'The file has more than {max} columns (a cell with a value lies past column {max})',
  },
  spreadsheet_limit_cell: {
    'zh-CN': '有单元格超过 {max} 个字符',
    en: 'A cell holds more than {max} characters',
  },
  spreadsheet_limit_strings: {
    'zh-CN': '文件的共享字符串超过 {max} 个',
    en: 'The file has more than {max} shared strings',
  },
  spreadsheet_limit_element: {
    'zh-CN': '文件中一行或一段文字超过 {max} 个字符，无法读取',
    en: 'A row or text run in the file is longer than {max} characters and cannot be read',
  },
  body_too_large: {
    'zh-CN': '请求体超过 {max}，已拒绝',
    en: 'The request body is larger than {max} and was refused',
  },
  request_timeout: {
    'zh-CN': '请求处理超过 {seconds} 秒，已中止，请稍后再试',
    en: 'The request took longer than {seconds} seconds and was stopped; please try again',
  },
  roster_file_type: {
    'zh-CN': '只支持 .xlsx 和 .csv 文件（.xls 请在 Excel 中另存为 .xlsx）',
    en: 'Only .xlsx and .csv files are accepted (save an .xls file as .xlsx in Excel)',
  },
  roster_has_errors: {
    'zh-CN': '文件有 {rows} 行存在问题：请修正后重新上传，或选择“只导入无误的行”',
    en: '{rows} rows have problems: fix the file and upload it again, or choose “good rows only”',
  },
  roster_job_state: {
    'zh-CN': '导入任务当前状态为 {status}，不能执行此操作',
    en: 'The import job is {status}; this cannot be done now',
  },
  roster_merge_failed: {
    'zh-CN': '导入失败，数据库未做任何更改：{detail}',
    en: 'The import failed and nothing was changed: {detail}',
  },
  roster_changed_since_check: {
    'zh-CN': '检查之后数据有变化：{rows} 个身份证号已登记给其他姓名。数据库未做任何更改，请重新上传',
    en: 'Data changed since the check: {rows} ID numbers are now registered to other names. Nothing was changed; upload again',
  },
  roster_interrupted: {
    'zh-CN': '导入被中断（服务进程退出），数据库未做任何更改，请重新上传',
    en: 'The import was interrupted (the server process stopped); nothing was changed; upload again',
  },
  roster_staging_lost: {
    'zh-CN': '检查结果已丢失（数据库曾重启），数据库未做任何更改，请重新上传',
    en: 'The checked rows were lost (the database restarted); nothing was changed; upload again',
  },
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
  import_job: { 'zh-CN': '导入任务', en: 'Import job' },
  job: { 'zh-CN': '定时任务', en: 'Scheduled job' },
};

/** A param in both languages, for plugins, whose own words are not in MESSAGES: `{ 'zh-CN': '…', en: '…' }`. */
export function isLocalized(value: unknown): value is Record<Locale, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['zh-CN'] === 'string' &&
    typeof (value as Record<string, unknown>).en === 'string'
  );
}

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
    if (isLocalized(value)) return value[locale];
    return value === undefined ? '' : String(value);
  });
}

export function localeFrom(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

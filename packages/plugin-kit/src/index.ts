import { crossModelIndicator, type JicengPlugin, type UntypedTables, validatePlugin } from '@jiceng/core';

export {
  type ActionAnswer,
  type ActionsMap,
  ApiError,
  type AppEnv,
  actionsFor,
  actionsSchema,
  allow,
  allowBody,
  assertInCity,
  badRequest,
  type CityAccess,
  type Clock,
  type CoreDatabase,
  CROSS_MODEL_INDICATORS,
  type CsvTable,
  cellText,
  conflict,
  csvCell,
  deny,
  describe,
  type ExportColumn,
  enforce,
  fileField,
  forbidden,
  hasVisibleText,
  type IndicatorQuery,
  type IndicatorValue,
  // 居民身份证号 check character, for demo seeds that generate ID numbers.
  idNumberCheckChar,
  idParam,
  itemsOf,
  type JicengPlugin,
  type Locale,
  type LocalizedText,
  localizedIssue,
  maskIdNumber,
  maskName,
  maskPhone,
  nameText,
  neutralizeFormula,
  notApplicable,
  notFound,
  okSchema,
  orgInScope,
  orgPathFilter,
  type Period,
  type Permit,
  type PluginAsker,
  type PluginContext,
  type PluginEnv,
  type PlaceAttribute,
  type PluginFeature,
  type PluginIndicator,
  type PluginJob,
  type PluginJobInput,
  type PluginNotice,
  type PluginOutcomes,
  type PluginSeedInput,
  pageOf,
  paging,
  parseOrThrow,
  pathInScope,
  RosterFileError,
  rate,
  // CSV uploads: one reader for core and plugins (UTF-8, GBK/GB18030, UTF-16; comma, semicolon or tab).
  readCsvTable,
  readXlsxRows,
  readXlsxSheet,
  recordAudit,
  refusalReason,
  requireCityAdmin,
  requireOrgAdmin,
  runStatements,
  type SchemaAgrees,
  type SchemaMismatches,
  type TextEncoding,
  toCsv,
  toLocalDate,
  toXlsx,
  type UntypedTables,
  validate,
  type WorkItem,
  XLSX,
  xlsxResponse,
} from '@jiceng/core';

/**
 * The one call a plugin makes. The manifest is checked by the same validator for every plugin,
 * so a broken plugin fails when it is imported, not when a city first uses it.
 */
export function definePlugin<Config extends Record<string, unknown>, Tables = UntypedTables>(
  plugin: JicengPlugin<Config, Tables>,
): JicengPlugin<Config, Tables> {
  validatePlugin(plugin, (id) => !!crossModelIndicator(id));
  return plugin;
}

/** Bulk-insert and deterministic-randomness helpers for demo seeders. */
export {
  insertBatches,
  intBetween,
  pick,
  seededRandom,
  spread,
  weighted,
  withForeignKeysCheckedAfter,
} from '@jiceng/core/demo';
export { isoDate, isRealIsoDate } from './dates';

/** The toolkit: refusals, text, numbers, calendar, scope and audit helpers shared by every plugin. */
export * from './toolkit';

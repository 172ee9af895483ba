import { crossModelIndicator, type JicengPlugin, type UntypedTables, validatePlugin } from '@jiceng/core';

export {
  allowBody,
  ApiError,
  type AppEnv,
  assertInCity,
  badRequest,
  type CityAccess,
  type Clock,
  conflict,
  CROSS_MODEL_INDICATORS,
  describe,
  fileField,
  forbidden,
  itemsOf,
  okSchema,
  pageOf,
  XLSX,
  type IndicatorQuery,
  type IndicatorValue,
  idParam,
  type JicengPlugin,
  type Locale,
  type LocalizedText,
  localizedIssue,
  maskIdNumber,
  maskName,
  maskPhone,
  nameText,
  hasVisibleText,
  notApplicable,
  notFound,
  orgInScope,
  orgPathFilter,
  paging,
  parseOrThrow,
  pathInScope,
  type Period,
  type PluginContext,
  type PluginEnv,
  type PluginFeature,
  type PluginIndicator,
  type PluginJob,
  type PluginJobInput,
  type PluginSeedInput,
  type SchemaAgrees,
  type SchemaMismatches,
  type UntypedTables,
  type CoreDatabase,
  rate,
  recordAudit,
  requireCityAdmin,
  requireOrgAdmin,
  runStatements,
  toLocalDate,
  toXlsx,
  readXlsxRows,
  readXlsxSheet,
  cellText,
  // CSV uploads: one reader for core and plugins (UTF-8, GBK/GB18030, UTF-16; comma, semicolon or tab).
  readCsvTable,
  type CsvTable,
  RosterFileError,
  type TextEncoding,
  csvCell,
  neutralizeFormula,
  toCsv,
  xlsxResponse,
  type ExportColumn,
  validate,
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

export { createTestApp, TEST_START, type TestApp, type TestWorld } from './app';
export { type TestResponse, testClient } from './client';
export {
  createTestDatabase,
  dropRunDatabases,
  templateDirOf,
  testDatabaseKinds,
  withDatabase,
} from './databases';
export { databaseFingerprint, VOLATILE_TABLES } from './fingerprint';
export { fixtures } from './fixtures';
export { farColumnXlsx, xlsxWithSheet, zipBombXlsx, zipOf } from './hostile-files';
export { PASSWORD, twoCityWorld } from './world';
export { type ColumnInfo, schemaColumns, schemaTypesText } from './schema-types';
export { sizeBandPlugin } from '../places/test-plugin';

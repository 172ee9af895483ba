export { testClient, type TestResponse } from './client';
export {
  createTestDatabase,
  dropRunDatabases,
  templateDirOf,
  testDatabaseKinds,
  withDatabase,
} from './databases';
export { databaseFingerprint, VOLATILE_TABLES } from './fingerprint';
export { fixtures } from './fixtures';
export { PASSWORD, twoCityWorld } from './world';
export { farColumnXlsx, xlsxWithSheet, zipBombXlsx, zipOf } from './hostile-files';

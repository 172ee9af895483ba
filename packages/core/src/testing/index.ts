export { testClient, type TestResponse } from './client';
export {
  createTestDatabase,
  dropRunDatabases,
  templateDirOf,
  testDatabaseKinds,
  withDatabase,
} from './databases';
export { fixtures } from './fixtures';
export { PASSWORD, twoCityWorld } from './world';
export { farColumnXlsx, xlsxWithSheet, zipBombXlsx, zipOf } from './hostile-files';

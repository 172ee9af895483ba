export { testClient, type TestResponse } from './client';
export { createTestDatabase, dropPostgresTemplates, testDatabaseKinds, withDatabase } from './databases';
export { fixtures } from './fixtures';
export { PASSWORD, twoCityWorld } from './world';

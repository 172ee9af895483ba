export { manualClock } from '@jiceng/core';
export { seedCity, seededRandom, smallCitySpec } from '@jiceng/core/demo';
export {
  createTestDatabase,
  farColumnXlsx,
  fixtures,
  schemaTypesText,
  PASSWORD,
  testClient,
  testDatabaseKinds,
  twoCityWorld,
  zipBombXlsx,
} from '@jiceng/core/testing';
export { createPluginTestBackend, type PluginTestBackend, pluginMigrationSet } from './backend';
export { answerProblems, crawlGetRoutes, referenceChecker } from './checks/responses';
export { openApiProblems } from './checks/routes';
export { configLabelGaps, contractBackend, runContractSuite } from './contract';
export { expectSchemaTypes } from './schema-types';

export { analyzeSchemas, insertBatches, withForeignKeysCheckedAfter } from './bulk';
export {
  type CitySpec,
  DEMO_PASSWORD,
  type SeededCity,
  type SeedProgress,
  seedCity,
  seedPlatformAdmin,
  smallCitySpec,
} from './city';
export { intBetween, pick, seededRandom, spread, weighted } from './random';

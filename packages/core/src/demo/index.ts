export { DEMO_PASSWORD, seedPlatformAdmin } from './accounts';
export { analyzeSchemas, insertBatches, withForeignKeysCheckedAfter } from './bulk';
export { seedCity } from './city';
export { intBetween, pick, seededRandom, spread, weighted } from './random';
export { type CitySpec, type SeededCity, type SeedProgress, smallCitySpec } from './spec';

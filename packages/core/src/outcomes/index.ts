export * from './contract';
export * from './indicators';
export { refreshOutcomeSnapshots } from './job';
export { type CitySources, citySources, computeLive, sharedForScopes, sourcesOf } from './service';
export { refreshCity } from './snapshots';

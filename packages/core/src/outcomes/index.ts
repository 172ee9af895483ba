export * from './contract';
export * from './indicators';

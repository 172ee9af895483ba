export { DEMO_CITIES } from './demo/cities';
export { seedDemo } from './demo/seed';
export { installedPlugins } from './registry';
export { createServerApp, startServer } from './server';
export { settings } from './settings';

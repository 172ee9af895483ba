import { runContractSuite } from '@jiceng/plugin-kit/testing';
import plugin from './index';

runContractSuite(plugin, { tablesFile: new URL('./server/db.generated.ts', import.meta.url) });

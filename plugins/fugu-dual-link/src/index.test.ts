import { runContractSuite } from '@jiceng/plugin-kit/testing';
import plugin from './index';

runContractSuite(plugin);

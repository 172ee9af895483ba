import { jicengProject } from '../../vitest.shared.ts';

export default jicengProject('fugu-dual-link');

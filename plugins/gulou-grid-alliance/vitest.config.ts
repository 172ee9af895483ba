import { jicengProject } from '../../vitest.shared.ts';

export default jicengProject('gulou-grid-alliance');

import { jicengProject } from '../../vitest.shared.ts';

export default jicengProject('longyan-return-home');

import { jicengProject } from '../../vitest.shared.ts';

export default jicengProject('luqiao-regional');

import { OUTCOME_FACTS, SHARED_INDICATORS } from '@jiceng/core';
import { describe, expect, it } from 'vitest';
import { SHARED_INDICATOR_NAMES } from '../../apps/web/src/compare/shared-indicators';
import { OUTCOME_FACTS as WEB_FACTS } from '../../apps/web/src/compare/types';

// The web shell may not import core, so it keeps a copy of the shared indicators' names (for the overview's trend
// charts) and of the outcome facts; a change in core must show here, not as a wrong title on a chart.
describe("the shell's copy of the shared indicators", () => {
  it('names every shared indicator as core does, in the same order, with its unit and direction', () => {
    expect(SHARED_INDICATOR_NAMES).toEqual(
      SHARED_INDICATORS.map(({ id, names, unit, direction }) => ({ id, names, unit, direction })),
    );
  });
  it('knows the same outcome facts', () => {
    expect([...WEB_FACTS]).toEqual([...OUTCOME_FACTS]);
  });
});

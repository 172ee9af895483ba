import type { ApiResponse, CityResponse } from '../typed-api';

// The answers of /api/compare, /api/compare/trends and a city's indicator roll-up, as the API documents them
// (core-api.generated.ts, from core's schemas): the views below only name their parts.

/** GET /api/compare: the chosen indicators side by side, one column per city or org subtree. */
export type CompareResult = ApiResponse<'/api/compare'>;
/** Which indicators a comparison asks for: the shared ones (one definition for every city), the models' own, both. */
export type IndicatorSet = CompareResult['set'];
/** An indicator's definition, who computes it; a shared one (computed by core from the facts) names its facts. */
export type CompareIndicator = CompareResult['indicators'][number];
export type IndicatorUnit = CompareIndicator['unit'];
export type CompareColumn = CompareResult['columns'][number];
/** A column's figure for an indicator, or why it is not applicable. */
export type IndicatorValue = CompareColumn['values'][string]['value'];
/** A figure a model's published source gives for an indicator: drawn beside the computed value, never instead. */
export type CompareReference = CompareColumn['references'][string][number];

/** The five outcome facts every model produces in its own way (or declares not applicable). */
export type OutcomeFact = NonNullable<CompareIndicator['facts']>[number];
/** Every fact, once, in the API's order; a fact the API adds or drops fails the type check here. */
const allFacts = <const T extends readonly OutcomeFact[]>(
  facts: T & ([Exclude<OutcomeFact, T[number]>] extends [never] ? unknown : never),
) => facts;
export const OUTCOME_FACTS = allFacts(['engagement', 'service', 'request', 'project', 'coverage']);

/** GET /api/compare/trends (and a city's outcomes/trends): shared indicators month by month. */
export type TrendsResult = ApiResponse<'/api/compare/trends'>;

/** GET indicators/{indicatorId}/rollup: one indicator for each child org of a node. */
export type RollupResult = CityResponse<'/indicators/{indicatorId}/rollup'>;

/**
 * 新城市上线清单: what a new city still lacks, in the order a 组织部 sets it up. Each step is computed from the
 * city's data (nothing is ticked by hand) and names the shell page that does it and, for imports, the template.
 */
export const SETUP_STEPS = [
  'rootOrg',
  'orgTree',
  'places',
  'units',
  'members',
  'model',
  'cityAdmins',
] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

export interface SetupFacts {
  hasRoot: boolean;
  orgs: number;
  places: number;
  units: number;
  members: number;
  enabledModels: number;
  cityAdmins: number;
}

export interface SetupStep {
  key: SetupStepKey;
  done: boolean;
  /** How many there are (orgs below the root, places, …), for the step's caption. */
  count: number;
  /** The shell page, relative to /c/:city. */
  page: string;
  /** The import template, relative to /api/cities/:city, where the step is an import. */
  template: string | null;
}

const importStep = (kind: string) => ({
  page: `import?kind=${kind}`,
  template: `roster/templates/${kind}.xlsx`,
});

export function setupSteps(f: SetupFacts): {
  steps: SetupStep[];
  complete: boolean;
  next: SetupStepKey | null;
} {
  const below = Math.max(0, f.orgs - (f.hasRoot ? 1 : 0));
  const steps: SetupStep[] = [
    { key: 'rootOrg', done: f.hasRoot, count: f.hasRoot ? 1 : 0, page: 'orgs', template: null },
    // The tree counts once something hangs below the root committee.
    { key: 'orgTree', done: f.hasRoot && below > 0, count: below, ...importStep('orgs') },
    { key: 'places', done: f.places > 0, count: f.places, ...importStep('places') },
    { key: 'units', done: f.units > 0, count: f.units, ...importStep('units') },
    { key: 'members', done: f.members > 0, count: f.members, ...importStep('members') },
    { key: 'model', done: f.enabledModels > 0, count: f.enabledModels, page: 'admin/models', template: null },
    { key: 'cityAdmins', done: f.cityAdmins > 0, count: f.cityAdmins, page: 'admin/people', template: null },
  ];
  const next = steps.find((s) => !s.done)?.key ?? null;
  return { steps, complete: next === null, next };
}

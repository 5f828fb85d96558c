import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest test files, longest first: started at once, they run beside all the short ones, so
 * the run is not left waiting on one long file at its end (measured: 571 s when they came last).
 */
const SLOW_FIRST = [
  // The two that bundle functions (one through @netlify/dev at every request) start first, beside
  // two browser files instead of three: under three browsers their start-up passed its time limit.
  'tests/host/host-conformance',
  'tests/host/deploy-bundles',
  'tests/a11y/dossier-axe',
  'tests/a11y/axe',
  'tests/a11y/pa11y',
  'tests/a11y/dossier-pa11y',
  'tests/budgets/page-states',
  'tests/e2e/',
];

const rank = (file: TestSpecification) => {
  const index = SLOW_FIRST.findIndex((prefix) => file.moduleId.includes(`/${prefix}`));
  return index < 0 ? SLOW_FIRST.length : index;
};

/** Vitest's own order, with the slow files moved to the front. */
export default class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

// @ts-check
/**
 * How many times the bench runs Lighthouse on a page, and which run it reports. One run on a
 * shared machine moves by several points of performance score; Lighthouse's guide
 * (docs/variability.md, "Run Lighthouse multiple times") says to run it several times and report
 * the median run, as its own `computeMedianRun` picks it: the run nearest the medians of FCP and
 * time to interactive, so that the figures reported come from one real run. Read by scripts/bench.mjs.
 */
import {computeMedianRun, filterToValidRuns} from 'lighthouse/core/lib/median-run.js';

/** Runs per page and form when --runs is not given (more runs, less variance, a longer bench). */
export const DEFAULT_RUNS = 3;
const MOST = 9;

/**
 * The runs asked for on the command line (`--runs=N`, once, N a whole number from 1 to 9), or the
 * default: read as scripts/cpu-slowdown.mjs's cpuSlowdownArgument reads its option.
 * @param {string[]} argv
 */
export function runsArgument(argv) {
  const given = argv.filter((a) => /^--runs(=|$)/.test(a));
  if (given.length === 0) return DEFAULT_RUNS;
  const value = given.length === 1 ? (given[0]?.match(/^--runs=(\d+)$/)?.[1] ?? '') : '';
  if (value === '' || Number(value) < 1 || Number(value) > MOST) {
    throw new Error(`bench: ${given.join(' ')}: write --runs=N once, N a whole number from 1 to ${MOST} (the default is ${DEFAULT_RUNS})`);
  }
  return Number(value);
}

/**
 * The median run of `runs` (Lighthouse's computeMedianRun), among those that measured FCP and
 * time to interactive; if none did, the first, whose missing figures the bench reports as unmeasured.
 * @template {{audits: object}} R a Lighthouse result, or the part of it the bench reads
 * @param {R[]} runs at least one
 * @returns {R}
 */
export function medianRun(runs) {
  const [first] = runs;
  if (!first) throw new Error('bench: no Lighthouse run to take the median of');
  // Lighthouse's functions read only `audits[id].numericValue`; they are typed for a whole result.
  const whole = /** @type {import('lighthouse').Result[]} */ (/** @type {unknown} */ (runs));
  const valid = filterToValidRuns(whole);
  return valid.length ? /** @type {R} */ (/** @type {unknown} */ (computeMedianRun(valid))) : first;
}

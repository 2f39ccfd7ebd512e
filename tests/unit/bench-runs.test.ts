// @vitest-environment node
/** How many Lighthouse runs the bench makes of a page, and which one it reports (scripts/bench-runs.mjs). */
import {DEFAULT_RUNS, medianRun, runsArgument} from '../../scripts/bench-runs.mjs';

/** A Lighthouse result with only what the median reads, and a name to tell the runs apart. */
const run = (name: string, fcp: number, tti: number | undefined) => ({
  name,
  audits: {
    'first-contentful-paint': {numericValue: fcp},
    interactive: tti === undefined ? {errorMessage: 'trace failed'} : {numericValue: tti},
  },
});

describe('medianRun', () => {
  it('picks the run nearest the medians of FCP and time to interactive, not the best or the last', () => {
    const runs = [
      run('slow', 1400, 2600),
      run('tie', 900, 1300),
      run('fast', 700, 900),
      run('near', 950, 1250),
      run('outlier', 3000, 5000),
    ];
    // Medians: FCP 950, TTI 1300; 'near' is 0 + 50² away, 'tie' 50² + 0: the tie goes to the lower TTI.
    expect(medianRun(runs).name).toBe('near');
    expect(medianRun([run('a', 800, 1000), run('b', 1000, 1500), run('c', 1200, 2000)]).name).toBe('b');
  });

  it('leaves out the runs that did not measure both, and with none measured gives the first', () => {
    expect(medianRun([run('broken', 900, undefined), run('low', 800, 1000), run('middle', 900, 1200), run('high', 1000, 1400)]).name).toBe(
      'middle',
    );
    // Of two equally near, the lower time to interactive.
    expect(medianRun([run('broken', 900, undefined), run('low', 800, 1000), run('high', 1000, 1400)]).name).toBe('low');
    expect(medianRun([run('first', 900, undefined), run('second', 800, undefined)]).name).toBe('first');
    expect(medianRun([run('only', 900, 1200)]).name).toBe('only');
  });

  it('stops on no run at all, saying so', () => {
    expect(() => medianRun([])).toThrow(/no Lighthouse run/);
  });
});

describe('runsArgument', () => {
  it('reads --runs=N, and gives the default when it is not given', () => {
    expect(runsArgument(['node', 'bench.mjs', '--no-build', '--runs=5'])).toBe(5);
    expect(runsArgument(['--runs=1'])).toBe(1);
    expect(runsArgument(['--runs=9'])).toBe(9);
    expect(runsArgument(['node', 'bench.mjs', '--peers', '--cpu-slowdown=4'])).toBe(DEFAULT_RUNS);
    expect(DEFAULT_RUNS).toBe(3);
  });

  it('stops on a count that is missing, not a whole number, out of 1 to 9, or given twice', () => {
    for (const argv of [['--runs'], ['--runs='], ['--runs=2.5'], ['--runs=0'], ['--runs=10'], ['--runs=x'], ['--runs=3', '--runs=3']]) {
      expect(() => runsArgument(argv), argv.join(' ')).toThrow(/write --runs=N once, N a whole number from 1 to 9/);
    }
  });
});

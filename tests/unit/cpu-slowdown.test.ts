// @vitest-environment node
/** The bench's mobile CPU slowdown from this machine's BenchmarkIndex (scripts/cpu-slowdown.mjs). */
import {cpuSlowdownArgument, cpuSlowdownFor} from '../../scripts/cpu-slowdown.mjs';

describe('cpuSlowdownFor', () => {
  it("gives Lighthouse's calculator's slowdowns at its landmarks, and between them", () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1300)).toBe(3);
    // A typical high-end desktop: Lighthouse's default.
    expect(cpuSlowdownFor(1533)).toBe(4);
    expect(cpuSlowdownFor(2000)).toBe(6);
    // This kind of machine: the low end of a low-end desktop.
    expect(cpuSlowdownFor(1041)).toBe(2.5);
    expect(cpuSlowdownFor(475)).toBe(1.5);
  });

  it('stops, saying why, on a machine too slow to stand for the phone, or on no index', () => {
    expect(() => cpuSlowdownFor(149)).toThrow(/BenchmarkIndex is 149; below 150.*--cpu-slowdown=N/);
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/BenchmarkIndex is NaN/);
  });
});

describe('cpuSlowdownArgument', () => {
  it('reads --cpu-slowdown=N, and nothing when it is not given', () => {
    expect(cpuSlowdownArgument(['node', 'bench.mjs', '--no-build', '--cpu-slowdown=4'])).toBe(4);
    expect(cpuSlowdownArgument(['node', 'bench.mjs', '--cpu-slowdown=2.5'])).toBe(2.5);
    expect(cpuSlowdownArgument(['node', 'bench.mjs', '--peers'])).toBeUndefined();
  });

  it('stops on a slowdown that is missing, not a number or below 1', () => {
    for (const bad of ['--cpu-slowdown', '--cpu-slowdown=', '--cpu-slowdown=fast', '--cpu-slowdown=0.5']) {
      expect(() => cpuSlowdownArgument([bad])).toThrow(/write --cpu-slowdown=N, N a number of at least 1/);
    }
  });
});

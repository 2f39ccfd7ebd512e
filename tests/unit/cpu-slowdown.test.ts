// @vitest-environment node
/** The bench's mobile CPU slowdown from this machine's BenchmarkIndex (scripts/cpu-slowdown.mjs). */
import {desktopConfig} from 'lighthouse';
import {cpuSlowdownArgument, cpuSlowdownFor, lighthouseSettings} from '../../scripts/cpu-slowdown.mjs';

describe('cpuSlowdownFor', () => {
  it("gives Lighthouse's calculator's slowdowns at its landmarks, and between them", () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1300)).toBe(3);
    // A typical high-end desktop: Lighthouse's default.
    expect(cpuSlowdownFor(1533)).toBe(4);
    expect(cpuSlowdownFor(2000)).toBe(6);
    expect(cpuSlowdownFor(475)).toBe(1.5);
    // The medians of the two runs in bench/HISTORY.md.
    expect(cpuSlowdownFor(1188)).toBe(2.8);
    expect(cpuSlowdownFor(1214)).toBe(2.8);
  });

  it('rounds as the calculator prints (toFixed), not half up', () => {
    expect(cpuSlowdownFor(1075)).toBe(2.5);
    expect(cpuSlowdownFor(825)).toBe(2);
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
    expect(cpuSlowdownArgument(['--cpu-slowdown=1'])).toBe(1);
    expect(cpuSlowdownArgument(['--cpu-slowdown=20'])).toBe(20);
    expect(cpuSlowdownArgument(['node', 'bench.mjs', '--peers'])).toBeUndefined();
  });

  it('stops on a slowdown that is missing, not a plain number, out of 1 to 20, or given twice', () => {
    const bad = [
      ['--cpu-slowdown'],
      ['--cpu-slowdown='],
      ['--cpu-slowdown=fast'],
      ['--cpu-slowdown=0.5'],
      ['--cpu-slowdown=21'],
      ['--cpu-slowdown=3=4'],
      ['--cpu-slowdown=0x10'],
      ['--cpu-slowdown=1e1'],
      ['--cpu-slowdown=Infinity'],
      ['--cpu-slowdown=2', '--cpu-slowdown=3'],
    ];
    for (const argv of bad) expect(() => cpuSlowdownArgument(argv)).toThrow(/write --cpu-slowdown=N once, N a number from 1 to 20/);
  });

  it('leaves other options alone, even those that begin alike', () => {
    expect(cpuSlowdownArgument(['--cpu-slowdowns=2'])).toBeUndefined();
  });
});

describe('lighthouseSettings', () => {
  it("gives mobile runs only the slowdown, over Lighthouse's defaults, and desktop runs Lighthouse's desktop settings", () => {
    expect(lighthouseSettings('mobile', 2.8)).toEqual({flags: {throttling: {cpuSlowdownMultiplier: 2.8}}, config: undefined});
    expect(lighthouseSettings('desktop', 2.8)).toEqual({flags: {}, config: desktopConfig});
  });
});

// @ts-check
/**
 * How much the bench's mobile runs slow the CPU, so that the machine it runs on stands for the phone
 * Lighthouse means (its "mid-tier mobile"). Lighthouse's default, 4×, assumes a high-end desktop
 * (a BenchmarkIndex of 1500 to 2000); on a slower machine it stands for a slower phone, and
 * Lighthouse warns below 1000. Lighthouse's guide says to calibrate (docs/throttling.md,
 * "Calibrating the CPU slowdown"); this is the mapping of the calculator that guide links:
 * 150 → 1×, 800 → 2×, 1300 → 3×, then 1× more per 233 (1533 → 4×), rounded to a tenth as it prints.
 * Read by scripts/bench.mjs.
 */

/** @param {number} benchmarkIndex Lighthouse's `environment.benchmarkIndex` of this machine */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex < 150) {
    throw new Error(
      `bench: this machine's BenchmarkIndex is ${benchmarkIndex}; below 150 it cannot stand for Lighthouse's phone. Run the bench on a faster machine, or choose the slowdown with --cpu-slowdown=N`,
    );
  }
  const slowdown =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + (benchmarkIndex - 150) / 650;
  return Math.round(slowdown * 10) / 10;
}

/**
 * The slowdown asked for on the command line (`--cpu-slowdown=N`), or undefined.
 * @param {string[]} argv
 */
export function cpuSlowdownArgument(argv) {
  const given = argv.find((a) => a.startsWith('--cpu-slowdown'));
  if (given === undefined) return undefined;
  const value = Number(given.split('=')[1]);
  if (!given.includes('=') || !Number.isFinite(value) || value < 1) {
    throw new Error(`bench: ${given}: write --cpu-slowdown=N, N a number of at least 1 (Lighthouse's default is 4)`);
  }
  return value;
}

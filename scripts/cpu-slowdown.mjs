// @ts-check
/**
 * How much the bench's mobile runs slow the CPU, so that the machine it runs on stands for the phone
 * Lighthouse means (its "mid-tier mobile"). Lighthouse's default, 4×, assumes a high-end desktop
 * (a BenchmarkIndex of 1500 to 2000); on a slower machine it stands for a slower phone (Lighthouse's
 * command line warns at 1000 or below, the Node API that the bench calls does not). Lighthouse's
 * throttling guide (docs/throttling.md, "Calibrating the CPU slowdown") says one may calibrate;
 * this is the mapping of the calculator that guide links: 150 → 1×, 800 → 2×, 1300 → 3×, then 1×
 * more per 233 (1533 → 4×), to a tenth as the calculator prints it (toFixed). Read by scripts/bench.mjs.
 */
import {desktopConfig} from 'lighthouse';

/** The largest slowdown the guide's table names (a low-end phone from a high-end desktop). */
const MOST = 20;

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
  return Number(slowdown.toFixed(1));
}

/**
 * The slowdown asked for on the command line (`--cpu-slowdown=N`, once, N from 1 to 20), or undefined.
 * @param {string[]} argv
 */
export function cpuSlowdownArgument(argv) {
  const given = argv.filter((a) => /^--cpu-slowdown(=|$)/.test(a));
  if (given.length === 0) return undefined;
  const value = given.length === 1 ? (given[0]?.match(/^--cpu-slowdown=(\d+(?:\.\d+)?)$/)?.[1] ?? '') : '';
  if (value === '' || Number(value) < 1 || Number(value) > MOST) {
    throw new Error(`bench: ${given.join(' ')}: write --cpu-slowdown=N once, N a number from 1 to ${MOST} (Lighthouse's default is 4)`);
  }
  return Number(value);
}

/**
 * What a Lighthouse run of the bench is given: mobile, Lighthouse's default settings with this
 * run's CPU slowdown (the network throttling stays Lighthouse's); desktop, Lighthouse's desktop
 * settings, untouched (no slowdown).
 * @param {'mobile' | 'desktop'} form @param {number} slowdown
 * @returns {{flags: import('lighthouse').Flags, config: import('lighthouse').Config | undefined}}
 */
export function lighthouseSettings(form, slowdown) {
  return form === 'mobile'
    ? {flags: {throttling: {cpuSlowdownMultiplier: slowdown}}, config: undefined}
    : {flags: {}, config: desktopConfig};
}

/** One thing a writer must fix before the site can build. */
export interface Problem {
  /** The file to open, relative to the site's folder, e.g. `i18n/en/partners.json`. */
  file: string;
  /** What in that file, e.g. `partner "veeam"` or `heading #partner-solutions`. */
  entry: string;
  /** What is wrong, without a final period. */
  problem: string;
  /** What to do, without a final period. */
  fix: string;
}

/** One problem as three lines: where, what is wrong, what to do. */
export function formatProblem({file, entry, problem, fix}: Problem): string {
  return `${file} › ${entry}\n  Problem: ${problem}.\n  Fix: ${fix}.`;
}

/** Every problem, numbered, under one heading; the empty string when there are none. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const list = problems.map((problem) => formatProblem(problem)).join('\n\n');
  return `Content checks: ${count} to fix before the site can build.\n\n${list}\n`;
}

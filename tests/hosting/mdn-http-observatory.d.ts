/** The parts of @mdn/mdn-http-observatory (JavaScript, no types of its own) that observatory.spec.ts uses. */
declare module '@mdn/mdn-http-observatory' {
  export interface ObservatoryTest {
    pass: boolean;
    /** The outcome, e.g. "corp-implemented-with-same-origin". */
    result: string;
    scoreModifier: number;
    scoreDescription: string;
  }
  /** Scans `hostname` (a host, with `:port` if need be) over HTTP and HTTPS, as the MDN HTTP Observatory does. */
  export function scan(hostname: string): Promise<{
    scan: {grade: string; score: number; testsPassed: number; testsQuantity: number};
    tests: Record<string, ObservatoryTest>;
  }>;
}

declare module '@mdn/mdn-http-observatory/src/grader/grader.js' {
  export function getScoreModifier(result: string): number;
  export function getGradeForScore(score: number): {score: number; grade: string};
}

declare module '@mdn/mdn-http-observatory/src/grader/charts.js' {
  /** Below this score without bonuses, the bonuses do not count. */
  export const MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
}

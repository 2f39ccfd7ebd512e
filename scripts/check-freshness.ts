/**
 * `npm run check:freshness`: pages whose sources were last checked more than 6 months ago
 * (warning) or 12 months ago (error), and cited sources whose announced removal day has come
 * (warning). Exits with 1 on an error, or on a malformed FRESHNESS_TODAY; warnings alone exit 0.
 * Optional argument: another site folder.
 */
import path from 'node:path';
import {checkFreshness, formatFindings, freshnessToday} from './freshness';

async function main(): Promise<void> {
  const siteDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
  let today: string;
  try {
    today = freshnessToday();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
    return;
  }
  const findings = await checkFreshness(siteDir, today);
  const report = formatFindings(findings, today);
  if (findings.some((finding) => finding.level === 'error')) {
    console.error(report);
    process.exitCode = 1;
  } else {
    console.log(report);
  }
}

main().catch((error: unknown) => {
  console.error(`check:freshness: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

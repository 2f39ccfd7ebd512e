/**
 * Prints the freshness findings (scripts/freshness.ts: pages whose sources were checked long ago,
 * sources whose announced removal has come) when Docusaurus loads the site, so that every
 * `npm run build` shows them. It never fails the build on them (a stale page must not block a
 * fix from going out; `npm run check:freshness` is what fails), only on a malformed FRESHNESS_TODAY.
 * Docusaurus loads the plugins once per locale: the findings, which cover every locale, are
 * printed in the default locale's pass only.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkFreshness, formatFindings, freshnessToday} from '../scripts/freshness';

export default function freshnessPlugin(context: LoadContext): Plugin {
  return {
    name: 'freshness',
    async loadContent() {
      const today = freshnessToday();
      if (context.i18n.currentLocale !== context.i18n.defaultLocale) return;
      const findings = await checkFreshness(context.siteDir, today);
      if (findings.length > 0) console.warn(`[freshness] ${formatFindings(findings, today)}`);
    },
  };
}

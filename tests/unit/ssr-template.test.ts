// @vitest-environment node
/**
 * Guard of a fork: src/ssr-template.ts copies core's page template minus the React bundles.
 * When an upgrade of @docusaurus/core changes its template, this test fails and names the file
 * to bring up to date.
 */
import {createRequire} from 'node:module';
import {ssrTemplate, speculationRules} from '@site/src/ssr-template';

const require = createRequire(import.meta.url);
const CORE_TEMPLATE = require.resolve('@docusaurus/core/lib/ssg/ssgTemplate.html.js');
/** Without the whitespace between tags and template tags, which the HTML minifier drops anyway. */
const squeeze = (template: string): string => template.replace(/>\s+</g, '><').trim();

describe('src/ssr-template.ts', () => {
  it("is @docusaurus/core's ssgTemplate.html with the script loop replaced by the speculation rules (update it after a Docusaurus upgrade)", () => {
    const core = (require(CORE_TEMPLATE) as {default: string}).default;
    const scriptLoop =
      /<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>/;
    expect(core, `${CORE_TEMPLATE} no longer has the script loop src/ssr-template.ts removes`).toMatch(scriptLoop);
    const expected = squeeze(core.replace(scriptLoop, `<script type="speculationrules">${speculationRules}</script>`));
    expect(squeeze(ssrTemplate), `src/ssr-template.ts vs ${CORE_TEMPLATE}`).toBe(expected);
  });

  it("loads no script but what plugins add (the controls' entry), and no bundle", () => {
    expect(ssrTemplate).not.toMatch(/it\.scripts|<script src/);
    expect(ssrTemplate).toContain('<%~ it.postBodyTags %>');
  });
});

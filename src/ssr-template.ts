/**
 * The HTML page Docusaurus writes for every route: its default template (ssgTemplate.html in
 * @docusaurus/core 3.10) without the React bundles. React renders each page at build time;
 * the reader gets that HTML and the CSS, the head's tags (Docusaurus's inline theme script among
 * them), the controls' entry (plugins/islands.ts, in postBodyTags; a control that only some pages
 * carry renders its own script in the page, src/controls/ControlScript.tsx), and the speculation
 * rules below. Nothing hydrates. tests/unit/ssr-template.test.ts fails when core's template changes.
 *
 * Speculation rules: a link to another page of the site that the reader hovers (or, on a phone,
 * starts to tap) is prerendered (prefetched where prerendering is refused), so that the next page
 * opens at once where the browser supports it; other browsers ignore the script. The rules are the same on every page, so the CSP
 * allows them by one hash (scripts/hosting-config.mjs computes it from the build).
 */
const SITE_PAGES = {
  and: [{href_matches: '/*'}, {not: {href_matches: ['/pagefind/*', '/assets/*']}}, {not: {selector_matches: 'a[href^="#"]'}}],
};
export const speculationRules = JSON.stringify({prerender: [{where: SITE_PAGES, eagerness: 'moderate'}]});

/** Core's template, whitespace aside, with its `it.scripts` loop replaced by the speculation rules. */
export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v<%= it.version %>">
<% it.metaAttributes.forEach((metaAttribute) => { %><%~ metaAttribute %><% }); %>
<%~ it.headTags %>
<% it.stylesheets.forEach((stylesheet) => { %><link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" /><% }); %>
<script type="speculationrules">${speculationRules}</script>
</head>
<body <%~ it.bodyAttributes %>>
<%~ it.preBodyTags %>
<div id="__docusaurus"><%~ it.appHtml %></div>
<%~ it.postBodyTags %>
</body>
</html>`;

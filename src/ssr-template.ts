/**
 * The HTML page Docusaurus writes for every route: its default template (ssgTemplate.html in
 * @docusaurus/core 3.10) with one change, paint first, then boot.
 *
 * By default the two bundles (runtime and main, about 140 KB gzip) are `<script defer>` tags in
 * the head. When they arrive before the HTML is parsed (a warm cache, a fast network), the browser
 * runs them before it paints anything, so a phone with a slow CPU shows a blank page while React
 * starts. Here the head only preloads them (the download still starts at once), and a small inline
 * script, right after the page's HTML, adds them, in order, once the browser has painted that
 * whole HTML: it asks for the next frame, then boots in a task after it. (Booting at the first
 * contentful paint let a long page paint its navbar, then run the bundles before painting its
 * text.) Hydration starts a frame or two later; the text never waits for the JavaScript, and no
 * API that a browser may lack or hide (PerformanceObserver) can keep the page from booting.
 *
 * The inline script is the same on every page, so the CSP allows it by one hash
 * (scripts/hosting-config.mjs computes it from the build).
 */
const bootAfterFirstPaint = `requestAnimationFrame(function(){setTimeout(function(){
document.querySelectorAll('link[data-boot]').forEach(function(l){
var s=document.createElement('script');s.src=l.href;s.async=false;document.body.appendChild(s)})},0)})`;

// Compact on purpose: Docusaurus ships the whole site config, this template included, in main.js.
export const ssrTemplate = [
  '<!DOCTYPE html><html <%~ it.htmlAttributes %>><head><meta charset="UTF-8">',
  '<meta name="generator" content="Docusaurus v<%= it.version %>">',
  '<% it.metaAttributes.forEach((m) => { %><%~ m %><% }); %><%~ it.headTags %>',
  '<% it.stylesheets.forEach((s) => { %><link rel="stylesheet" href="<%= it.baseUrl %><%= s %>"><% }); %>',
  '<% it.scripts.forEach((s) => { %><link rel="preload" as="script" href="<%= it.baseUrl %><%= s %>" data-boot><% }); %>',
  '</head><body <%~ it.bodyAttributes %>><%~ it.preBodyTags %>',
  `<div id="__docusaurus"><%~ it.appHtml %></div><script>${bootAfterFirstPaint}</script><%~ it.postBodyTags %>`,
  '</body></html>',
].join('\n');

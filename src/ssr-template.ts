/**
 * The HTML page Docusaurus writes for every route: its default template (ssgTemplate.html in
 * @docusaurus/core 3.10) with one change, paint first, then boot.
 *
 * By default the two bundles (runtime and main, about 140 KB gzip) are `<script defer>` tags in
 * the head. When they arrive before the HTML is parsed (a warm cache, a fast network), the browser
 * runs them before it paints anything, so a phone with a slow CPU shows a blank page while React
 * starts. Here the head only preloads them (the download still starts at once), and a small inline
 * script, right after the page's HTML, adds them, in order, once two things have happened: the
 * browser reports the first contentful paint, and a frame has gone by since the whole HTML was
 * parsed (a long page can paint its navbar first; booting then ran the bundles before its text was
 * painted). Where the first paint cannot be observed (no PerformanceObserver, or a page opened in
 * the background, which gets no such entry), the frame alone decides, so the page always boots.
 * Hydration starts a frame or two later; the text never waits for the JavaScript.
 *
 * The inline script is the same on every page, so the CSP allows it by one hash
 * (scripts/hosting-config.mjs computes it from the build).
 */
const bootAfterFirstPaint = `(function(){var wait=2;function go(){if(--wait===0)document.querySelectorAll('link[data-boot]').forEach(function(l){
var s=document.createElement('script');s.src=l.href;s.async=false;document.body.appendChild(s)})}
requestAnimationFrame(function(){setTimeout(go,0)});
try{if(document.visibilityState!=='visible'||PerformanceObserver.supportedEntryTypes.indexOf('paint')<0)throw 0;
new PerformanceObserver(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true})}
catch(e){go()}})()`;

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

/**
 * No search metadata in the head. Docusaurus writes `<meta>` tags on every page for Algolia
 * DocSearch and third-party search plugins (`docusaurus_locale`, `docsearch:language`, and on a
 * guide page `docusaurus_version`…: six there, four elsewhere); the site's search is Pagefind,
 * which reads the page's `lang` and text, not these. Replaces theme-classic's SearchMetadata
 * (`docusaurus swizzle --eject --danger`: it is not on the theme's list of safe components, but it
 * only writes these tags, and nothing reads what it renders); guarded by tests/unit/forks.test.ts.
 * The forked BlogListPage still renders it, as the original does.
 */
export default function SearchMetadata(): null {
  return null;
}

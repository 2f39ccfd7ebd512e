import type {Plugin} from '@docusaurus/types';
import type {LoadedContent, LoadedVersion} from '@docusaurus/plugin-content-docs';
import type {SiteMenuData, SiteMenuPage} from '../src/navigation/site-menu';

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** The pages of a sidebar, in its order, as links: docs by their sidebar label, links as they are, categories flattened. */
function pagesOf(items: SidebarItem[], version: LoadedVersion): SiteMenuPage[] {
  return items.flatMap((item): SiteMenuPage[] => {
    if (item.type === 'link') return [{label: item.label, href: item.href}];
    if (item.type === 'category') return pagesOf(item.items, version);
    if (item.type !== 'doc' && item.type !== 'ref') return [];
    const doc = version.docs.find((d) => d.id === item.id);
    if (!doc) throw new Error(`[site-menu] the sidebar lists the doc "${item.id}", which does not exist`);
    return [{label: item.label ?? doc.frontMatter.sidebar_label ?? doc.title, href: doc.permalink}];
  });
}

/**
 * Gives every page (the navbar's phone menu) the list of the site's pages, with their labels in the
 * page's language. Docusaurus's own phone menu gets the sidebar from the page in the browser, after
 * React starts; pages built without a React runtime need it at build time (ARCHITECTURE.md).
 */
export default function siteMenu(): Plugin {
  return {
    name: 'site-menu',
    allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docs?.loadedVersions[0];
      const [sidebar, ...others] = Object.values(version?.sidebars ?? {});
      if (!version || !sidebar || others.length > 0) {
        throw new Error('[site-menu] expects the docs plugin with exactly one sidebar (sidebars.ts)');
      }
      actions.setGlobalData({pages: pagesOf(sidebar, version)} satisfies SiteMenuData);
    },
  };
}

import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import contentChecks from './plugins/content-checks';
import freshness from './plugins/freshness';
import islands from './plugins/islands';
import siteMenu from './plugins/site-menu';
import notFoundTexts from './plugins/not-found-texts';
import changes from './plugins/changes';
import remarkFrenchSpacing from './plugins/french-spacing';
import {SHOWN_FRONT_MATTER, frenchSpacing} from './src/typography/french-spacing';
import {ssrTemplate} from './src/ssr-template';
import {DEFAULT_LOCALE, LOCALES, LOCALE_IDS, PRODUCTION_URL, isLocale} from './site-facts.mjs';

/** Site-wide texts that Docusaurus reads from the config, per locale (it loads the config once per locale). */
const siteTexts: Record<keyof typeof LOCALES, {title: string; tagline: string}> = {
  fr: {
    title: 'Sauvegarde AVS',
    tagline: 'Choisir et mettre en place la sauvegarde des machines virtuelles Azure VMware Solution',
  },
  en: {
    title: 'AVS Backup',
    tagline: 'Choosing and setting up backup for Azure VMware Solution virtual machines',
  },
};
/**
 * The list of changes (plugins/changes.ts) and its feeds, per locale. The list page's title and
 * description come from i18n/<locale>/docusaurus-plugin-content-blog/options.json, as Docusaurus
 * translates them; the feeds are built outside React, so their texts are here.
 */
const changesTexts: Record<keyof typeof LOCALES, {feed: string; description: string; rss: string; atom: string}> = {
  fr: {
    feed: 'Sauvegarde AVS : nouveautés du guide',
    description: 'Les changements du guide qui comptent pour le lecteur : partenaires, règles, sources vérifiées.',
    rss: 'Nouveautés du guide (flux RSS)',
    atom: 'Nouveautés du guide (flux Atom)',
  },
  en: {
    feed: 'AVS Backup: what’s new in the guide',
    description: 'The guide’s changes that matter to a reader: partners, rules, sources checked.',
    rss: 'What’s new in the guide (RSS feed)',
    atom: 'What’s new in the guide (Atom feed)',
  },
};
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? DEFAULT_LOCALE;
const locale = isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;

/** Whether this locale's texts get French typography (site-facts.mjs). */
const {frenchTypography} = LOCALES[locale];
/** A text of this config as the reader sees it: French gets its no-break spaces (src/typography/french-spacing.ts). */
const shown = (text: string): string => (frenchTypography ? frenchSpacing(text) : text);

const config: Config = {
  ...siteTexts[locale],
  url: PRODUCTION_URL,
  baseUrl: '/',
  // No inline script that only warns about a wrong baseUrl: one less hash in the CSP.
  baseUrlIssueBanner: false,
  // One namespace for every locale: the theme a reader picks in one language is theirs in the other
  // (Docusaurus's own hashes each locale's base URL, so each language would keep its own choice).
  storage: {namespace: 'avs'},
  // HTML first: pages without the React bundles (src/ssr-template.ts; ARCHITECTURE.md).
  ssrTemplate,
  favicon: 'img/favicon.svg',
  trailingSlash: false,

  // Bad links stop the build: a reader must never land on a dead page or section.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw'},
    // French pages: writers type ordinary spaces, the build puts the no-break ones (see remarkFrenchSpacing).
    async parseFrontMatter(params) {
      const result = await params.defaultParseFrontMatter(params);
      if (frenchTypography) {
        for (const key of SHOWN_FRONT_MATTER) {
          const value = result.frontMatter[key];
          if (typeof value === 'string') result.frontMatter[key] = frenchSpacing(value);
        }
      }
      return result;
    },
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALE_IDS,
    localeConfigs: Object.fromEntries(LOCALE_IDS.map((l) => [l, {label: LOCALES[l].label, htmlLang: LOCALES[l].htmlLang}])),
  },

  future: {
    v4: true,
    faster: {
      rspackBundler: true,
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: true,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
      // Off: a warm Rspack cache minifies the English runtime with other names than a cold build,
      // and two builds of one commit must be byte-identical (scripts/check-reproducible.mjs).
      rspackPersistentCache: false,
    },
  },

  // contentChecks: bad content stops the build before anything compiles (partner catalog, page
  // parity, UI strings). freshness: prints stale pages and sources, never fails on them (CONTRIBUTING.md,
  // Watching links and sources). siteMenu: the page list of the phone menu. notFoundTexts: the 404
  // page's texts in every language. islands: the controls' scripts (src/controls/), the pages' only ones.
  // changes: the dated list of the guide's changes, with its feeds (Docusaurus's blog plugin).
  plugins: [
    contentChecks,
    freshness,
    siteMenu,
    notFoundTexts,
    islands,
    [
      changes,
      {
        path: 'changes',
        routeBasePath: 'changes',
        // French source texts of i18n/<locale>/docusaurus-plugin-content-blog/options.json.
        blogTitle: 'Nouveautés du guide',
        blogDescription: 'Les changements du guide qui comptent pour le lecteur, datés, avec leurs sources et deux flux pour les suivre.',
        // One page, every entry in full, newest first; no sidebar, reading time, authors, tags or archive.
        postsPerPage: 'ALL',
        blogSidebarCount: 0,
        showReadingTime: false,
        archiveBasePath: null,
        onInlineAuthors: 'throw',
        onInlineTags: 'throw',
        onUntruncatedBlogPosts: 'ignore',
        beforeDefaultRemarkPlugins: frenchTypography ? [remarkFrenchSpacing] : [],
        feedOptions: {
          type: ['rss', 'atom'],
          title: shown(changesTexts[locale].feed),
          description: shown(changesTexts[locale].description),
          language: LOCALES[locale].htmlLang,
          copyright: '',
          limit: false,
        },
        feedLinkTitles: {rss: shown(changesTexts[locale].rss), atom: shown(changesTexts[locale].atom)},
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          // Docs-only site: the pages are the whole product, served from the root.
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // The page's own last revision: `last_update.date` in its front matter (works in any checkout, even without git history).
          showLastUpdateTime: true,
          // Before Docusaurus's own steps, so that the table of contents gets the spaced headings too.
          beforeDefaultRemarkPlugins: frenchTypography ? [remarkFrenchSpacing] : [],
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Sauvegarde AVS',
      items: [
        {type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide'},
        {type: 'localeDropdown', position: 'right'},
        // Pagefind, through src/theme/SearchBar (see ARCHITECTURE.md, Search).
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            {label: 'Principe de sauvegarde', to: '/backup-principle'},
            {label: 'Choisir une solution', to: '/choose-a-solution'},
            {label: 'Prise en charge et vérifications', to: '/support-and-checks'},
            {label: 'Azure Backup Server', to: '/azure-backup-server'},
            {label: 'Partenaires de sauvegarde', to: '/backup-partners'},
            {label: 'Trafic réseau', to: '/network-traffic'},
            {label: 'Nouveautés du guide', to: '/changes'},
          ],
        },
      ],
      // The French text shown is i18n/fr/docusaurus-theme-classic/footer.json's; this is its key's source.
      copyright:
        'Rédigé d’après la documentation publiée par Microsoft ; chaque page cite ses sources. Ce site est né de l’article « Solutions de sauvegarde pour les machines virtuelles Azure VMware Solution » du 11 janvier 2021.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;

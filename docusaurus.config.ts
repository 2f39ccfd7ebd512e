import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import contentChecks from './plugins/content-checks';
import lazyPrism from './plugins/lazy-prism';
import {ssrTemplate} from './src/ssr-template';

/** Where the site will be hosted. A placeholder until the real host is chosen:
 * canonical URLs, hreflang alternates and the sitemap are all built from it. */
const PRODUCTION_URL = 'https://avs-backup.example.org';

/** Site-wide texts that Docusaurus reads from the config, per locale (it loads the config once per locale). */
const siteTexts = {
  fr: {
    title: 'Sauvegarde AVS',
    tagline: 'Choisir et mettre en place la sauvegarde des machines virtuelles Azure VMware Solution',
  },
  en: {
    title: 'AVS Backup',
    tagline: 'Choosing and setting up backup for Azure VMware Solution virtual machines',
  },
};
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE === 'en' ? 'en' : 'fr';

const config: Config = {
  ...siteTexts[locale],
  url: PRODUCTION_URL,
  baseUrl: '/',
  // No inline script that only warns about a wrong baseUrl: one less hash in the CSP.
  baseUrlIssueBanner: false,
  // Paint the page before the JavaScript runs (see src/ssr-template.ts).
  ssrTemplate,
  favicon: 'img/favicon.svg',
  trailingSlash: false,

  // Bad links stop the build: a reader must never land on a dead page or section.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },

  i18n: {
    defaultLocale: 'fr',
    locales: ['fr', 'en'],
    localeConfigs: {
      fr: {label: 'Français', htmlLang: 'fr-FR'},
      en: {label: 'English', htmlLang: 'en-US'},
    },
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
  // parity, UI strings). lazyPrism: syntax highlighting only where a page shows code.
  plugins: [contentChecks, lazyPrism],

  presets: [
    [
      'classic',
      {
        docs: {
          // Docs-only site: the pages are the whole product, served from the root.
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: true,
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
        // Pagefind, through src/theme/SearchBar (see README, Search).
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
            {label: 'Partenaires de sauvegarde', to: '/backup-partners'},
            {label: 'Trafic réseau', to: '/network-traffic'},
          ],
        },
      ],
      copyright:
        'Rédigé à partir de l’article de la documentation Azure VMware Solution « Solutions de sauvegarde pour les machines virtuelles Azure VMware Solution » (11 janvier 2021).',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;

import type {Plugin} from '@docusaurus/types';

/**
 * Removes the classic theme's client module that loads Prism on every page (it only registers
 * `prism.additionalLanguages`, which this site does not use). With src/theme/CodeBlock loading
 * lazily, Prism reaches the reader only on a page that shows code.
 */
export default function lazyPrism(): Plugin {
  return {
    name: 'lazy-prism',
    configureWebpack() {
      return {
        resolve: {
          alias: {[require.resolve('@docusaurus/theme-classic/lib/prism-include-languages')]: false},
        },
      };
    },
  };
}

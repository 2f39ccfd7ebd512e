// @vitest-environment node
/**
 * Guards of our forks of Docusaurus: the theme components we ejected (`docusaurus swizzle --eject`)
 * and the inline theme script our controls rely on. When an upgrade changes an original, its test
 * fails and names our file: compare the two, carry over what matters, then record the new digest.
 * (The page template has its own guard: ssr-template.test.ts.)
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {getThemeInlineScript} from '@docusaurus/theme-classic/lib/inlineScripts';

const THEME = '@docusaurus/theme-classic/lib/theme';
/** Our file, the original it replaces, and the first 16 hex digits of that original's SHA-256 when we forked it. */
const FORKS = [
  ['src/controls/color-mode/ColorModeToggle.tsx', 'ColorModeToggle', '0c879fd020f317a5'],
  ['src/theme/NavbarItem/LocaleDropdownNavbarItem/index.tsx', 'NavbarItem/LocaleDropdownNavbarItem', '35eda908bbc3dc01'],
  ['src/theme/Navbar/MobileSidebar/index.tsx', 'Navbar/MobileSidebar', '0e302185bbfd7b0a'],
  ['src/theme/Navbar/MobileSidebar/Toggle/index.tsx', 'Navbar/MobileSidebar/Toggle', 'daa023d1c3821102'],
  ['src/theme/TOCCollapsible/index.tsx', 'TOCCollapsible', '4e91da4713c1b1d4'],
  ['src/theme/BackToTopButton/index.tsx', 'BackToTopButton', 'd890f1873f4a86b5'],
  ['src/theme/LastUpdated/index.tsx', 'LastUpdated', '30948229c5140094'],
  ['src/theme/BlogListPage/index.tsx', 'BlogListPage', 'bea76516bb7dfc75'],
  ['src/theme/BlogPostItem/Header/Info/index.tsx', 'BlogPostItem/Header/Info', 'f0ff725904493f21'],
  ['src/theme/SearchMetadata/index.tsx', 'SearchMetadata', '91f99b9d115aec6b'],
] as const;

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);

describe('forks of Docusaurus theme components', () => {
  for (const [ours, component, recorded] of FORKS) {
    it(`${ours}: the original (${component}) is the one we forked`, () => {
      const original = require.resolve(`${THEME}/${component}/index.js`);
      expect(
        digest(original),
        `${original} changed since ${ours} was forked from it: review ${ours}, then update its digest in tests/unit/forks.test.ts`,
      ).toBe(recorded);
    });
  }

  it("Docusaurus's inline theme script still sets data-theme-choice and reads the key the theme switch writes (src/controls/color-mode/color-mode.ts)", () => {
    const script = getThemeInlineScript({
      colorMode: {disableSwitch: false, defaultMode: 'light', respectPrefersColorScheme: true},
      siteStorage: {type: 'localStorage', namespace: '-x'},
    });
    expect(script).toContain("setAttribute('data-theme-choice'");
    expect(script).toContain("getItem('theme-x')");
  });
});

// @ts-check
/**
 * ESLint (npm run lint): the project's own code, TypeScript with type information (typescript-eslint),
 * the Rules of React (react-hooks), accessibility of the JSX (jsx-a11y) and Docusaurus's rules.
 */
import docusaurus from '@docusaurus/eslint-plugin';
import js from '@eslint/js';
import {defineConfig, globalIgnores} from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['build/', '.docusaurus/', 'node_modules/', 'test-results/', 'screenshots/', 'playwright-report/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
    },
    rules: {
      // `const {$comment, ...base} = json` is how the code drops a key.
      '@typescript-eslint/no-unused-vars': ['error', {ignoreRestSiblings: true}],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    rules: {
      // The preset's options, plus role="region": a region that scrolls (the comparison table's) must take the keyboard's focus.
      'jsx-a11y/no-noninteractive-tabindex': ['error', {tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true}],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {'@docusaurus': {rules: docusaurus.rules}},
    rules: {
      '@docusaurus/string-literal-i18n-messages': 'error',
      // Off: our <a>s lead to the other locale or to other sites, where Link would add this locale's base URL or open a new tab.
      '@docusaurus/no-html-links': 'off',
      // Off: our <h1>/<h3> have no id, and for those @theme/Heading renders the same tag (it also needs Docusaurus's context, absent in unit tests).
      '@docusaurus/prefer-docusaurus-heading': 'off',
      // House rule: the schema imports zod, which must stay out of what the site renders; its types are free.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'partners\\.schema$',
              allowTypeImports: true,
              message: 'Import only types from the schema here (import type …): a value import would bring zod into the site.',
            },
          ],
        },
      ],
    },
  },
  {
    // HTML first: components and theme components render once, at build time, never in the browser; state, effects
    // and event handlers would do nothing there. Behaviour belongs in a control's custom element (src/controls/).
    files: ['src/components/**/*.{ts,tsx}', 'src/theme/**/*.{ts,tsx}', 'src/controls/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: [
                'useState',
                'useEffect',
                'useLayoutEffect',
                'useReducer',
                'useSyncExternalStore',
                'useTransition',
                'useOptimistic',
                'useActionState',
              ],
              message:
                'Components render at build time only (HTML first): make the behaviour a custom element in src/controls/ (ARCHITECTURE.md).',
            },
            {name: '@docusaurus/useIsBrowser', message: 'Components render at build time only (HTML first): there is no browser render.'},
            {name: '@docusaurus/BrowserOnly', message: 'Components render at build time only (HTML first): there is no browser render.'},
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name=/^on[A-Z]/]',
          message:
            'An event handler never runs: pages ship no React (HTML first). Make the behaviour a custom element in src/controls/ (ARCHITECTURE.md).',
        },
        {
          selector:
            "MemberExpression[object.name='React'][property.name=/^use(State|Effect|LayoutEffect|Reducer|SyncExternalStore|Transition|Optimistic|ActionState)$/]",
          message:
            'Components render at build time only (HTML first): make the behaviour a custom element in src/controls/ (ARCHITECTURE.md).',
        },
      ],
    },
  },
);

import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

/**
 * Two projects: `unit` (npm run test:unit, a few seconds) and `build-faults` (npm run
 * test:build-faults: real `docusaurus build` runs on faulty copies of the site, a few seconds
 * each). A bare `vitest` runs both.
 */
export default defineConfig({
  resolve: {
    alias: {'@site': fileURLToPath(new URL('.', import.meta.url))},
  },
  // React 19's automatic JSX runtime, as Docusaurus compiles it.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    globals: true,
    // One worker per core: Vitest's default leaves one core idle, which on a two-core machine halves it.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'src/controls/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build-faults',
          environment: 'node',
          include: ['tests/build-faults/**/*.test.ts'],
          testTimeout: 180_000,
        },
      },
    ],
  },
});

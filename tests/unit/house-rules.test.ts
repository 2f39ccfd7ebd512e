// @vitest-environment node
/**
 * The house rules that ESLint holds (eslint.config.mjs): components render at build time only, so
 * no state, effects or event handlers in src/components/; the site's code imports only types from
 * the partner schema. A probe component is written into src/components/, linted, then removed.
 */
import {mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {ESLint} from 'eslint';
import {SITE} from '../site-copy';

const PROBE_DIR = path.join(SITE, 'src/components/HouseRulesProbe');

async function lintProbe(source: string): Promise<string[]> {
  const file = path.join(PROBE_DIR, 'index.tsx');
  await mkdir(PROBE_DIR, {recursive: true});
  try {
    await writeFile(file, source);
    const [result] = await new ESLint({cwd: SITE}).lintFiles([file]);
    return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message.split(':')[0]}`);
  } finally {
    await rm(PROBE_DIR, {recursive: true, force: true});
  }
}

describe('house rules in the linter', () => {
  it('refuse state, effects and event handlers in a component, and a value imported from the schema', async () => {
    const messages = await lintProbe(
      [
        "import {useState} from 'react';",
        "import {partnerSchema} from '@site/src/data/partners.schema';",
        'export default function Probe(): React.ReactNode {',
        '  const [open] = useState(false);',
        '  return <button type="button" onClick={() => partnerSchema.parse(open)}>x</button>;',
        '}',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-restricted-imports: 'useState' import from 'react' is restricted/),
        expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: '@site\/src\/data\/partners.schema' import is restricted/),
        expect.stringMatching(/^no-restricted-syntax: An event handler never runs/),
      ]),
    );
  }, 60_000);

  it('let a static component through, with a type imported from the schema', async () => {
    const messages = await lintProbe(
      [
        "import type {ReactNode} from 'react';",
        "import type {PartnerEntry} from '@site/src/data/partners.schema';",
        'export default function Probe({entry}: {entry: PartnerEntry}): ReactNode {',
        '  return <p>{entry.name}</p>;',
        '}',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  }, 60_000);
});

// @vitest-environment node
import {portablePage} from '../../scripts/bench-peers.mjs';

describe('portablePage (the pages the benchmark gives its peers)', () => {
  it('keeps the text and leaves out our imports and components, block or inline', () => {
    const page = portablePage(
      [
        '---',
        'title: Titre',
        'description: Une page.',
        'slug: /page',
        'sources: [a]',
        '---',
        "import Sources from '@site/src/components/Sources';",
        '',
        'Une affirmation.<Cite id="a" /> Selon le CAF (<SourceDate id="b" />), voyez l’<SourceLink id="a">article</SourceLink>.',
        '',
        '<Sources />',
      ].join('\n'),
    );
    expect(page).toMatchObject({slug: '/page', title: 'Titre', description: 'Une page.'});
    expect(page.body.trim()).toBe('Une affirmation. Selon le CAF (), voyez l’article.');
  });
});

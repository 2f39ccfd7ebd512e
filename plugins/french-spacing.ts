/**
 * A rehype step for the French pages: French spacing (src/typography/french-spacing.ts) on every
 * text node of the page, code aside. docusaurus.config.ts adds it to the docs only when it builds
 * the French locale.
 */
import {frenchSpacing} from '../src/typography/french-spacing';

/** The parts of a hast tree (MDX flavour) this step reads. */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  children?: Node[];
}

const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

function respace(node: Node): void {
  if (node.type === 'text' && typeof node.value === 'string') {
    node.value = frenchSpacing(node.value);
    return;
  }
  if (LITERAL.has(node.tagName ?? node.name ?? '')) return;
  node.children?.forEach(respace);
}

export default function rehypeFrenchSpacing() {
  return (tree: Node): void => respace(tree);
}

/**
 * A remark step for the French pages: French spacing (src/typography/french-spacing.ts) on every
 * text node of the page, code aside. docusaurus.config.ts runs it before Docusaurus's own remark
 * steps when it builds the French locale, so that the table of contents, which Docusaurus takes
 * from the headings at that stage, gets the same text as the page.
 */
import {frenchSpacing} from '../src/typography/french-spacing';

/** The parts of a Markdown tree (mdast, MDX flavour) this step reads: code is `code`/`inlineCode`, with no text children. */
interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
}

function respace(node: Node): void {
  if (node.type === 'text' && typeof node.value === 'string') node.value = frenchSpacing(node.value);
  node.children?.forEach(respace);
}

export default function remarkFrenchSpacing() {
  return (tree: Node): void => respace(tree);
}

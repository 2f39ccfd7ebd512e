import type {ReactNode} from 'react';

/**
 * No back-to-top button: Docusaurus's appears on scroll, which needs a script, and the pages do
 * without it (the navbar stays at the top, the table of contents is beside or above the text,
 * and browsers scroll to the top with Home or a tap on the status bar). See ARCHITECTURE.md.
 */
export default function BackToTopButton(): ReactNode {
  return null;
}

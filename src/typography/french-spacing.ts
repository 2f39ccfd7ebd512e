/**
 * French typographic spacing, applied at build time so that writers type ordinary spaces:
 * a narrow no-break space (U+202F) before ; ! ?, a no-break space (U+00A0) before : and »,
 * and after «. Only the spaces a writer typed are replaced before ; : ! ? (so "https://…",
 * "10:30" or "?q=" stay as they are); guillemets always get theirs.
 *
 * Used by the remark step of French pages (plugins/french-spacing.ts), the front matter of
 * French pages (docusaurus.config.ts) and the French i18next resources (src/i18n).
 */
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

const SPACES = '[ \\t\\u00a0\\u202f]';

export function frenchSpacing(text: string): string {
  return text
    .replace(new RegExp(`${SPACES}+([;!?])`, 'g'), `${NARROW_NBSP}$1`)
    .replace(new RegExp(`${SPACES}+(:)`, 'g'), `${NBSP}$1`)
    .replace(new RegExp(`(\\S)${SPACES}*»`, 'g'), `$1${NBSP}»`)
    .replace(new RegExp(`«${SPACES}*(?=\\S)`, 'g'), `«${NBSP}`);
}

/** Where French text breaks the rule: a plain space (or none, for guillemets) where a no-break one belongs. */
export function frenchSpacingFaults(text: string): string[] {
  const faults: string[] = [];
  for (const match of text.matchAll(/.{0,12}(?:\u0020[;:!?»]|«[^\u00a0]|[^\u0020\u00a0]»).{0,12}/gsu)) faults.push(match[0]);
  return faults;
}

/** Applies `transform` to every string of a JSON-like value (i18next resources). */
export function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapStrings(inner, transform)])) as T;
  }
  return value;
}

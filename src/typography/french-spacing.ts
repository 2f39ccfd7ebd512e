/**
 * French typography, applied at build time so that writers type ordinary spaces:
 * - a narrow no-break space (U+202F) before ; ! ?, a no-break space (U+00A0) before : and », and
 *   after «. Only the spaces a writer typed are replaced before ; : ! ? (so "https://…", "10:30"
 *   or "?q=" stay as they are); guillemets always get theirs;
 * - numbers: digit groups that a writer separated with a space ("9 999", "1 000 000") get a narrow
 *   no-break space (U+202F) as thousands separator; a number written without one ("2022", "9999")
 *   and decimals ("8.0 U3") stay as they are;
 * - a no-break space (U+00A0) between a number and the unit after it ("120 To", "8 Go", "20 %").
 * Straight apostrophes are not replaced: a writer types ’ (the content checks and the browser
 * tests find a ' in French text, see `straightApostrophes`).
 *
 * Used by the remark step of French pages and entries of the list of changes
 * (plugins/french-spacing.ts), the front matter of French pages (docusaurus.config.ts) and the
 * French i18next resources (src/i18n).
 */
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

/** Front-matter texts that the page shows (h1, <title>, description, sidebar): the build spaces them in French, the checks read them. */
export const SHOWN_FRONT_MATTER = ['title', 'description', 'sidebar_label'] as const;

const SPACES = '[ \\t\\u00a0\\u202f]';

/** The unit symbols that French text writes after a number: sizes (French and English symbols), times, percent. */
export const UNITS = [
  'Tio',
  'Gio',
  'Mio',
  'Kio',
  'To',
  'Go',
  'Mo',
  'Ko',
  'TB',
  'GB',
  'MB',
  'KB',
  'Gbit/s',
  'Mbit/s',
  'min',
  'ms',
  'h',
  's',
  '%',
];
// The symbols hold no character a regular expression reads as special ("/" and "%" are plain in a `u` pattern).
const UNIT = `(?:${UNITS.join('|')})(?![\\p{L}\\d])`;

/** A number whose digit groups are separated by spaces, not part of a longer number or a decimal. */
const GROUPED_NUMBER = new RegExp(`(?<![\\d.,])\\d{1,3}(?:${SPACES}\\d{3})+(?!\\d)`, 'gu');
/** A number, a typed space, a unit. */
const NUMBER_UNIT = new RegExp(`(\\d)[ \\t]+(${UNIT})`, 'gu');

export function frenchSpacing(text: string): string {
  return text
    .replace(new RegExp(`${SPACES}+([;!?])`, 'g'), `${NARROW_NBSP}$1`)
    .replace(new RegExp(`${SPACES}+(:)`, 'g'), `${NBSP}$1`)
    .replace(new RegExp(`(\\S)${SPACES}*»`, 'g'), `$1${NBSP}»`)
    .replace(new RegExp(`«${SPACES}*(?=\\S)`, 'g'), `«${NBSP}`)
    .replace(GROUPED_NUMBER, (number) => number.replace(new RegExp(SPACES, 'g'), NARROW_NBSP))
    .replace(NUMBER_UNIT, `$1${NBSP}$2`);
}

/** A few characters of context around a fault. */
const around = (text: string, index: number, length: number): string => text.slice(Math.max(0, index - 12), index + length + 12);

const isSpace = (char: string | undefined): boolean => char !== undefined && /[ \t\u00a0\u202f]/.test(char);

/**
 * Where French text breaks the rules above, each with some context: exactly the places that
 * `frenchSpacing` would change (a fault is text that the fix would change). The fix only replaces,
 * inserts or drops spaces, so walking the text beside its fixed copy finds each change.
 */
export function frenchSpacingFaults(text: string): string[] {
  const fixed = frenchSpacing(text);
  if (fixed === text) return [];
  const changed: number[] = [];
  let [i, j] = [0, 0];
  while (i < text.length || j < fixed.length) {
    if (text[i] === fixed[j]) {
      i += 1;
      j += 1;
    } else if (isSpace(fixed[j]) && isSpace(text[i])) {
      changed.push(i); // A space replaced by another.
      i += 1;
      j += 1;
    } else if (isSpace(fixed[j])) {
      changed.push(i); // A space inserted.
      j += 1;
    } else {
      changed.push(i); // A space dropped.
      i += 1;
    }
  }
  // Changes whose contexts would overlap are shown as one fault.
  const faults: {start: number; end: number}[] = [];
  for (const index of changed) {
    const last = faults.at(-1);
    if (last && index <= last.end + 24) last.end = index;
    else faults.push({start: index, end: index});
  }
  return faults.map(({start, end}) => around(text, start, end - start + 1));
}

/** Straight apostrophes (') in French text, each with some context; French writes ’ (U+2019). */
export function straightApostrophes(text: string): string[] {
  return [...text.matchAll(/'/g)].map((match) => around(text, match.index, 1));
}

/** The text with ’ for each straight apostrophe: what a check tells a writer to type. */
export const curlyApostrophes = (text: string): string => text.replace(/'/g, '’');

/** Applies `transform` to every string of a JSON-like value (i18next resources). */
export function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === 'string') return transform(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapStrings(inner, transform)])) as T;
  }
  return value;
}

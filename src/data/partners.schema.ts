/**
 * The rules a partner catalog and its card texts must follow, as zod schemas.
 *
 * Build-time only: the content checks (scripts/content-checks/) and the tests use it.
 * Never import it from a component: that would put zod in the browser bundle.
 *
 * Every issue these schemas raise is meant for a writer: its message says what is wrong,
 * and its params say which entry it is about and what to do (see `WriterIssueParams`).
 */
import * as z from 'zod';
import {LINK_KINDS} from './partners';
import {isSourceId, sources} from './sources';

/** What the content checks need, beyond the message, to tell a writer what to do. */
export interface WriterIssueParams {
  /** Which partner, key or field, e.g. `partner "veeam"`. */
  entry: string;
  /** What to do, in the imperative. */
  fix: string;
}

const ORDER_FIX = 'number the partners 1, 2, 3… in the order the partners page shows them, with no gaps and no number used twice';

/** What is wrong with a partner link, or null if it is an absolute https URL with a host. */
export function linkProblem(link: string): Omit<WriterIssueParams, 'entry'> & {problem: string} | null {
  const shown = JSON.stringify(link);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(link)) {
    return {
      problem: `the link ${shown} is not a full web address`,
      fix: 'write the full address of the partner’s page, starting with https:// and the site’s name, e.g. "https://www.example.com/page"',
    };
  }
  if (/^http:/i.test(link)) {
    const secure = link.replace(/^http:/i, 'https:');
    return {
      problem: `the link ${shown} starts with http://, which is not secure`,
      fix: `use the https:// address of the page (${JSON.stringify(secure)}), after checking that it opens in a browser`,
    };
  }
  if (!/^https:/i.test(link)) {
    return {
      problem: `the link ${shown} is not the address of a web page`,
      fix: 'write the address of the partner’s web page, starting with https://',
    };
  }
  const host = /^https:\/\/([^/?#]*)/i.exec(link)?.[1] ?? '';
  let hostname = '';
  try {
    hostname = host === '' ? '' : new URL(link).hostname;
  } catch {
    return {
      problem: `the link ${shown} is not a valid web address (a space or a character that is not allowed?)`,
      fix: 'copy the address again from the browser’s address bar, while on the partner’s page',
    };
  }
  if (hostname === '' || !hostname.includes('.')) {
    return {
      problem: `the link ${shown} has no site name after https://`,
      fix: 'write the site’s name right after https://, e.g. "https://www.example.com/page"',
    };
  }
  return null;
}

function addIssue(ctx: z.RefinementCtx, problem: string, params: WriterIssueParams, path: PropertyKey[] = []): void {
  ctx.addIssue({code: 'custom', message: problem, params: {...params}, path});
}

const partnerEntry = (id: string): string => `partner ${JSON.stringify(id)}`;

/** What is wrong with a source id cited by `entry`, or null if src/data/sources.ts has it. */
export function sourceProblem(id: unknown, field: string): {problem: string; fix: string} | null {
  if (typeof id === 'string' && isSourceId(id)) return null;
  return {
    problem: `the ${field} ${JSON.stringify(id)} is not a source of src/data/sources.ts`,
    fix: `use one of the ids of src/data/sources.ts (${Object.keys(sources).join(', ')}), or add the source there first, with its title, link and date`,
  };
}

/** One catalog entry: see the `Partner` type in partners.ts. */
export const partnerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    link: z.string(),
    linkKind: z.enum(LINK_KINDS, {error: `the linkKind must be one of ${LINK_KINDS.join(', ')}`}),
    order: z.number(),
    source: z.string({error: 'the partner has no source'}),
    listedSince: z.string({error: 'the partner has no listedSince'}),
  })
  .strict()
  .superRefine((partner, ctx) => {
    const entry = partnerEntry(partner.id);
    if (partner.id.trim() === '') {
      addIssue(ctx, 'the id is empty', {entry: `partner ${JSON.stringify(partner.name)}`, fix: 'give the partner a short id in lower case, e.g. "veeam"; it is also the key of its texts in i18n/<locale>/partners.json'}, ['id']);
    }
    if (partner.name.trim() === '') {
      addIssue(ctx, 'the name is empty', {entry, fix: 'write the partner’s name as its card should show it, e.g. "Veeam"'}, ['name']);
    }
    const link = linkProblem(partner.link);
    if (link) addIssue(ctx, link.problem, {entry, fix: link.fix}, ['link']);
    for (const field of ['source', 'listedSince'] as const) {
      const source = sourceProblem(partner[field], field);
      if (source) addIssue(ctx, source.problem, {entry, fix: source.fix}, [field]);
    }
    if (!Number.isInteger(partner.order) || partner.order < 1) {
      addIssue(ctx, `the order is ${partner.order}, not a whole number from 1`, {entry, fix: ORDER_FIX}, ['order']);
    }
  });

/** The whole catalog: unique ids, orders 1, 2, 3… with no gaps or duplicates. */
export const catalogSchema = z.array(partnerSchema).superRefine((catalog, ctx) => {
  const byId = new Map<string, number[]>();
  catalog.forEach((partner, index) => byId.set(partner.id, [...(byId.get(partner.id) ?? []), index + 1]));
  for (const [id, positions] of byId) {
    if (positions.length > 1) {
      const where = `${positions.slice(0, -1).join(', ')} and ${positions.at(-1)}`;
      addIssue(ctx, `${positions.length} partners use the id ${JSON.stringify(id)} (entries ${where} in the list)`, {
        entry: partnerEntry(id),
        fix: 'give each partner its own id; the id is also the key of the partner’s texts in i18n/<locale>/partners.json',
      });
    }
  }
  const byOrder = new Map<number, string[]>();
  for (const partner of catalog) byOrder.set(partner.order, [...(byOrder.get(partner.order) ?? []), partner.id]);
  for (const [order, ids] of [...byOrder].sort(([a], [b]) => a - b)) {
    if (ids.length > 1) {
      addIssue(ctx, `they all have order ${order}`, {entry: `partners ${ids.map((id) => JSON.stringify(id)).join(', ')}`, fix: ORDER_FIX});
    }
  }
  const orders = [...byOrder.keys()].filter((order) => Number.isInteger(order) && order >= 1).sort((a, b) => a - b);
  const highest = orders.at(-1) ?? 0;
  for (let order = 1; order < highest; order += 1) {
    if (!byOrder.has(order)) {
      addIssue(ctx, `no partner has order ${order}, so the numbering has a gap (the orders are ${orders.join(', ')})`, {entry: `order ${order}`, fix: ORDER_FIX});
    }
  }
});

/** The texts of one partner card, in one language. */
const CARD_TEXTS = {
  summary: 'one or two sentences on what the partner’s page offers for AVS',
  linkText: 'what the link says ({{name}} stands for the partner’s name)',
} as const;
type CardTextKey = keyof typeof CARD_TEXTS;
const CARD_TEXT_KEYS = Object.keys(CARD_TEXTS) as CardTextKey[];

/**
 * The card texts of one locale (i18n/<locale>/partners.json), for the given partner ids:
 * every partner has a non-empty summary and linkText, and no key is left unused.
 * `language` is the language's name in English, e.g. "English", for the messages.
 */
export function cardTextsSchema(partnerIds: readonly string[], language: string) {
  return z.record(z.string(), z.unknown()).superRefine((texts, ctx) => {
    for (const id of partnerIds) {
      const entry = partnerEntry(id);
      const card = texts[id];
      if (card === undefined) {
        addIssue(ctx, 'the partner has no card texts', {
          entry,
          fix: `add ${JSON.stringify(id)}: {"summary": "…", "linkText": "…"} with the texts in ${language} (see README, "Adding a partner")`,
        });
        continue;
      }
      if (typeof card !== 'object' || card === null || Array.isArray(card)) {
        addIssue(ctx, 'the card texts are not a group of texts', {entry, fix: `write them as {"summary": "…", "linkText": "…"}, in ${language}`}, [id]);
        continue;
      }
      const fields = card as Record<string, unknown>;
      for (const key of CARD_TEXT_KEYS) {
        const text = fields[key];
        const fix = `write the ${key} in ${language}: ${CARD_TEXTS[key]}`;
        if (text === undefined) addIssue(ctx, `the ${key} is missing`, {entry, fix: `add "${key}" in ${language}: ${CARD_TEXTS[key]}`}, [id, key]);
        else if (typeof text !== 'string') addIssue(ctx, `the ${key} is not a text`, {entry, fix}, [id, key]);
        else if (text.trim() === '') addIssue(ctx, `the ${key} is empty`, {entry, fix}, [id, key]);
      }
      for (const key of Object.keys(fields)) {
        if (!(CARD_TEXT_KEYS as string[]).includes(key)) {
          addIssue(ctx, `cards only use "summary" and "linkText", so the key ${JSON.stringify(key)} is never shown`, {
            entry: `${entry}, key ${JSON.stringify(key)}`,
            fix: 'rename it to "summary" or "linkText", or delete it',
          }, [id, key]);
        }
      }
    }
    for (const key of Object.keys(texts)) {
      if (!partnerIds.includes(key)) {
        addIssue(ctx, `no partner in src/data/partners.ts has the id ${JSON.stringify(key)}, so these texts are never shown`, {
          entry: `key ${JSON.stringify(key)}`,
          fix: 'rename the key to the id of the partner it describes, or delete it if that partner left the catalog',
        }, [key]);
      }
    }
  });
}

/**
 * The rules a partner catalog and its card texts must follow, as zod schemas; the `Partner` type
 * of src/data/partners.ts is inferred from `partnerSchema` (`PartnerEntry`).
 *
 * Build-time only: the content checks (scripts/content-checks/) and the tests use it.
 * Never import a value from it in a component or in src/data/partners.ts: that would put zod in
 * the browser bundle (`import type` is fine, it is erased).
 *
 * Every issue these schemas raise is meant for a writer: its message says what is wrong, and its
 * params say what to do (see `WriterIssueParams`); zod's own link issues get our words from
 * `linkProblem`.
 */
import * as z from 'zod';
import {isSourceId, sources} from './sources';

/** What the content checks need, beyond the message, to tell a writer what to do. */
export interface WriterIssueParams {
  /** Which partner, key or field, e.g. `partner "veeam"`; when absent, the entry the issue's path names. */
  entry?: string;
  /** What to do, in the imperative. */
  fix: string;
}

const ORDER_FIX = 'number the partners 1, 2, 3… in the order the partners page shows them, with no gaps and no number used twice';

/** What the partner's link leads to; a card says it in the page's language. */
const LINK_KINDS = ['documentation', 'kb-article', 'user-guide', 'blog-post', 'product-page', 'short-link'] as const;

/**
 * A partner link, with zod's URL rules: no space (z.url() would trim it away), then an https
 * address, then a host with a dot (www.example.com, not localhost). Each step runs only if the
 * one before passed, so a link gets one problem, the first.
 */
const NO_SPACE = /^\S*$/;
const HTTPS = /^https$/;
const SITE_NAME = /\./;
const linkSchema = z
  .string()
  .regex(NO_SPACE)
  .pipe(z.url({protocol: HTTPS}))
  .pipe(z.url({hostname: SITE_NAME}));

/** What a writer must do about a link that is not a full https address. */
const COPY_AGAIN = 'copy the address again from the browser’s address bar, while on the partner’s page';

/**
 * Our words for a zod issue about a partner link: what is wrong and what to do; null for any
 * other issue. `link` is the link as written. zod names the URL rule that failed in the issue's
 * `pattern`, and none when the text cannot be read as an address at all.
 */
export function linkProblem(issue: z.core.$ZodIssue, link: string): {problem: string; fix: string} | null {
  if (issue.code !== 'invalid_format' || issue.path.at(-1) !== 'link') return null;
  const shown = JSON.stringify(link);
  if (issue.format === 'regex') return {problem: `the link ${shown} has a space or a line break in it`, fix: COPY_AGAIN};
  if (issue.pattern === HTTPS.source && /^http:/i.test(link)) {
    return {
      problem: `the link ${shown} starts with http://, which is not secure`,
      fix: `use the https:// address of the page (${JSON.stringify(link.replace(/^http:/i, 'https:'))}), after checking that it opens in a browser`,
    };
  }
  if (issue.pattern === HTTPS.source) {
    return {
      problem: `the link ${shown} is not the address of a web page`,
      fix: 'write the address of the partner’s web page, starting with https://',
    };
  }
  if (issue.pattern === SITE_NAME.source) {
    return {
      problem: `the link ${shown} has no site name after https://`,
      fix: 'write the site’s name right after https://, e.g. "https://www.example.com/page"',
    };
  }
  if (/^[a-z][a-z\d+.-]*:/i.test(link)) {
    return {problem: `the link ${shown} is not a valid web address (no site name, or a character that is not allowed?)`, fix: COPY_AGAIN};
  }
  return {
    problem: `the link ${shown} is not a full web address`,
    fix: 'write the full address of the partner’s page, starting with https:// and the site’s name, e.g. "https://www.example.com/page"',
  };
}

function addIssue(ctx: z.RefinementCtx, problem: string, params: WriterIssueParams, path: PropertyKey[] = []): void {
  ctx.addIssue({code: 'custom', message: problem, params: {...params}, path});
}

const partnerEntry = (id: string): string => `partner ${JSON.stringify(id)}`;

/** A source id cited by a partner, in its `field`: one of src/data/sources.ts. */
const sourceIdSchema = (field: string) =>
  z.string({error: `the partner has no ${field}`}).refine(isSourceId, {
    error: (issue) => `the ${field} ${JSON.stringify(issue.input)} is not a source of src/data/sources.ts`,
    params: {
      fix: `use one of the ids of src/data/sources.ts (${Object.keys(sources).join(', ')}), or add the source there first, with its title, link and date`,
    } satisfies WriterIssueParams,
  });

/** One catalog entry; its output type is `PartnerEntry`. */
const partnerSchema = z
  .object({
    /** Stable key: also the key of the partner's texts in i18n/<locale>/partners.json. */
    id: z.string(),
    /** The partner's name as Microsoft's list writes it, shown as is in every language. */
    name: z.string(),
    /** The partner's own page that Microsoft's list links to (outside this site, in English). */
    link: linkSchema,
    /** What that page is. */
    linkKind: z.enum(LINK_KINDS, {error: `the linkKind must be one of ${LINK_KINDS.join(', ')}`}),
    /** Position on the partners page, from 1: Microsoft's order, which is alphabetical. */
    order: z.number(),
    /** The source that lists the partner with this link today. */
    source: sourceIdSchema('source'),
    /** The oldest version of Microsoft's list we read that already names the partner. */
    listedSince: sourceIdSchema('listedSince'),
  })
  .strict()
  .superRefine((partner, ctx) => {
    const entry = partnerEntry(partner.id);
    if (partner.id.trim() === '') {
      addIssue(
        ctx,
        'the id is empty',
        {
          entry: `partner ${JSON.stringify(partner.name)}`,
          fix: 'give the partner a short id in lower case, e.g. "veeam"; it is also the key of its texts in i18n/<locale>/partners.json',
        },
        ['id'],
      );
    }
    if (partner.name.trim() === '') {
      addIssue(ctx, 'the name is empty', {entry, fix: 'write the partner’s name as its card should show it, e.g. "Veeam"'}, ['name']);
    }
    if (!Number.isInteger(partner.order) || partner.order < 1) {
      addIssue(ctx, `the order is ${partner.order}, not a whole number from 1`, {entry, fix: ORDER_FIX}, ['order']);
    }
  });

/** A catalog entry as the schema reads it, any id; src/data/partners.ts narrows `id` to the catalog's ids (`Partner`). */
export type PartnerEntry = z.output<typeof partnerSchema>;

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
      addIssue(ctx, `no partner has order ${order}, so the numbering has a gap (the orders are ${orders.join(', ')})`, {
        entry: `order ${order}`,
        fix: ORDER_FIX,
      });
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
          fix: `add ${JSON.stringify(id)}: {"summary": "…", "linkText": "…"} with the texts in ${language} (see CONTRIBUTING.md, "Adding a partner")`,
        });
        continue;
      }
      if (typeof card !== 'object' || card === null || Array.isArray(card)) {
        addIssue(
          ctx,
          'the card texts are not a group of texts',
          {entry, fix: `write them as {"summary": "…", "linkText": "…"}, in ${language}`},
          [id],
        );
        continue;
      }
      const fields = card as Record<string, unknown>;
      for (const key of CARD_TEXT_KEYS) {
        const text = fields[key];
        const fix = `write the ${key} in ${language}: ${CARD_TEXTS[key]}`;
        if (text === undefined)
          addIssue(ctx, `the ${key} is missing`, {entry, fix: `add "${key}" in ${language}: ${CARD_TEXTS[key]}`}, [id, key]);
        else if (typeof text !== 'string') addIssue(ctx, `the ${key} is not a text`, {entry, fix}, [id, key]);
        else if (text.trim() === '') addIssue(ctx, `the ${key} is empty`, {entry, fix}, [id, key]);
      }
      for (const key of Object.keys(fields)) {
        if (!(CARD_TEXT_KEYS as string[]).includes(key)) {
          addIssue(
            ctx,
            `cards only use "summary" and "linkText", so the key ${JSON.stringify(key)} is never shown`,
            {
              entry: `${entry}, key ${JSON.stringify(key)}`,
              fix: 'rename it to "summary" or "linkText", or delete it',
            },
            [id, key],
          );
        }
      }
    }
    for (const key of Object.keys(texts)) {
      if (!partnerIds.includes(key)) {
        addIssue(
          ctx,
          `no partner in src/data/partners.ts has the id ${JSON.stringify(key)}, so these texts are never shown`,
          {
            entry: `key ${JSON.stringify(key)}`,
            fix: 'rename the key to the id of the partner it describes, or delete it if that partner left the catalog',
          },
          [key],
        );
      }
    }
  });
}

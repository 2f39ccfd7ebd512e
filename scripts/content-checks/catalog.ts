/**
 * The partner catalog (src/data/partners.ts) and its card texts (i18n/<locale>/partners.json),
 * validated with the zod schemas of src/data/partners.schema.ts.
 */
import type {z} from 'zod';
import {catalogSchema, cardTextsSchema, linkProblem, type WriterIssueParams} from '../../src/data/partners.schema';
import {stringsDirOf, type SiteContent} from './content';
import {JSON_SYNTAX_FIX, MISSING_FILE} from './files';
import {loadError, loadExport} from './modules';
import type {Problem} from './problem';
import {languageOf} from './site-locales';

const CATALOG_FILE = 'src/data/partners.ts';
/** Each locale's card texts, in its string folder. */
const CARD_TEXTS = 'partners.json';

/** The `partners` export of a site's src/data/partners.ts, read afresh (see `loadExport`). */
export const loadCatalog = (siteDir: string): Promise<unknown> => loadExport(siteDir, CATALOG_FILE, 'partners');

function isWriterIssueParams(params: unknown): params is WriterIssueParams {
  if (typeof params !== 'object' || params === null) return false;
  const {entry, fix} = params as Partial<Record<keyof WriterIssueParams, unknown>>;
  return typeof fix === 'string' && (entry === undefined || typeof entry === 'string');
}

/**
 * zod issues as problems of `file`: ours carry a fix (and an entry, else the path's first step
 * names it); zod's link issues get our words (`linkProblem`); zod's others (wrong type, unknown
 * key) name the path and get `fallbackFix`.
 */
function toProblems(file: string, issues: readonly z.core.$ZodIssue[], data: unknown, fallbackFix: string): Problem[] {
  return issues.map((issue) => {
    const params = issue.code === 'custom' ? issue.params : undefined;
    const entry = describePath(issue.path.slice(0, 1), data);
    if (isWriterIssueParams(params)) return {file, entry: params.entry ?? entry, problem: issue.message, fix: params.fix};
    const link = linkProblem(issue, String(issue.input));
    if (link) return {file, entry, ...link};
    return {file, entry: describePath(issue.path, data), problem: issue.message.replace(/\.$/, ''), fix: fallbackFix};
  });
}

/** `partner "veeam", field "link"` for the path [2, "link"] of the catalog. */
function describePath(issuePath: readonly PropertyKey[], data: unknown): string {
  const [first, ...rest] = issuePath;
  if (first === undefined) return 'the whole file';
  let entry: string;
  if (typeof first === 'number' && Array.isArray(data)) {
    const item: unknown = data[first];
    const id = typeof item === 'object' && item !== null ? (item as {id?: unknown}).id : undefined;
    entry = typeof id === 'string' ? `partner ${JSON.stringify(id)}` : `partner number ${first + 1} in the list`;
  } else {
    entry = `key ${JSON.stringify(String(first))}`;
  }
  return rest.length === 0 ? entry : `${entry}, field ${JSON.stringify(rest.map(String).join('.'))}`;
}

export async function checkCatalog({siteDir, locales, strings}: SiteContent): Promise<Problem[]> {
  let catalog: unknown;
  try {
    catalog = await loadCatalog(siteDir);
  } catch (error) {
    return [
      {
        file: CATALOG_FILE,
        entry: 'the whole file',
        problem: `it could not be read: ${loadError(error)}`,
        fix: 'correct the syntax; compare with the other partner entries in the file',
      },
    ];
  }
  if (catalog === undefined) {
    return [
      {
        file: CATALOG_FILE,
        entry: 'the whole file',
        problem: 'it does not export the list `partners`',
        fix: 'keep `export const partners = [ … ] as const satisfies readonly PartnerEntry[];` in the file',
      },
    ];
  }
  const problems: Problem[] = [];
  // reportInput: linkProblem quotes the link as written.
  const result = catalogSchema.safeParse(catalog, {reportInput: true});
  if (!result.success) {
    problems.push(
      ...toProblems(
        CATALOG_FILE,
        result.error.issues,
        catalog,
        'correct the entry as the comments on `partnerSchema` in src/data/partners.schema.ts describe',
      ),
    );
  }
  const partnerIds = Array.isArray(catalog)
    ? catalog
        .map((item: unknown) => (typeof item === 'object' && item !== null ? (item as {id?: unknown}).id : undefined))
        .filter((id): id is string => typeof id === 'string')
    : [];
  for (const locale of locales.ids) {
    const language = languageOf(locales, locale);
    const file = `${stringsDirOf(locale)}/${CARD_TEXTS}`;
    const texts = strings.find((f) => f.file === file)?.json ?? MISSING_FILE;
    if (!texts.ok) {
      problems.push({
        file,
        entry: 'the whole file',
        problem: texts.error,
        fix: texts.missing ? `create it with the card texts of every partner in ${language}` : JSON_SYNTAX_FIX,
      });
      continue;
    }
    const parsed = cardTextsSchema([...new Set(partnerIds)], language).safeParse(texts.value);
    if (!parsed.success) {
      problems.push(
        ...toProblems(
          file,
          parsed.error.issues,
          texts.value,
          `write the card texts as {"<partner id>": {"summary": "…", "linkText": "…"}}, in ${language}`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The backup partners, as language-neutral facts: one place for each partner's name and link,
 * as Microsoft's article lists them today (../shared/content/sources-2026.md). What a card says
 * lives in i18n/<locale>/partners.json, keyed by `id`. Sources are ids of src/data/sources.ts.
 *
 * Components import this file: it imports only types from the schema, so zod stays out of the
 * browser bundle.
 */
import type {PartnerEntry} from './partners.schema';

export const partners = [
  {
    id: 'cohesity',
    name: 'Cohesity',
    link: 'https://www.cohesity.com/blogs/expanding-cohesitys-support-for-microsofts-ecosystem-azure-stack-and-azure-vmware-solution/',
    linkKind: 'blog-post',
    order: 1,
    source: 'backup-solutions',
    listedSince: 'backup-solutions-2021-03',
  },
  {
    id: 'commvault',
    name: 'Commvault',
    link: 'https://documentation.commvault.com/v11/software/azure_vmware_solution.html',
    linkKind: 'documentation',
    order: 2,
    source: 'backup-solutions',
    listedSince: 'backup-solutions-2020-09',
  },
  {
    id: 'dell',
    name: 'Dell PPDM',
    link: 'https://www.dell.com/support/manuals/en-us/enterprise-copy-data-management/pp-dm_19.19_virtual_machines_ug/azure-vmware-solution-avs-on-microsoft-azure?guid=guid-600e65ba-95f3-4d7c-b8bb-4950abf2f9ad&lang=en-us',
    linkKind: 'user-guide',
    order: 3,
    source: 'backup-solutions',
    listedSince: 'backup-solutions-2021-03',
  },
  {
    id: 'rubrik',
    name: 'Rubrik',
    link: 'https://www.rubrik.com/en/products/cloud-data-management',
    linkKind: 'product-page',
    order: 4,
    source: 'backup-solutions',
    listedSince: 'backup-solutions-2021-04',
  },
  {
    id: 'veeam',
    name: 'Veeam',
    link: 'https://www.veeam.com/kb4012',
    linkKind: 'kb-article',
    order: 5,
    source: 'backup-solutions',
    listedSince: 'backup-solutions-2020-09',
  },
  {
    id: 'veritas',
    name: 'Veritas',
    link: 'https://vrt.as/nb4avs',
    linkKind: 'short-link',
    order: 6,
    source: 'backup-solutions',
    listedSince: 'backup-solutions-2020-09',
  },
] as const satisfies readonly PartnerEntry[];

/** The id of a partner of the catalog. */
export type PartnerId = (typeof partners)[number]['id'];

/** One partner: its fields, and their rules, are those of `partnerSchema` (src/data/partners.schema.ts); its id is one of the catalog's. */
export type Partner = PartnerEntry & {id: PartnerId};

/** The partners in the order the partners page shows them. */
export function partnersInOrder(catalog: readonly Partner[] = partners): Partner[] {
  return [...catalog].sort((a, b) => a.order - b.order);
}

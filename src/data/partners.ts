/**
 * The backup partners, as language-neutral facts: one place for each partner's name and link,
 * as Microsoft's article lists them today (../shared/content/sources-2026.md). What a card says
 * lives in i18n/<locale>/partners.json, keyed by `id`. Sources are ids of src/data/sources.ts.
 */
import type {SourceId} from './sources';

export type PartnerId = 'cohesity' | 'commvault' | 'dell' | 'rubrik' | 'veeam' | 'veritas';

/** What the partner's link leads to; a card says it in the page's language. */
export const LINK_KINDS = ['documentation', 'kb-article', 'user-guide', 'blog-post', 'product-page', 'short-link'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface Partner {
  /** Stable key: also the key of the partner's texts in i18n/<locale>/partners.json. */
  id: PartnerId;
  /** The partner's name as Microsoft's list writes it, shown as is in every language. */
  name: string;
  /** The partner's own page that Microsoft's list links to (outside this site, in English). */
  link: string;
  /** What that page is. */
  linkKind: LinkKind;
  /** Position on the partners page, from 1: Microsoft's order, which is alphabetical. */
  order: number;
  /** The source that lists the partner with this link today. */
  source: SourceId;
  /** The oldest version of Microsoft's list we read that already names the partner. */
  listedSince: SourceId;
}

export const partners: readonly Partner[] = [
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
];

/** The partners in the order the partners page shows them. */
export function partnersInOrder(catalog: readonly Partner[] = partners): Partner[] {
  return [...catalog].sort((a, b) => a.order - b.order);
}

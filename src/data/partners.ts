/**
 * The backup partners, as language-neutral facts: one place for each partner's
 * name and link. What a card says lives in i18n/<locale>/partners.json, keyed by `id`.
 */
export type PartnerId = 'commvault' | 'veritas' | 'veeam';

export interface Partner {
  /** Stable key: also the key of the partner's texts in i18n/<locale>/partners.json. */
  id: PartnerId;
  /** The partner's name, shown as is in every language. */
  name: string;
  /** The partner's own page on Azure VMware Solution (outside this site, in English). */
  link: string;
  /** Position on the partners page, from 1. */
  order: number;
}

export const partners: readonly Partner[] = [
  {
    id: 'commvault',
    name: 'Commvault',
    link: 'https://documentation.commvault.com/11.21/essential/128997_support_for_azure_vmware_solution.html',
    order: 1,
  },
  {id: 'veritas', name: 'Veritas', link: 'https://vrt.as/nb4avs', order: 2},
  {id: 'veeam', name: 'Veeam', link: 'https://www.veeam.com/kb4012', order: 3},
];

/** The partners in the order the partners page shows them. */
export function partnersInOrder(catalog: readonly Partner[] = partners): Partner[] {
  return [...catalog].sort((a, b) => a.order - b.order);
}

import {partners, partnersInOrder} from '@site/src/data/partners';

// The URLs of ../shared/content/facts.md, the only source of the partner links.
const FACTS_LINKS = {
  commvault: 'https://documentation.commvault.com/11.21/essential/128997_support_for_azure_vmware_solution.html',
  veritas: 'https://vrt.as/nb4avs',
  veeam: 'https://www.veeam.com/kb4012',
};

describe('partner catalog', () => {
  it('lists Commvault, Veritas and Veeam in that order', () => {
    expect(partnersInOrder().map((p) => p.name)).toEqual(['Commvault', 'Veritas', 'Veeam']);
  });

  it('points each partner exactly at its documented page', () => {
    expect(Object.fromEntries(partners.map((p) => [p.id, p.link]))).toEqual(FACTS_LINKS);
  });

  it('orders by the order field, not by position in the file', () => {
    const shuffled = [partners[2]!, partners[0]!, partners[1]!];
    expect(partnersInOrder(shuffled).map((p) => p.id)).toEqual(['commvault', 'veritas', 'veeam']);
  });
});

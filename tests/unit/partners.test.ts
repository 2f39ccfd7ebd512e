// @vitest-environment node
import {partners, partnersInOrder} from '@site/src/data/partners';

describe('partner catalog', () => {
  it('lists the six partners in Microsoft’s (alphabetical) order', () => {
    expect(partnersInOrder().map((p) => p.name)).toEqual(['Cohesity', 'Commvault', 'Dell PPDM', 'Rubrik', 'Veeam', 'Veritas']);
  });

  it('orders by the order field, not by position in the file', () => {
    const shuffled = [partners[2], partners[0], partners[5], partners[1], partners[4], partners[3]];
    expect(partnersInOrder(shuffled).map((p) => p.id)).toEqual(['cohesity', 'commvault', 'dell', 'rubrik', 'veeam', 'veritas']);
  });
});

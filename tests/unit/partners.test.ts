import {partners, partnersInOrder} from '@site/src/data/partners';

// The partner URLs of ../shared/content/sources-2026.md (Microsoft's list, 2026), verbatim.
const SOURCE_LINKS = {
  cohesity: 'https://www.cohesity.com/blogs/expanding-cohesitys-support-for-microsofts-ecosystem-azure-stack-and-azure-vmware-solution/',
  commvault: 'https://documentation.commvault.com/v11/software/azure_vmware_solution.html',
  dell: 'https://www.dell.com/support/manuals/en-us/enterprise-copy-data-management/pp-dm_19.19_virtual_machines_ug/azure-vmware-solution-avs-on-microsoft-azure?guid=guid-600e65ba-95f3-4d7c-b8bb-4950abf2f9ad&lang=en-us',
  rubrik: 'https://www.rubrik.com/en/products/cloud-data-management',
  veeam: 'https://www.veeam.com/kb4012',
  veritas: 'https://vrt.as/nb4avs',
};

describe('partner catalog', () => {
  it('lists the six partners in Microsoft’s (alphabetical) order', () => {
    expect(partnersInOrder().map((p) => p.name)).toEqual(['Cohesity', 'Commvault', 'Dell PPDM', 'Rubrik', 'Veeam', 'Veritas']);
  });

  it('points each partner exactly at the page Microsoft’s list gives', () => {
    expect(Object.fromEntries(partners.map((p) => [p.id, p.link]))).toEqual(SOURCE_LINKS);
  });

  it('orders by the order field, not by position in the file', () => {
    const shuffled = [partners[2]!, partners[0]!, partners[5]!, partners[1]!, partners[4]!, partners[3]!];
    expect(partnersInOrder(shuffled).map((p) => p.id)).toEqual(['cohesity', 'commvault', 'dell', 'rubrik', 'veeam', 'veritas']);
  });
});

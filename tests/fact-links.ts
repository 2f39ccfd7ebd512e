/**
 * The partner links of the fact sheet ../shared/content/sources-2026.md (Microsoft's list, 2026),
 * verbatim: the one copy the tests compare the catalog (src/data/partners.ts) and the built pages
 * with. The fact sheet is outside the repository (CI clones the repository only), hence this copy.
 * Change it only when the fact sheet changes.
 */
import type {PartnerId} from '../src/data/partners';

export const FACT_LINKS: Readonly<Record<PartnerId, string>> = {
  cohesity: 'https://www.cohesity.com/blogs/expanding-cohesitys-support-for-microsofts-ecosystem-azure-stack-and-azure-vmware-solution/',
  commvault: 'https://documentation.commvault.com/v11/software/azure_vmware_solution.html',
  dell: 'https://www.dell.com/support/manuals/en-us/enterprise-copy-data-management/pp-dm_19.19_virtual_machines_ug/azure-vmware-solution-avs-on-microsoft-azure?guid=guid-600e65ba-95f3-4d7c-b8bb-4950abf2f9ad&lang=en-us',
  rubrik: 'https://www.rubrik.com/en/products/cloud-data-management',
  veeam: 'https://www.veeam.com/kb4012',
  veritas: 'https://vrt.as/nb4avs',
};

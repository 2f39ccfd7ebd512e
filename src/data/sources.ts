/**
 * The published pages this site rests on, each written once: pages cite them by id in their
 * front matter (`sources: [...]`), partners in the catalog (src/data/partners.ts). The content
 * checks fail the build when a page or a partner cites no source, or an id that is not here.
 *
 * `date` is the date of the version we read (its `ms.date`, or the article's date), not the day
 * we read it. `title` is the article's title where the fact sheets give it, otherwise a plain
 * description of the page (its subject, as its address and the sheets name it), in English like
 * the page; `lang` is the title's language. Where we read a translated copy of an English
 * article, `translation` names the copy's language.
 * Every entry comes from ../shared/content/facts.md or ../shared/content/sources-2026.md.
 */
export const sources = {
  'backup-solutions': {
    title: 'Backup solutions for Azure VMware Solution virtual machines',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/azure-vmware/ecosystem-back-up-vms',
    date: '2026-02-02',
    lang: 'en',
  },
  'backup-solutions-2020-09': {
    title: 'Back up solutions for Azure VMware Solution virtual machines',
    publisher: 'MicrosoftDocs/azure-docs, GitHub',
    link: 'https://github.com/MicrosoftDocs/azure-docs/blob/0044fdb8d5bf09752bb38ee56d0f8bf080db8e3e/articles/azure-vmware/ecosystem-back-up-vms.md',
    date: '2020-09-22',
    lang: 'en',
  },
  'backup-solutions-fr-2021-01': {
    title: 'Solutions de sauvegarde pour les machines virtuelles Azure VMware Solution',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/fr-fr/azure/azure-vmware/ecosystem-back-up-vms',
    date: '2021-01-11',
    lang: 'fr',
  },
  'backup-solutions-2021-03': {
    title: 'Backup solutions for Azure VMware Solution virtual machines',
    publisher: 'robertorcosta/azure-docs.pt-br, GitHub',
    translation: 'pt',
    link: 'https://github.com/robertorcosta/azure-docs.pt-br/blob/178e6192f57f9d2e4eacb0fc4fc6bcf546039c39/articles/azure-vmware/ecosystem-back-up-vms.md',
    date: '2021-03-17',
    lang: 'en',
  },
  'backup-solutions-2021-04': {
    title: 'Backup solutions for Azure VMware Solution virtual machines',
    publisher: 'christophbittig/azure-docs.de-de, GitHub',
    translation: 'de',
    link: 'https://github.com/christophbittig/azure-docs.de-de/blob/175d0d1b0807eaf4dcce4cf729b9f388de55d017/articles/azure-vmware/ecosystem-back-up-vms.md',
    date: '2021-04-21',
    lang: 'en',
  },
  'avs-faq': {
    title: 'Azure VMware Solution FAQ, “Backup/restore” section',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/azure-vmware/faq',
    date: '2025-03-05',
    lang: 'en',
  },
  'mabs-setup': {
    title: 'Setting up Azure Backup Server for Azure VMware Solution',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/azure-vmware/set-up-backup-server-for-azure-vmware-solution',
    date: '2026-03-27',
    lang: 'en',
  },
  'mabs-back-up-vms': {
    title: 'Backing up Azure VMware Solution VMs with Azure Backup Server',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/azure-vmware/backup-azure-vmware-solution-virtual-machines',
    date: '2023-11-28',
    lang: 'en',
  },
  'caf-bcdr': {
    title: 'Cloud Adoption Framework: business continuity and disaster recovery for Azure VMware Solution',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/cloud-adoption-framework/scenarios/azure-vmware/eslz-business-continuity-and-disaster-recovery',
    date: '2022-10-18',
    lang: 'en',
    removal: {date: '2026-09-30', notice: 'caf-deprecation'},
  },
  'caf-operations': {
    title: 'Cloud Adoption Framework: Azure VMware Solution operations and health management, section 6.9 “Backup standard”',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/cloud-adoption-framework/azure-vmware-solution/operations-health-management',
    date: '2026-08-20',
    lang: 'en',
  },
  'caf-deprecation': {
    title: 'Cloud Adoption Framework: deprecation notice of the Azure VMware Solution scenario articles',
    publisher: 'MicrosoftDocs/cloud-adoption-framework, GitHub',
    link: 'https://github.com/MicrosoftDocs/cloud-adoption-framework/blob/5c260b3f1e0676826d514a018b5c4226da1b29a1/docs/scenarios/azure-vmware/includes/azure-vmware-deprecation-notice.md',
    date: '2026-08-26',
    lang: 'en',
  },
  'third-party-limitations': {
    title: 'Third party backup and disaster recovery solutions for Azure VMware: Limitations, compatibility, and known issues',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/azure-vmware/ecosystem-disaster-recovery-vms',
    date: '2026-03-05',
    lang: 'en',
  },
  'anf-cloud-backup': {
    title: 'Back up Azure NetApp Files datastores and VMs using Cloud Backup (preview)',
    publisher: 'Microsoft Learn',
    link: 'https://learn.microsoft.com/azure/azure-vmware/backup-azure-netapp-files-datastores-vms',
    date: '2023-11-28',
    lang: 'en',
  },
} as const satisfies Record<string, Source>;

export interface Source {
  /** The page's title, or a plain description of it (see above). */
  title: string;
  /** Who publishes it, or where the copy we read lives. */
  publisher: string;
  /** Absolute https address of the page, or of the exact version read. */
  link: string;
  /** Date of the version read (YYYY-MM-DD). */
  date: string;
  /** Language of the title (BCP 47). */
  lang: 'en' | 'fr';
  /** The version read is a translation of the article into this language. */
  translation?: 'pt' | 'de';
  /** The publisher has announced the page's removal: on this day (YYYY-MM-DD), as the source `notice` (an id here) says. */
  removal?: {date: string; notice: string};
}

export type SourceId = keyof typeof sources;

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(sources, id);
}

/**
 * A front-matter date as YYYY-MM-DD: YAML reads `2026-11-25` as a Date, Docusaurus's page data
 * carries it as an ISO string; anything else comes back as written.
 */
export function frontMatterDay(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text;
}

import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: [
    'index',
    'backup-principle',
    'choose-a-solution',
    'backup-partners',
    'azure-backup-server',
    'support-and-checks',
    'network-traffic',
  ],
};

export default sidebars;

import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/** In the order a reader decides: why partners, which path, what to check, then each path's reference pages. */
const sidebars: SidebarsConfig = {
  guide: [
    'index',
    'backup-principle',
    'choose-a-solution',
    'support-and-checks',
    'azure-backup-server',
    'backup-partners',
    'network-traffic',
  ],
};

export default sidebars;

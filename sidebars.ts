import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: ['index', 'backup-principle', 'backup-partners', 'network-traffic'],
};

export default sidebars;

import type {defaultNS, resources} from './index';

// Type-checks every t() key against the French resources (the default locale).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['fr'];
  }
}

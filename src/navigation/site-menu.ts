import {usePluginData} from '@docusaurus/useGlobalData';

/** One link of the phone menu's page list. */
export interface SiteMenuPage {
  label: string;
  href: string;
}
export interface SiteMenuData {
  pages: SiteMenuPage[];
}

/** The id of the phone menu (a popover), which the navbar's menu button opens. */
export const PHONE_MENU_ID = 'phone-menu';
/** The id of the navbar's language menu (a popover). */
export const LANGUAGE_MENU_ID = 'language-menu';

/** The site's pages in sidebar order, in the page's language (plugins/site-menu.ts). */
export const useSitePages = (): SiteMenuPage[] => (usePluginData('site-menu') as SiteMenuData).pages;

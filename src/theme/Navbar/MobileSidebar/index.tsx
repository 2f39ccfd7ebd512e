import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import NavbarColorModeToggle from '@theme/Navbar/ColorModeToggle';
import NavbarLogo from '@theme/Navbar/Logo';
import IconClose from '@theme/Icon/Close';
import LanguageLinks from '@site/src/controls/language-links/LanguageLinks';
import {PHONE_MENU_ID, useSitePages} from '@site/src/navigation/site-menu';
import styles from './styles.module.css';

/**
 * The phone menu: a popover that the navbar's menu button opens (src/theme/Navbar/MobileSidebar/Toggle),
 * rendered at build time on every page: the site's pages, then the languages. The browser closes it
 * on Escape, on a second press of the button, on the close button and on a tap outside.
 */
export default function NavbarMobileSidebar(): ReactNode {
  const pages = useSitePages();
  const {pathname} = useLocation();
  const languagesId = `${PHONE_MENU_ID}-languages`;
  return (
    <div id={PHONE_MENU_ID} popover="auto" className={styles.menu}>
      <div className="navbar-sidebar__brand">
        <NavbarLogo />
        <NavbarColorModeToggle className="margin-right--md" />
        <button
          type="button"
          popoverTarget={PHONE_MENU_ID}
          popoverTargetAction="hide"
          aria-label={translate({
            id: 'theme.docs.sidebar.closeSidebarButtonAriaLabel',
            message: 'Close navigation bar',
            description: 'The ARIA label for close button of mobile sidebar',
          })}
          className="clean-btn navbar-sidebar__close"
        >
          <IconClose color="var(--ifm-color-emphasis-600)" />
        </button>
      </div>
      <div className="menu">
        <ul className="menu__list">
          {pages.map(({label, href}) => {
            const current = pathname.replace(/\/$/, '') === href.replace(/\/$/, '');
            return (
              <li key={href} className="menu__list-item">
                <Link to={href} className={clsx('menu__link', current && 'menu__link--active')} aria-current={current ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            );
          })}
        </ul>
        <p id={languagesId} className={styles.heading}>
          {translate({
            id: 'theme.navbar.mobileLanguageDropdown.label',
            message: 'Languages',
            description: 'The label for the mobile language switcher dropdown',
          })}
        </p>
        <ul className="menu__list" aria-labelledby={languagesId}>
          <LanguageLinks linkClassName="menu__link" activeClassName="menu__link--active" />
        </ul>
      </div>
    </div>
  );
}

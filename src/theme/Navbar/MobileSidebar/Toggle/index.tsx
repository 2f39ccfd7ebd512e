import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import IconMenu from '@theme/Icon/Menu';
import {PHONE_MENU_ID} from '@site/src/navigation/site-menu';

/** The phone menu's button: the browser opens and closes the popover, no script needed. */
export default function MobileSidebarToggle(): ReactNode {
  return (
    <button
      type="button"
      popoverTarget={PHONE_MENU_ID}
      aria-label={translate({
        id: 'theme.docs.sidebar.toggleSidebarButtonAriaLabel',
        message: 'Toggle navigation bar',
        description: 'The ARIA label for hamburger menu button of mobile navigation',
      })}
      className="navbar__toggle clean-btn"
    >
      <IconMenu />
    </button>
  );
}

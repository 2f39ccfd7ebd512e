import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import IconLightMode from '@theme/Icon/LightMode';
import IconDarkMode from '@theme/Icon/DarkMode';
import IconSystemColorMode from '@theme/Icon/SystemColorMode';
import type {Props} from '@theme/ColorModeToggle';
import {COLOR_MODES, type ColorModeChoice} from './modes';
import styles from './styles.module.css';

function modeName(mode: ColorModeChoice): string {
  switch (mode) {
    case 'system':
      return translate({
        message: 'system mode',
        id: 'theme.colorToggle.ariaLabel.mode.system',
        description: 'The name for the system color mode',
      });
    case 'light':
      return translate({
        message: 'light mode',
        id: 'theme.colorToggle.ariaLabel.mode.light',
        description: 'The name for the light color mode',
      });
    case 'dark':
      return translate({
        message: 'dark mode',
        id: 'theme.colorToggle.ariaLabel.mode.dark',
        description: 'The name for the dark color mode',
      });
  }
}

const modeLabel = (mode: ColorModeChoice): string =>
  translate(
    {
      message: 'Switch between dark and light mode (currently {mode})',
      id: 'theme.colorToggle.ariaLabel',
      description: 'The ARIA label for the color mode toggle',
    },
    {mode: modeName(mode)},
  );

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace: this adds our element to them.
  namespace JSX {
    interface IntrinsicElements {
      'color-mode-toggle': React.HTMLAttributes<HTMLElement>;
    }
  }
}

/**
 * The light/dark switch, rendered at build time with the texts of the three choices (system,
 * light, dark; src/theme/ColorModeToggle re-exports it); the `<color-mode-toggle>` element
 * (color-mode.ts) makes it work. The icon shown follows the
 * `data-theme-choice` that Docusaurus's inline script sets before the first paint; without
 * JavaScript that attribute is missing and the switch is hidden (it could not work).
 */
export default function ColorModeToggle({className, buttonClassName}: Props): ReactNode {
  const texts = Object.fromEntries(
    COLOR_MODES.flatMap((mode) => [
      [`data-title-${mode}`, modeName(mode)],
      [`data-label-${mode}`, modeLabel(mode)],
    ]),
  );
  return (
    <color-mode-toggle className={styles.host}>
      <div className={clsx(styles.toggle, className)}>
        <button
          type="button"
          className={clsx('clean-btn', styles.toggleButton, buttonClassName)}
          title={modeName('system')}
          aria-label={modeLabel('system')}
          {...texts}
        >
          <IconLightMode aria-hidden className={clsx(styles.toggleIcon, styles.lightToggleIcon)} />
          <IconDarkMode aria-hidden className={clsx(styles.toggleIcon, styles.darkToggleIcon)} />
          <IconSystemColorMode aria-hidden className={clsx(styles.toggleIcon, styles.systemToggleIcon)} />
        </button>
      </div>
    </color-mode-toggle>
  );
}

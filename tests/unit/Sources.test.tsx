import {render, screen, within} from '@testing-library/react';
import {I18nextProvider} from 'react-i18next';
import {SourceList, SourceLink} from '@site/src/components/Sources/SourceList';
import {sources} from '@site/src/data/sources';
import {i18nFor, type Locale} from '@site/src/i18n';

function renderIn(locale: Locale, ui: React.ReactNode) {
  return render(<I18nextProvider i18n={i18nFor(locale)}>{ui}</I18nextProvider>);
}

describe.each([
  {
    locale: 'fr' as const,
    label: 'Sources de la page',
    version: 'Microsoft Learn, version du 2 février 2026 (en anglais)',
    copy: 'version du 17 mars 2021 (copie traduite en portugais)',
    checked: 'Sources vérifiées le 25 novembre 2026.',
  },
  {
    locale: 'en' as const,
    label: 'Sources of this page',
    version: 'Microsoft Learn, version of February 2, 2026',
    copy: 'version of March 17, 2021 (translated copy in Portuguese)',
    checked: 'Sources checked on November 25, 2026.',
  },
])('SourceList in $locale', ({locale, label, version, copy, checked}) => {
  it('lists each source with its link, who publishes it and the date of the version read, then when they were checked', () => {
    renderIn(locale, <SourceList ids={['backup-solutions', 'backup-solutions-2021-03']} checkedOn="2026-11-25" />);
    const items = within(screen.getByRole('list', {name: label})).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const link = within(items[0]!).getByRole('link', {name: sources['backup-solutions'].title});
    expect(link).toHaveAttribute('href', sources['backup-solutions'].link);
    expect(link).toHaveAttribute('hreflang', 'en');
    expect(items[0]).toHaveTextContent(version);
    expect(items[1]).toHaveTextContent(copy);
    expect(screen.getByText(new RegExp(`^${checked}`))).toBeInTheDocument();
  });
});

it('SourceLink takes the address from the list of sources', () => {
  renderIn('fr', <SourceLink id="mabs-setup">l’article</SourceLink>);
  expect(screen.getByRole('link', {name: 'l’article'})).toHaveAttribute('href', sources['mabs-setup'].link);
});

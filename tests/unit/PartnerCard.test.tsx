import {render, screen, within} from '@testing-library/react';
import {I18nextProvider} from 'react-i18next';
import PartnerCard from '@site/src/components/PartnerCard';
import PartnerList from '@site/src/components/PartnerList';
import {partners} from '@site/src/data/partners';
import {i18nFor, type Locale} from '@site/src/i18n';

function renderIn(locale: Locale, ui: React.ReactNode) {
  return render(<I18nextProvider i18n={i18nFor(locale)}>{ui}</I18nextProvider>);
}

const veeam = partners.find((p) => p.id === 'veeam')!;

describe.each([
  {
    locale: 'fr' as const,
    summary: 'L’article KB4012 de la base de connaissances de Veeam, consacré à Azure VMware Solution.',
    kind: 'Article de base de connaissances',
    listedSince: 'Dans la liste de Microsoft dès sa version du 22 septembre 2020',
    name: 'Lire l’article KB4012 de Veeam (site du partenaire, en anglais)',
    listLabel: 'Partenaires de sauvegarde',
  },
  {
    locale: 'en' as const,
    summary: 'Veeam’s knowledge-base article KB4012, on Azure VMware Solution.',
    kind: 'Knowledge-base article',
    listedSince: 'On Microsoft’s list since at least the version of September 22, 2020',
    name: 'Read the Veeam article KB4012 (partner site)',
    listLabel: 'Backup partners',
  },
])('PartnerCard in $locale', ({locale, summary, kind, listedSince, name, listLabel}) => {
  it('shows the name, what kind of page the link is, what it offers, since when Microsoft lists it, and a link that says it leaves the site', () => {
    renderIn(
      locale,
      <ul>
        <PartnerCard partner={veeam} />
      </ul>,
    );
    const card = screen.getByRole('listitem');
    expect(within(card).getByRole('heading', {level: 3})).toHaveTextContent('Veeam');
    expect(card).toHaveTextContent(summary);
    expect(card).toHaveTextContent(kind);
    expect(card).toHaveTextContent(listedSince);
    const link = within(card).getByRole('link');
    expect(link).toHaveAccessibleName(name);
    expect(link).toHaveAttribute('href', 'https://www.veeam.com/kb4012');
    expect(link).toHaveAttribute('hreflang', 'en');
    // Opens in the same tab, so it needs no noopener; rel only marks it as external.
    expect(link).not.toHaveAttribute('target');
    expect(link).toHaveAttribute('rel', 'external');
  });

  it('lists every partner in catalog order, each text translated', () => {
    renderIn(locale, <PartnerList />);
    const list = screen.getByRole('list', {name: listLabel});
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Cohesity',
      'Commvault',
      'Dell PPDM',
      'Rubrik',
      'Veeam',
      'Veritas',
    ]);
    for (const [i, card] of cards.entries()) {
      const link = within(card).getByRole('link');
      expect(link).toHaveAttribute('href', partners[i]!.link);
      expect(link.textContent).toContain(partners[i]!.name);
      // An untranslated key would show as "veeam.summary".
      expect(card.textContent).not.toMatch(/\b(summary|linkText|leavesSite|listedSince|linkKind)\b/);
    }
  });
});

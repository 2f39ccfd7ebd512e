import {render, screen, within} from '@testing-library/react';
import {I18nextProvider} from 'react-i18next';
import PartnerCard from '@site/src/components/PartnerCard';
import PartnerList from '@site/src/components/PartnerList';
import {partners} from '@site/src/data/partners';
import {PageSources} from '@site/src/components/Sources/page-sources';
import {sources} from '@site/src/data/sources';
import {i18nFor, type Locale} from '@site/src/i18n';

/** The partners page's sources, in its order: a card's citation numbers are places in this list. */
const PAGE_SOURCES = ['backup-solutions', 'backup-solutions-2020-09', 'backup-solutions-2021-03', 'backup-solutions-2021-04'] as const;

function renderIn(locale: Locale, ui: React.ReactNode) {
  return render(
    <I18nextProvider i18n={i18nFor(locale)}>
      <PageSources value={PAGE_SOURCES}>{ui}</PageSources>
    </I18nextProvider>,
  );
}

const veeam = partners.find((p) => p.id === 'veeam')!;

describe.each([
  {
    locale: 'fr' as const,
    summary: 'L’article KB4012 de la base de connaissances de Veeam, consacré à Azure VMware Solution.',
    kind: 'Article de base de connaissances',
    listedSince: 'Dans la liste de Microsoft depuis au moins sa version du 22 septembre 2020',
    name: 'Lire l’article KB4012 de Veeam (site du partenaire)',
    citations: ['Source 1\u00a0: ', 'Source 2\u00a0: '],
    listLabel: 'Partenaires de sauvegarde',
  },
  {
    locale: 'en' as const,
    summary: 'Veeam’s knowledge-base article KB4012, on Azure VMware Solution.',
    kind: 'Knowledge-base article',
    listedSince: 'On Microsoft’s list since at least the version of September 22, 2020',
    name: 'Read the Veeam article KB4012 (partner site)',
    citations: ['Source 1: ', 'Source 2: '],
    listLabel: 'Backup partners',
  },
])('PartnerCard in $locale', ({locale, summary, kind, listedSince, name, citations, listLabel}) => {
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
    const link = within(card).getByRole('link', {name});
    expect(link).toHaveAttribute('href', 'https://www.veeam.com/kb4012');
    // Nothing in the fact sheets says what language each partner's page is in today.
    expect(link).not.toHaveAttribute('hreflang');
    // Opens in the same tab, so it needs no noopener; rel only marks it as external.
    expect(link).not.toHaveAttribute('target');
    expect(link).toHaveAttribute('rel', 'external');
    // The summary cites today's list (source 1 of the page), the date the oldest list naming Veeam (source 2).
    const marks = within(card).getAllByRole('link', {name: /^Source /});
    expect(marks.map((mark) => mark.getAttribute('href'))).toEqual(['#source-backup-solutions', '#source-backup-solutions-2020-09']);
    expect(marks.map((mark) => mark.textContent)).toEqual(['[1]', '[2]']);
    expect(marks[0]).toHaveAccessibleName(citations[0]! + sources['backup-solutions'].title);
    expect(marks[1]).toHaveAccessibleName(citations[1]! + sources['backup-solutions-2020-09'].title);
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
      const link = within(card).getByRole('link', {name: new RegExp(partners[i]!.name)});
      expect(link).toHaveAttribute('href', partners[i]!.link);
      expect(link.textContent).toContain(partners[i]!.name);
      // An untranslated key would show as "veeam.summary".
      expect(card.textContent).not.toMatch(/\b(summary|linkText|leavesSite|listedSince|linkKind)\b/);
    }
  });
});

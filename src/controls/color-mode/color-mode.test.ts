/**
 * `<color-mode-toggle>` in jsdom, on the markup ColorModeToggle.tsx writes (two switches: navbar
 * and phone menu). The browser suite checks it on the real pages (tests/e2e/controls.spec.ts).
 */
const KEY = 'theme-test';

/** jsdom has no matchMedia: a system colour scheme that the test can change. */
const listeners: (() => void)[] = [];
const media = {matches: false, addEventListener: (_: string, listener: () => void) => listeners.push(listener)};
const setSystemDark = (dark: boolean) => ((media.matches = dark), listeners.forEach((l) => l()));

const html = document.documentElement;
const buttons = () => [...document.querySelectorAll('button')];
/** Lets the switches see the new choice (a MutationObserver's callback runs as a microtask). */
const settle = () => new Promise((resolve) => setTimeout(resolve));

beforeAll(async () => {
  vi.stubGlobal('matchMedia', () => media);
  vi.stubGlobal('THEME_STORAGE_KEY', KEY); // plugins/islands.ts defines it in the bundle
  await import('./color-mode');
});
afterAll(() => vi.unstubAllGlobals());

beforeEach(() => {
  localStorage.clear();
  html.dataset.themeChoice = 'system';
  html.dataset.theme = 'light';
  document.body.innerHTML = ['navbar', 'menu']
    .map(
      (where) =>
        `<color-mode-toggle><div><button data-where="${where}" ${['system', 'light', 'dark'].map((m) => `data-title-${m}="${m}" data-label-${m}="Switch (currently ${m})"`).join(' ')}></button></div></color-mode-toggle>`,
    )
    .join('');
});

describe('<color-mode-toggle>', () => {
  it('cycles system → light → dark → system, on every switch, remembering explicit choices only', async () => {
    setSystemDark(true);
    expect(html.dataset.theme).toBe('dark'); // the system's
    buttons()[0]!.click();
    expect(html.dataset).toMatchObject({themeChoice: 'light', theme: 'light'});
    expect(localStorage.getItem(KEY)).toBe('light');
    await settle();
    for (const button of buttons()) expect(button.getAttribute('aria-label')).toBe('Switch (currently light)');
    buttons()[1]!.click();
    expect(html.dataset).toMatchObject({themeChoice: 'dark', theme: 'dark'});
    await settle();
    expect(buttons()[0]!.title).toBe('dark');
    buttons()[0]!.click();
    expect(html.dataset).toMatchObject({themeChoice: 'system', theme: 'dark'});
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('follows the system while the choice is "system", not after an explicit choice', () => {
    setSystemDark(false);
    setSystemDark(true);
    expect(html.dataset.theme).toBe('dark');
    buttons()[0]!.click(); // light
    setSystemDark(false);
    setSystemDark(true);
    expect(html.dataset.theme).toBe('light');
  });

  it('takes a choice made in another tab', async () => {
    setSystemDark(false);
    window.dispatchEvent(new StorageEvent('storage', {key: KEY, newValue: 'dark'}));
    expect(html.dataset).toMatchObject({themeChoice: 'dark', theme: 'dark'});
    await settle();
    expect(buttons()[1]!.getAttribute('aria-label')).toBe('Switch (currently dark)');
    window.dispatchEvent(new StorageEvent('storage', {key: 'other', newValue: 'light'}));
    expect(html.dataset.theme).toBe('dark');
  });

  it('says clearly when its markup has no button', () => {
    const broken = document.createElement('color-mode-toggle');
    expect(() => (broken as HTMLElement & {connectedCallback: () => void}).connectedCallback()).toThrow(/no button/);
  });
});

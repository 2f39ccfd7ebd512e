import {useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory, useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluralForm} from '@docusaurus/theme-common';
import {DROPDOWN_LIMIT} from '@site/src/search/dropdown-limit';
import {HIGHLIGHT_PARAM} from '@site/src/search/highlight-param';
import type {SearchHit} from '@site/src/search/pagefind';
import * as texts from '@site/src/search/texts';
import styles from './styles.module.css';
import a11y from '@site/src/css/visually-hidden.module.css';


/** The search code: a chunk of its own, fetched on first focus (it then fetches Pagefind and the index). */
const searchModule = () => import('@site/src/search/pagefind');

/** True when the key press is meant for a field, not for a page shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The navbar search box: a combobox whose listbox lists the current locale's matching pages,
 * plus a last option that opens the results page. `/` or Ctrl+K (⌘K) focuses it; arrows move
 * in the list, Enter opens, Escape closes then clears. Nothing of the engine loads with the page.
 */
export default function SearchBar(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {selectMessage} = usePluralForm();
  const history = useHistory();
  const location = useLocation();
  const searchPage = useBaseUrl('/search');
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const latestQuery = useRef('');
  const [query, setQuery] = useState('');
  /** The latest results, and the query they answer (older than `query` while a search runs). */
  const [results, setResults] = useState<{query: string; hits: SearchHit[]} | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent): void {
      const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // A followed result carries its matched words: highlight them on this page.
  useEffect(() => {
    setOpen(false);
    if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
    searchModule()
      .then(({highlightFromUrl}) => highlightFromUrl(location.search))
      .catch(() => undefined); // highlighting is a nicety
  }, [location.pathname, location.search]);

  async function search(value: string): Promise<void> {
    latestQuery.current = value;
    setQuery(value);
    setActive(-1);
    setFailed(false);
    if (!value.trim()) {
      setResults(null);
      setOpen(false);
      return;
    }
    setOpen(true);
    try {
      const {searchPages} = await searchModule();
      const result = await searchPages(value, {limit: DROPDOWN_LIMIT, locale: i18n.currentLocale, defaultLocale: i18n.defaultLocale});
      if (result && latestQuery.current === value) setResults({query: value, hits: result.hits});
    } catch {
      if (latestQuery.current === value) setFailed(true);
    }
  }

  const trimmed = query.trim();
  const hits = results?.query === query ? results.hits : null;
  // While a new search runs, the previous results stay (no flicker), marked busy.
  const shown = trimmed && results ? results.hits : [];
  const optionCount = trimmed ? shown.length + 1 : 0; // + "all results"
  const optionId = (index: number) => `${id}-option-${index}`;
  const status = texts.statusText({query: trimmed, failed, count: hits ? hits.length : null}, selectMessage);

  function openOption(index: number): void {
    const hit = shown[index];
    setOpen(false);
    inputRef.current?.blur();
    history.push(hit ? hit.url : `${searchPage}?q=${encodeURIComponent(trimmed)}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (optionCount === 0) return;
      event.preventDefault();
      setOpen(true);
      const down = event.key === 'ArrowDown';
      setActive((current) => (down ? (current + 1) % optionCount : current <= 0 ? optionCount - 1 : current - 1));
    } else if (event.key === 'Enter') {
      if (!trimmed) return;
      event.preventDefault();
      openOption(active >= 0 ? active : shown.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setOpen(false);
      else void search('');
      setActive(-1);
    }
  }

  return (
    <div className={styles.search} role="search">
      <label htmlFor={`${id}-input`} className={a11y.visuallyHidden}>
        {texts.label()}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={clsx('navbar__search-input', styles.input)}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && optionCount > 0}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder={texts.placeholder()}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          // Warm up: engine, WebAssembly and the locale's index metadata, before the first key.
          searchModule()
            .then(({loadPagefind}) => loadPagefind())
            .catch(() => undefined); // a search reports the failure
          if (trimmed) setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => void search(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.hint} aria-hidden="true">
        /
      </kbd>
      <p className={a11y.visuallyHidden} role="status">
        {open ? status : ''}
      </p>
      <div className={styles.popup} hidden={!open || optionCount === 0}>
        {status && (failed || shown.length === 0) && <p className={styles.message}>{status}</p>}
        <ul id={listId} role="listbox" aria-label={texts.resultsLabel()} aria-busy={!hits} className={styles.list}>
          {shown.map((hit, index) => (
            <li
              key={hit.url}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={styles.option}
              // Keep the focus in the box, so that the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => openOption(index)}
            >
              <span className={styles.title}>{hit.title}</span>
              {/* Pagefind escapes the page text; its only markup is <mark> around matched words. */}
              <span className={styles.excerpt} dangerouslySetInnerHTML={{__html: hit.excerpt}} />
            </li>
          ))}
          {optionCount > 0 && (
            <li
              id={optionId(shown.length)}
              role="option"
              aria-selected={active === shown.length}
              className={clsx(styles.option, styles.all)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => openOption(shown.length)}
            >
              {texts.allResults(trimmed)}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}

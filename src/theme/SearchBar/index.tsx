import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import * as texts from '@site/src/search/texts';
import styles from './styles.module.css';
import a11y from '@site/src/css/visually-hidden.module.css';

/**
 * The navbar search box, rendered at build time; src/islands/search-box.ts makes it a combobox
 * whose listbox lists the current locale's matching pages, plus a last option that opens the
 * results page. `/` or Ctrl+K (⌘K) focuses it; arrows move in the list, Enter opens, Escape
 * closes then clears. Nothing of the engine loads with the page. Without JavaScript it is hidden
 * (searching needs it); before the island runs, Enter submits to the results page.
 * A text field, not `type="search"`: HTML allows the combobox role and aria-expanded on a text
 * field only; `enterkeyhint` keeps the phone keyboard's search key. The submit button is for
 * assistive technologies (WCAG H32): visually hidden and out of the Tab order, since Enter submits.
 */
export default function SearchBar(): ReactNode {
  const searchPage = useBaseUrl('/search');
  const id = useId();
  const listId = `${id}-list`;
  return (
    <form
      className={styles.search}
      role="search"
      action={searchPage}
      data-search-box=""
      data-messages={JSON.stringify(texts.searchMessages())}
    >
      <label htmlFor={`${id}-input`} className={a11y.visuallyHidden}>
        {texts.label()}
      </label>
      <input
        id={`${id}-input`}
        name="q"
        className={clsx('navbar__search-input', styles.input)}
        type="text"
        enterKeyHint="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls={listId}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder={texts.placeholder()}
        autoComplete="off"
        spellCheck={false}
      />
      <kbd className={styles.hint} aria-hidden="true">
        /
      </kbd>
      <button type="submit" className={a11y.visuallyHidden} tabIndex={-1}>
        {texts.submit()}
      </button>
      <p className={a11y.visuallyHidden} role="status" />
      <div className={styles.popup} hidden>
        <p className={styles.message} hidden />
        <ul id={listId} role="listbox" aria-label={texts.resultsLabel()} aria-busy="false" className={styles.list} />
      </div>
    </form>
  );
}

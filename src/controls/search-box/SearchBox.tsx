import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import * as texts from '../search/texts';
import styles from './styles.module.css';
import a11y from '@site/src/css/visually-hidden.module.css';

/** Results shown in the navbar's dropdown (the element reads it from `data-limit`); the results page shows them all. */
const DROPDOWN_LIMIT = 6;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace: this adds our element to them.
  namespace JSX {
    interface IntrinsicElements {
      'search-box': React.HTMLAttributes<HTMLElement> & {'data-messages': string; 'data-limit': number};
    }
  }
}

/**
 * The navbar search box, rendered at build time (src/theme/SearchBar re-exports it); the
 * `<search-box>` element (search-box.ts) makes it a combobox
 * whose listbox lists the current locale's matching pages, plus a last option that opens the
 * results page. `/` or Ctrl+K (⌘K) focuses it; arrows move in the list, Enter opens, Escape
 * closes then clears. Nothing of the engine loads with the page. Without JavaScript it is hidden
 * (searching needs it); before the element is defined, Enter submits to the results page.
 * The options are copies of the two `<template>`s, filled in by the element.
 * A text field, not `type="search"`: HTML allows the combobox role and aria-expanded on a text
 * field only; `enterkeyhint` keeps the phone keyboard's search key. The submit button is for
 * assistive technologies (WCAG H32): visually hidden and out of the Tab order, since Enter submits.
 */
export default function SearchBar(): ReactNode {
  const searchPage = useBaseUrl('/search');
  const id = useId();
  const listId = `${id}-list`;
  return (
    <search-box className={styles.host} data-messages={JSON.stringify(texts.searchMessages())} data-limit={DROPDOWN_LIMIT}>
      <form className={styles.search} role="search" action={searchPage} data-part="form">
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
          data-part="input"
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
        <p className={a11y.visuallyHidden} role="status" data-part="status" />
        <div className={styles.popup} hidden data-part="popup">
          <p className={styles.message} hidden data-part="message" />
          <ul id={listId} role="listbox" aria-label={texts.resultsLabel()} aria-busy="false" className={styles.list} data-part="list" />
        </div>
        <template data-part="option">
          <li role="option" aria-selected="false">
            <span className={styles.title} data-slot="title" />
            <span className={styles.excerpt} data-slot="excerpt" />
          </li>
        </template>
        <template data-part="all-results">
          <li role="option" aria-selected="false" className={styles.allResults} data-slot="text" />
        </template>
      </form>
    </search-box>
  );
}

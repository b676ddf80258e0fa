/**
 * The quick filter: words that narrow the loaded list as they are typed, a ticket number to
 * open, and, with full search on, a way to search Zoho for the words.
 */
import type { Ref } from 'preact';
import type { SearchResult } from '../shared/messages.ts';
import { t } from '../shared/words/i18n.ts';
import { isolatedNodes } from './markup-vnode.ts';
import type { NumberLookup } from './use-number-lookup.ts';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  query: string;
  /** A ticket number the query is, or null. */
  number: string | null;
  lookup: NumberLookup;
  results: SearchResult | null;
  searchEnabled: boolean;
  onQuery: (query: string) => void;
  onOpenNumber: (number: string) => void;
  onSearch: () => void;
  onClearSearch: () => void;
}

function lookupText(lookup: NonNullable<NumberLookup>): string {
  if (lookup.state === 'finding') return t('findingTicket', lookup.number);
  return lookup.state === 'not-found' ? t('ticketNumberNotFound', lookup.number) : t('ticketNumberNeedsSearch', lookup.number);
}

export function QuickFilter(props: Props) {
  const { inputRef, query, number, lookup, results, searchEnabled } = props;
  return (
    <div class="quick">
      <label class="sr-only" for="quick-filter">
        {t('quickFilter')}
      </label>
      <input
        id="quick-filter"
        ref={inputRef}
        type="search"
        value={query}
        placeholder={t('quickFilterHint')}
        autoComplete="off"
        onInput={(event) => props.onQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && number) {
            event.preventDefault();
            props.onOpenNumber(number);
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            document.querySelector<HTMLButtonElement>('button.ticket')?.focus();
          }
        }}
      />
      {number && (
        <button type="button" class="link" onClick={() => props.onOpenNumber(number)}>
          {t('openTicketNumber', number)}
        </button>
      )}
      {lookup && (
        <p class="small" role={lookup.state === 'finding' ? 'status' : 'alert'}>
          {lookupText(lookup)}
        </p>
      )}
      {searchEnabled && query.trim().length >= 3 && !results && (
        <button type="button" class="link" onClick={props.onSearch}>
          {isolatedNodes('searchZoho', query.trim())}
        </button>
      )}
      {results && (
        <button type="button" class="link" onClick={props.onClearSearch}>
          {t('clearSearch')}
        </button>
      )}
    </div>
  );
}

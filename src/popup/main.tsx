import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { filterItem, filterKey, validFilter } from '../shared/filters.ts';
import { organizationIdItem } from '../shared/organization-choice.ts';
import { cachedListing, ticketCacheItem } from '../shared/ticket-cache.ts';
import { App } from './App.tsx';

// The first frame shows the cached tickets: read them (memory, a few ms) before rendering,
// rather than render a spinner and then the list.
const [stored, cache, orgId] = await Promise.all([filterItem.get(), ticketCacheItem.get(), organizationIdItem.get()]);
const filter = validFilter(stored);
render(
  <App initialListing={cachedListing(cache, filterKey(filter), orgId)} initialFilter={filter} />,
  document.getElementById('app')!,
);

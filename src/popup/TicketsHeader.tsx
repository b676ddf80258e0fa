/**
 * The tickets view's header: the organization (a picker when the token sees several), when the
 * list was fetched or that it is updating, Refresh and Settings. shared/markup/snapshot.ts draws the same
 * header in the first frame.
 */

import type { TicketListing } from '../shared/messages.ts';
import { t } from '../shared/words/i18n.ts';
import type { Organization } from '../shared/zoho/organization.ts';
import { UpdatedAgo } from './UpdatedAgo.tsx';
import type { Loading } from './use-ticket-list.ts';

interface Props {
  listing: TicketListing | null;
  orgs: readonly Organization[];
  loading: Loading;
  onChoose: (orgId: string) => void;
  onRefresh: () => void;
  onSettings: () => void;
}

export function TicketsHeader({ listing, orgs, loading, onChoose, onRefresh, onSettings }: Props) {
  return (
    <header class="bar">
      {orgs.length > 1 && listing ? (
        <label class="org-picker">
          <span class="sr-only">{t('organization')}</span>
          <select value={listing.orgId} onChange={(event) => onChoose(event.currentTarget.value)}>
            {orgs.map((org) => (
              <option key={org.id} value={org.id} dir="auto">
                {org.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <h1>
          <bdi>{listing?.orgName ?? t('ticketsTitle')}</bdi>
        </h1>
      )}
      <div class="tools">
        {loading !== null && listing ? (
          <span role="status" class="muted small">
            {t('updating')}
          </span>
        ) : (
          listing && <UpdatedAgo at={listing.fetchedAt} />
        )}
        <button type="button" onClick={onRefresh} disabled={loading !== null}>
          {t('refresh')}
        </button>

        <button type="button" onClick={onSettings}>
          {t('settings')}
        </button>
      </div>
    </header>
  );
}

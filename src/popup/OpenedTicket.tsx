/**
 * A ticket opened from the list, in place of the list: its detail once that part has loaded
 * (popup/use-later.ts), inside an error boundary whose ways lead back to the list.
 */
import { t } from '../shared/words/i18n.ts';
import type { Ticket } from '../shared/zoho/ticket.ts';
import { ErrorBoundary, reloadPage } from '../ui/ErrorBoundary.tsx';
import type { TicketDetail } from './TicketDetail.tsx';

interface Props {
  ticket: Ticket;
  /** The detail's component, or null while it loads. */
  Detail: typeof TicketDetail | null;
  onBack: () => void;
}

export function OpenedTicket({ ticket, Detail, onBack }: Props) {
  if (!Detail) {
    return (
      <p class="muted detail" role="status">
        {t('loadingTicket')}
      </p>
    );
  }
  return (
    <ErrorBoundary
      key={ticket.id}
      ways={[
        { label: t('backToList'), run: onBack },
        { label: t('reload'), run: reloadPage },
      ]}
    >
      <Detail ticket={ticket} onBack={onBack} />
    </ErrorBoundary>
  );
}

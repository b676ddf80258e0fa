/**
 * One ticket in the popup: its description and conversation (newest first), Zoho's HTML
 * sanitized. "Open in Zoho Desk" and a way back below; Esc goes back too.
 */
import './detail.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ticketRow } from '../shared/markup/ticket-row.ts';
import { send, type TicketDetailReply } from '../shared/messages.ts';
import { formatDateTime, isoDateTime } from '../shared/words/format.ts';
import { t } from '../shared/words/i18n.ts';
import { isOverdue } from '../shared/zoho/due.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import type { Ticket } from '../shared/zoho/ticket.ts';
import { ErrorNotice } from './ErrorNoticeLater.tsx';
import { isolatedNodes, vnodes } from './markup-vnode.ts';
import { SafeHtml } from './SafeHtml.tsx';

interface Props {
  ticket: Ticket;
  onBack: () => void;
}

/** HTML past its cap is shown cut (ticket-detail.ts); the whole of it is in Zoho Desk. */
function CutNote({ webUrl }: { webUrl: string | null }) {
  return (
    <p class="notice small">
      {t('contentCut')}{' '}
      {webUrl && (
        <a href={webUrl} target="_blank" rel="noopener noreferrer">
          {t('readWholeInDesk')}
        </a>
      )}
    </p>
  );
}

export function TicketDetail({ ticket, onBack }: Props) {
  const [view, setView] = useState<TicketDetailReply | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [ticket.id]);

  useEffect(() => {
    void send('getTicket', { id: ticket.id }).then((reply) => {
      if (reply.ok) setView(reply.value);
      else setError(reply.error);
    });
  }, [ticket.id, attempt]);

  const retry = () => {
    setError(null);
    setAttempt((count) => count + 1);
  };

  const shown = view?.ticket ?? ticket;
  const webUrl = shown.webUrl;
  // The same words, dates and badges as the ticket's row in the list.
  const row = ticketRow(shown, Date.now());
  const [assignee] = row.owner;
  return (
    <article class="detail" aria-labelledby="detail-title">
      <header class="detail-head">
        <p class="muted">
          <span dir="ltr">{row.number}</span> · <bdi>{shown.status}</bdi>
          {isOverdue(shown) && <span class="overdue">{t('overdue')}</span>}
        </p>
        <h1 id="detail-title" tabIndex={-1} ref={heading}>
          <bdi>{row.subject}</bdi>
        </h1>
        <p class="muted small">
          <bdi>{shown.requester}</bdi>
          {row.time && (
            <>
              {' · '}
              <time dateTime={row.time.iso} title={row.time.title}>
                {row.time.text}
              </time>
            </>
          )}
          {' · '}
          {assignee && vnodes(assignee.text)}
        </p>
      </header>
      {/* Signing in again happens from the list, which shows why and how. */}
      {error && <ErrorNotice error={error} onRetry={retry} onSignIn={onBack} />}
      {!view && !error && (
        <p class="muted" role="status">
          {t('loadingTicket')}
        </p>
      )}
      {view && (
        <>
          <section aria-labelledby="description-title">
            <h2 id="description-title">{t('description')}</h2>
            {view.ticket?.description ? (
              <SafeHtml html={view.ticket.description} />
            ) : (
              view.ticket && <p class="muted">{t('noDescription')}</p>
            )}
            {(!view.ticket || view.ticket.descriptionCut) && <CutNote webUrl={webUrl} />}
          </section>
          <section aria-labelledby="conversation-title">
            <h2 id="conversation-title">{t('conversation')}</h2>
            {view.threads.length === 0 && <p class="muted">{t('noThreads')}</p>}
            <ol class="threads">
              {view.threads.map((thread) => (
                <li key={thread.id} class={`thread ${thread.direction}`}>
                  <p class="muted small">
                    {isolatedNodes('fromAuthor', thread.author || '?')}
                    {thread.createdTime !== null && (
                      <>
                        {' · '}
                        <time dateTime={isoDateTime(thread.createdTime)}>{formatDateTime(thread.createdTime)}</time>
                      </>
                    )}
                  </p>
                  <SafeHtml
                    html={thread.content ?? thread.summary}
                    plain={thread.content === null || thread.contentType === 'text/plain'}
                  />
                  {thread.contentCut && <CutNote webUrl={webUrl} />}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
      <footer class="detail-actions">
        <button type="button" onClick={onBack}>
          {t('backToList')}
        </button>
        {webUrl && (
          <a class="button primary" href={webUrl} target="_blank" rel="noopener noreferrer">
            {t('openInDesk')}
          </a>
        )}
      </footer>
    </article>
  );
}

/** What is granted, to whom, until when; and the one-click way to take it back. */
import { useState } from 'preact/hooks';
import type { AppError } from '../shared/errors.ts';
import { send, type RevokeOutcome, type Status } from '../shared/messages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { formatDateTime, isoDateTime } from '../ui/format.ts';

interface Props {
  status: Status;
  onChange: () => void;
}

function RevokeResult({ outcome }: { outcome: RevokeOutcome }) {
  if (outcome.revokedAtZoho) {
    return (
      <p class="notice" role="status">
        Access revoked. Zoho no longer accepts this extension’s token, and it was deleted from this
        browser.
      </p>
    );
  }
  return (
    <div class="notice error" role="status">
      <p>
        Signed out here: the token was deleted from this browser. Zoho could not be reached to
        revoke it, so Zoho may still list this extension under Connected Apps until the token
        expires.
      </p>
      <a href={outcome.connectedAppsUrl} target="_blank" rel="noopener noreferrer">
        Open Connected Apps in Zoho Accounts
      </a>
    </div>
  );
}

export function Connection({ status, onChange }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RevokeOutcome | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const connection = status.connection;

  async function revoke() {
    setBusy(true);
    setError(null);
    const reply = await send('revoke');
    setBusy(false);
    if (reply.ok) setOutcome(reply.value);
    else setError(reply.error);
    onChange();
  }

  return (
    <section aria-labelledby="connection-title">
      <h2 id="connection-title">Connection</h2>
      <dl>
        <dt>Status</dt>
        <dd>{connection ? 'Signed in' : 'Not signed in'}</dd>
        {connection && (
          <>
            <dt>Organization</dt>
            <dd>{connection.orgName ?? 'Not loaded yet (open the popup once)'}</dd>
            <dt>Data center</dt>
            <dd>
              {connection.dataCenter} <span class="muted">({connection.deskUrl})</span>
            </dd>
            <dt>Granted scopes</dt>
            <dd>
              <ul aria-label="Granted scopes">
                {connection.scopes.map((scope) => (
                  <li key={scope}>
                    <code>{scope}</code>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Token expires</dt>
            <dd>
              <time dateTime={isoDateTime(connection.expiresAt)}>{formatDateTime(connection.expiresAt)}</time>
            </dd>
          </>
        )}
      </dl>
      {outcome && <RevokeResult outcome={outcome} />}
      {error && <ErrorNotice error={error} />}
      {connection && (
        <button type="button" class="danger" onClick={() => void revoke()} disabled={busy}>
          Revoke access
        </button>
      )}
      {!connection && !outcome && (
        <p class="muted">Open the extension’s toolbar popup to sign in with Zoho.</p>
      )}
    </section>
  );
}

/**
 * First use: what will be asked of Zoho, in plain words, before anything is asked. The scope
 * names are shown literally, as Zoho's consent page will show them.
 */
import { SCOPES } from '../shared/scopes.ts';
import type { AppError } from '../shared/errors.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  clientConfigured: boolean;
  signingIn: boolean;
  error: AppError | null;
  onSignIn: () => void;
  onSettings: () => void;
}

export function Consent({ clientConfigured, signingIn, error, onSignIn, onSettings }: Props) {
  return (
    <main class="consent" aria-labelledby="consent-title">
      <h1 id="consent-title">Connect to Zoho Desk</h1>
      <p>To list your tickets, this extension will ask Zoho for read-only access:</p>
      <ul aria-label="Requested permissions">
        <li>
          <code>{SCOPES.ticketsRead}</code>: read your tickets.
        </li>
        <li>
          <code>{SCOPES.basicRead}</code>: read your organization’s name and id, so it knows which
          Desk to ask.
        </li>
      </ul>
      <p>
        <strong>It can read tickets, but never change, reply to or delete them.</strong> Your access
        token is kept only in this browser’s memory and is forgotten when the browser closes. You can
        revoke access at any time in settings.
      </p>
      {error && <ErrorNotice error={error} onSettings={onSettings} />}
      {!clientConfigured && !error && (
        <div class="notice" role="status">
          <p>No Zoho client id is configured yet, so sign-in cannot start.</p>
          <button type="button" onClick={onSettings}>
            Open settings
          </button>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={onSignIn} disabled={!clientConfigured || signingIn}>
          Sign in with Zoho
        </button>
        {signingIn && (
          <span role="status" class="muted">
            Finish signing in in the Zoho window…
          </span>
        )}
      </div>
    </main>
  );
}

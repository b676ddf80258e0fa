/**
 * First use: what will be asked of Zoho, in plain words, before anything is asked. The scope
 * names are shown literally, as Zoho's consent page will show them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AppError } from '../shared/errors.ts';
import { SCOPES } from '../shared/scopes.ts';
import { lastTargetItem, signInTargets, targetById } from '../shared/sign-in-targets.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  clientConfigured: boolean;
  signingIn: boolean;
  error: AppError | null;
  onSignIn: (targetId: string) => void;
  onSettings: () => void;
}

export function Consent({ clientConfigured, signingIn, error, onSignIn, onSettings }: Props) {
  const [target, setTarget] = useState(() => targetById(null).id);
  useEffect(() => {
    void lastTargetItem.get().then((last) => setTarget(targetById(last).id));
  }, []);

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
      <label class="field">
        <span>Zoho data center</span>
        <select value={target} onChange={(event) => setTarget(event.currentTarget.value)}>
          {signInTargets().map((dc) => (
            <option key={dc.id} value={dc.id}>
              {dc.label}
            </option>
          ))}
        </select>
      </label>
      <p class="muted small">
        Signing in lets the extension reach {new URL(targetById(target).accounts).host} and{' '}
        {new URL(targetById(target).desk).host}, and nothing else. Your browser may ask you to allow
        that.
      </p>
      {error && <ErrorNotice error={error} onSettings={onSettings} onSwitchDataCenter={onSignIn} />}
      {!clientConfigured && !error && (
        <div class="notice" role="status">
          <p>No Zoho client id is configured yet, so sign-in cannot start.</p>
          <button type="button" onClick={onSettings}>
            Open settings
          </button>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => onSignIn(target)}
          disabled={!clientConfigured || signingIn}
        >
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

/** What is granted, to whom, until when; and the one-click way to take it back. */
import { useState } from 'preact/hooks';
import { type RevokeOutcome, type Status, send } from '../shared/messages.ts';
import { formatDateTime, isoDateTime } from '../shared/words/format.ts';
import { t } from '../shared/words/i18n.ts';
import { targetLabel } from '../shared/words/labels.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

interface Props {
  status: Status;
  onChange: () => void;
}

function RevokeResult({ outcome }: { outcome: RevokeOutcome }) {
  if (outcome.revokedAtZoho) {
    return (
      <p class="notice" role="status">
        {t('revoked')}
      </p>
    );
  }
  return (
    <div class="notice error" role="status">
      <p>{t('revokedLocally')}</p>
      <a href={outcome.connectedAppsUrl} target="_blank" rel="noopener noreferrer">
        {t('openConnectedApps')}
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
      <h2 id="connection-title">{t('connection')}</h2>
      <dl>
        <dt>{t('status')}</dt>
        <dd>{connection ? t('signedIn') : t('notSignedIn')}</dd>
        {connection && (
          <>
            <dt>{t('organization')}</dt>
            <dd>{connection.orgName ? <bdi>{connection.orgName}</bdi> : t('orgNotLoaded')}</dd>
            <dt>{t('dataCenter')}</dt>
            <dd>
              {targetLabel(connection.dataCenter, connection.accountsServer)}{' '}
              <bdi class="muted" dir="ltr">
                ({connection.deskUrl})
              </bdi>
            </dd>
            <dt>{t('grantedScopes')}</dt>
            <dd>
              <ul aria-label={t('grantedScopes')}>
                {connection.scopes.map((scope) => (
                  <li key={scope}>
                    <code>{scope}</code>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('tokenExpires')}</dt>
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
          {t('revokeAccess')}
        </button>
      )}
      {!connection && !outcome && <p class="muted">{t('signInFromPopup')}</p>}
    </section>
  );
}

/** Settings: the connection and its revocation, search and badge, and the Zoho API client. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { builtConfig } from '../shared/build-config.ts';
import { type Status, send } from '../shared/messages.ts';
import { t } from '../shared/words/i18n.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import { ErrorBoundary, reloadPage } from '../ui/ErrorBoundary.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { ClientSettings } from './ClientSettings.tsx';
import { Connection } from './Connection.tsx';
import { Features } from './Features.tsx';
import { Notifications } from './Notifications.tsx';

/** Revoke access from a page that failed to render: the page then shows what is left. */
export function revokeAndReload(): void {
  void send('revoke').finally(reloadPage);
}

/** Each section fails alone: a broken one never takes Revoke access down with it. */
function Section({ children }: { children: ComponentChildren }) {
  return (
    <ErrorBoundary
      ways={[
        { label: t('reload'), run: reloadPage },
        { label: t('revokeAccess'), run: revokeAndReload },
      ]}
    >
      {children}
    </ErrorBoundary>
  );
}

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const refresh = useCallback(async () => {
    const reply = await send('getStatus');
    if (reply.ok) setStatus(reply.value);
    else setError(reply.error);
  }, []);

  useEffect(() => {
    document.title = t('settingsTitle');
    void refresh();
  }, [refresh]);

  return (
    <main>
      <h1>{t('settingsTitle')}</h1>
      <p class="muted">{t('settingsIntro')}</p>
      {error && <ErrorNotice error={error} onRetry={() => void refresh()} />}
      {status && (
        <Section>
          <Connection status={status} onChange={() => void refresh()} />
        </Section>
      )}
      {status && (
        <Section>
          <Features onStatus={setStatus} />
        </Section>
      )}
      {status && (
        <Section>
          <Notifications />
        </Section>
      )}
      {status && (
        <Section>
          <ClientSettings redirectUri={status.redirectUri} builtInClientId={builtConfig().clientId} />
        </Section>
      )}
    </main>
  );
}

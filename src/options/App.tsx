/** Settings: the connection and its revocation, search and badge, and the Zoho API client. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { builtConfig } from '../shared/build-config.ts';
import type { AppError } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import { send, type Status } from '../shared/messages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { ClientSettings } from './ClientSettings.tsx';
import { Connection } from './Connection.tsx';
import { Features } from './Features.tsx';

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
      {status && <Connection status={status} onChange={() => void refresh()} />}
      {status && <Features onStatus={setStatus} />}
      {status && <ClientSettings redirectUri={status.redirectUri} builtInClientId={builtConfig().clientId} />}
    </main>
  );
}

/** Settings: the connection and its revocation, and the Zoho API client. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { builtConfig } from '../shared/build-config.ts';
import type { AppError } from '../shared/errors.ts';
import { send, type Status } from '../shared/messages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { ClientSettings } from './ClientSettings.tsx';
import { Connection } from './Connection.tsx';

export function App() {
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const refresh = useCallback(async () => {
    const reply = await send('getStatus');
    if (reply.ok) setStatus(reply.value);
    else setError(reply.error);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <main>
      <h1>Desk Tickets for Zoho: settings</h1>
      <p class="muted">A read-only viewer: it can read your Zoho Desk tickets and nothing more.</p>
      {error && <ErrorNotice error={error} onRetry={() => void refresh()} />}
      {status && <Connection status={status} onChange={() => void refresh()} />}
      {status && <ClientSettings redirectUri={status.redirectUri} builtInClientId={builtConfig().clientId} />}
    </main>
  );
}

/**
 * The Zoho API client: its id, an optional secret, and the redirect URI to register.
 * A plain form bound to the settings storage item.
 */
import { useEffect, useState } from 'preact/hooks';
import { readSettings, updateSettings } from '../shared/storage/settings.ts';
import { t } from '../shared/words/i18n.ts';

export function ClientSettings({ redirectUri, builtInClientId }: { redirectUri: string; builtInClientId: string }) {
  const [client, setClient] = useState<{ clientId: string; clientSecret: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  useEffect(() => {
    void readSettings().then(({ clientId, clientSecret }) => setClient({ clientId, clientSecret }));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    if (!client) return;
    await updateSettings({ clientId: client.clientId.trim(), clientSecret: client.clientSecret.trim() });
    setSaved(true);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(redirectUri);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  const edit = (change: Partial<{ clientId: string; clientSecret: string }>) => {
    setSaved(false);
    setClient((current) => current && { ...current, ...change });
  };

  return (
    <section aria-labelledby="client-title">
      <h2 id="client-title">{t('apiClient')}</h2>
      <p>{t('registerClient')}</p>
      <div class="redirect">
        <label for="redirect-uri" class="sr-only">
          {t('redirectUri')}
        </label>
        <input id="redirect-uri" class="code" type="text" dir="ltr" readOnly value={redirectUri} />
        <button type="button" onClick={() => void copy()}>
          {t('copyRedirectUri')}
        </button>
      </div>
      {copied && (
        <p role="status" class="hint">
          {copied === 'yes' ? t('copied') : t('copyFailed')}
        </p>
      )}
      {client && (
        <form onSubmit={(event) => void save(event)}>
          <label for="client-id">{t('clientId')}</label>
          <input
            id="client-id"
            type="text"
            dir="ltr"
            autoComplete="off"
            spellcheck={false}
            placeholder={builtInClientId || '1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'}
            value={client.clientId}
            onInput={(event) => edit({ clientId: event.currentTarget.value })}
          />
          <p class="hint">{builtInClientId ? t('clientIdBuiltIn') : t('clientIdRequired')}</p>
          <label for="client-secret">{t('clientSecret')}</label>
          <input
            id="client-secret"
            type="password"
            dir="ltr"
            autoComplete="off"
            value={client.clientSecret}
            onInput={(event) => edit({ clientSecret: event.currentTarget.value })}
          />
          <p class="hint">{t('clientSecretHint')}</p>
          <div class="row">
            <button type="submit" class="primary">
              {t('save')}
            </button>
            {saved && <span role="status">{t('saved')}</span>}
          </div>
        </form>
      )}
    </section>
  );
}

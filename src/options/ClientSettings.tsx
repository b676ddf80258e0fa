/**
 * The Zoho API client: its id, an optional secret, and the redirect URI to register.
 * A plain form bound to the settings storage item.
 */
import { useEffect, useState } from 'preact/hooks';
import { settingsItem, type Settings } from '../shared/settings.ts';

export function ClientSettings({ redirectUri, builtInClientId }: { redirectUri: string; builtInClientId: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  useEffect(() => {
    void settingsItem.get().then(setSettings);
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    if (!settings) return;
    await settingsItem.set({ clientId: settings.clientId.trim(), clientSecret: settings.clientSecret.trim() });
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

  return (
    <section aria-labelledby="client-title">
      <h2 id="client-title">Zoho API client</h2>
      <p>
        Register a client in Zoho’s API console (api-console.zoho.com) and give it this exact redirect
        URI:
      </p>
      <div class="redirect">
        <code aria-label="Redirect URI">{redirectUri}</code>
        <button type="button" onClick={() => void copy()}>
          Copy redirect URI
        </button>
      </div>
      {copied && (
        <p role="status" class="hint">
          {copied === 'yes' ? 'Copied.' : 'Could not copy: select the URI and copy it by hand.'}
        </p>
      )}
      {settings && (
        <form onSubmit={(event) => void save(event)}>
          <label for="client-id">Client ID</label>
          <input
            id="client-id"
            type="text"
            autoComplete="off"
            spellcheck={false}
            placeholder={builtInClientId || '1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'}
            value={settings.clientId}
            onInput={(event) => {
              setSaved(false);
              setSettings({ ...settings, clientId: event.currentTarget.value });
            }}
          />
          <p class="hint">
            {builtInClientId ? 'Leave empty to use the client id this build came with.' : 'Required to sign in.'}
          </p>
          <label for="client-secret">Client secret (optional)</label>
          <input
            id="client-secret"
            type="password"
            autoComplete="off"
            value={settings.clientSecret}
            onInput={(event) => {
              setSaved(false);
              setSettings({ ...settings, clientSecret: event.currentTarget.value });
            }}
          />
          <p class="hint">
            Only for Zoho client types that demand one. Anything stored in an extension can be read by
            whoever has the extension, so a secret here adds no security: sign-in is protected by PKCE.
          </p>
          <div class="row">
            <button type="submit" class="primary">
              Save
            </button>
            {saved && <span role="status">Saved.</span>}
          </div>
        </form>
      )}
    </section>
  );
}

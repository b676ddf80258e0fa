/**
 * The user's settings, in storage.local. None of it is a token: the client id is public by
 * nature, and a client secret in a browser extension is readable by anyone who has the
 * extension, so it is stored as the ordinary setting it really is (zoho-notes.md, "PKCE is
 * documented for Mobile-based clients").
 */
import { storageItem } from './storage-item.ts';
import { builtConfig } from './build-config.ts';

export interface Settings {
  /** Overrides the client id built in. Empty: use the built-in one. */
  readonly clientId: string;
  /** Only for Zoho client types that demand one at the token endpoint. */
  readonly clientSecret: string;
}

export const settingsItem = storageItem<Settings>('local', 'settings', {
  clientId: '',
  clientSecret: '',
});

export interface EffectiveClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

export async function effectiveClient(): Promise<EffectiveClient> {
  const settings = await settingsItem.get();
  return {
    clientId: settings.clientId.trim() || builtConfig().clientId,
    clientSecret: settings.clientSecret.trim(),
  };
}

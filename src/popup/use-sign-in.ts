/**
 * The popup's side of signing in: host access to the chosen data center first (a permission
 * prompt needs the click's user gesture, so it is the first browser call), then the
 * background's sign-in. A sign-in intent is left behind in case the prompt closes the popup.
 */
import { useCallback, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type Status, send } from '../shared/messages.ts';
import { signInIntentItem } from '../shared/storage/sign-in-intent.ts';
import { targetById, targetOrigins } from '../shared/storage/sign-in-targets.ts';
import type { AppError } from '../shared/zoho/errors.ts';

export interface SignInAction {
  readonly busy: boolean;
  readonly error: AppError | null;
  start(targetId: string): void;
}

export function useSignIn(onSignedIn: (status: Status) => void): SignInAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const start = useCallback(
    (targetId: string) => {
      const target = targetById(targetId);
      setBusy(true);
      setError(null);
      void signInIntentItem.set({ target: target.id, at: Date.now() });
      void browser.permissions
        .request({ origins: targetOrigins(target) })
        .catch(() => false)
        .then(async (granted) => {
          if (!granted) {
            await signInIntentItem.remove();
            setBusy(false);
            setError({ code: 'host_access_denied', detail: target.id });
            return;
          }
          const reply = await send('signIn', { target: target.id });
          setBusy(false);
          if (reply.ok) onSignedIn(reply.value);
          else setError(reply.error);
        });
    },
    [onSignedIn],
  );

  return { busy, error, start };
}

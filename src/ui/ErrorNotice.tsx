/** A failure in words, with the one next step that can help. */

import { errorText } from '../shared/words/error-text.ts';
import { t } from '../shared/words/i18n.ts';
import type { AppError } from '../shared/zoho/errors.ts';

export interface NoticeActions {
  onSignIn?: (() => void) | undefined;
  onRetry?: (() => void) | undefined;
  onSettings?: (() => void) | undefined;
  /** Grant the data center in `error.detail`, then sign in there. */
  onSwitchDataCenter?: ((targetId: string) => void) | undefined;
}

function actionFor(error: AppError, actions: NoticeActions): { label: string; run: () => void } | undefined {
  const { next } = errorText(error);
  if (next === 'sign-in' && actions.onSignIn) return { label: t('signInAgain'), run: actions.onSignIn };
  if (next === 'retry' && actions.onRetry) return { label: t('tryAgain'), run: actions.onRetry };
  if (next === 'settings' && actions.onSettings) return { label: t('openSettings'), run: actions.onSettings };
  const switchTo = actions.onSwitchDataCenter;
  if (next === 'switch-data-center' && switchTo && error.detail) {
    const detail = error.detail;
    return { label: t('allowAndSignIn'), run: () => switchTo(detail) };
  }
  return undefined;
}

export function ErrorNotice({ error, ...actions }: { error: AppError } & NoticeActions) {
  const action = actionFor(error, actions);
  return (
    <div class="notice error" role="alert">
      <p>{errorText(error).message}</p>
      {action && (
        <button type="button" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}

/**
 * Why the list could not be fetched, above the list when one is kept. Offline with tickets on
 * screen is a short note (they are only out of date); anything else is the full notice.
 */

import { formatTime } from '../shared/words/format.ts';
import { t } from '../shared/words/i18n.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import { ErrorNotice, type NoticeActions } from './ErrorNoticeLater.tsx';

export function ListProblem({ error, fetchedAt, actions }: { error: AppError; fetchedAt: number | null; actions: NoticeActions }) {
  if (error.code === 'network' && fetchedAt !== null) {
    return (
      <div class="notice" role="alert">
        <p>{t('offlineNote', formatTime(fetchedAt))}</p>
        {actions.onRetry && (
          <button type="button" onClick={actions.onRetry}>
            {t('tryAgain')}
          </button>
        )}
      </div>
    );
  }
  return <ErrorNotice error={error} {...actions} />;
}

/** A failure in words, with the one next step that can help. */
import type { AppError } from '../shared/errors.ts';
import { errorText } from '../shared/error-text.ts';

interface Props {
  error: AppError;
  onSignIn?: () => void;
  onRetry?: () => void;
  onSettings?: () => void;
}

export function ErrorNotice({ error, onSignIn, onRetry, onSettings }: Props) {
  const { message, next } = errorText(error);
  const action =
    next === 'sign-in' && onSignIn ? { label: 'Sign in again', run: onSignIn }
    : next === 'retry' && onRetry ? { label: 'Try again', run: onRetry }
    : next === 'settings' && onSettings ? { label: 'Open settings', run: onSettings }
    : undefined;
  return (
    <div class="notice error" role="alert">
      <p>{message}</p>
      {action && (
        <button type="button" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}

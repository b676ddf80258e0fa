/**
 * First use: what will be asked of Zoho, in plain words, before anything is asked. The scope
 * names are shown literally, as Zoho's consent page will show them.
 */
import './consent.css';
import { useState } from 'preact/hooks';
import { signInTargets, targetById } from '../shared/storage/sign-in-targets.ts';
import { t } from '../shared/words/i18n.ts';
import { targetLabel } from '../shared/words/labels.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import { SCOPES } from '../shared/zoho/scopes.ts';
import { ErrorNotice } from './ErrorNoticeLater.tsx';
import { isolatedNodes } from './markup-vnode.ts';

interface Props {
  /** The data center last signed in to (from the status), preselected. */
  lastTarget: string | null;
  clientConfigured: boolean;
  /** Full search is on in settings: Desk.search.READ is asked for too. */
  searchEnabled: boolean;
  /** Views and departments may use Desk.settings.READ: it is asked for too. */
  settingsReadEnabled: boolean;
  signingIn: boolean;
  error: AppError | null;
  onSignIn: (targetId: string) => void;
  onSettings: () => void;
}

export function Consent({
  lastTarget,
  clientConfigured,
  searchEnabled,
  settingsReadEnabled,
  signingIn,
  error,
  onSignIn,
  onSettings,
}: Props) {
  const [targetId, setTargetId] = useState(() => targetById(lastTarget).id);
  const dataCenter = targetById(targetId);

  return (
    <main class="consent" aria-labelledby="consent-title">
      <h1 id="consent-title">{t('consentTitle')}</h1>
      <p>{t('consentIntro')}</p>
      <ul aria-label={t('requestedPermissions')}>
        <li>
          <code>{SCOPES.ticketsRead}</code>: {t('scopeTickets')}
        </li>
        <li>
          <code>{SCOPES.basicRead}</code>: {t('scopeBasic')}
        </li>
        {searchEnabled && (
          <li>
            <code>{SCOPES.searchRead}</code>: {t('scopeSearch')}
          </li>
        )}
        {settingsReadEnabled && (
          <li>
            <code>{SCOPES.settingsRead}</code>: {t('scopeSettings')}
          </li>
        )}
      </ul>
      <p>
        <strong>{t('consentReadOnly')}</strong> {t('consentTokenNote')}
      </p>
      <label class="field">
        <span>{t('dataCenter')}</span>
        <select value={targetId} onChange={(event) => setTargetId(event.currentTarget.value)}>
          {signInTargets().map((dc) => (
            <option key={dc.id} value={dc.id}>
              {targetLabel(dc.id, dc.accounts)}
            </option>
          ))}
        </select>
      </label>
      <p class="muted small">{isolatedNodes('hostAccessNote', new URL(dataCenter.accounts).host, new URL(dataCenter.desk).host)}</p>
      {error && <ErrorNotice error={error} onSettings={onSettings} onSwitchDataCenter={onSignIn} />}
      {!clientConfigured && !error && (
        <div class="notice" role="status">
          <p>{t('noClientId')}</p>
          <button type="button" onClick={onSettings}>
            {t('openSettings')}
          </button>
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => onSignIn(targetId)} disabled={!clientConfigured || signingIn}>
          {t('signIn')}
        </button>
        {signingIn && (
          <span role="status" class="muted">
            {t('signingIn')}
          </span>
        )}
      </div>
    </main>
  );
}

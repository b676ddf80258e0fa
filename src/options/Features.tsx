/** Full search (incremental consent for Desk.search.READ) and the toolbar badge. */
import { useEffect, useState } from 'preact/hooks';
import type { AppError } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import { send, type Status } from '../shared/messages.ts';
import { readSettings, updateSettings, type BadgeCount, type Settings } from '../shared/settings.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

const INTERVALS = [0, 1, 5, 15, 30, 60];
const FRESHNESS = [0, 15, 30, 60, 300];
const COUNTS: [BadgeCount, 'badgeMine' | 'badgeUnassigned' | 'badgeAllOpen'][] = [
  ['mine', 'badgeMine'],
  ['unassigned', 'badgeUnassigned'],
  ['open', 'badgeAllOpen'],
];

export function Features({ onStatus }: { onStatus: (status: Status) => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);

  if (!settings) return null;

  async function toggleSearch(enabled: boolean) {
    setBusy(true);
    setError(null);
    const reply = await send('setSearch', { enabled });
    setBusy(false);
    if (reply.ok) onStatus(reply.value);
    else setError(reply.error);
    setSettings(await readSettings());
  }

  async function change(patch: Partial<Settings>) {
    setSettings(await updateSettings(patch));
  }

  return (
    <>
      <section aria-labelledby="search-title">
        <h2 id="search-title">{t('searchSection')}</h2>
        <p>{t('searchExplain')}</p>
        <p role="status">{settings.searchEnabled ? t('searchOn') : t('searchOff')}</p>
        {error && <ErrorNotice error={error} />}
        <button type="button" disabled={busy} onClick={() => void toggleSearch(!settings.searchEnabled)}>
          {settings.searchEnabled ? t('searchDisable') : t('searchEnable')}
        </button>
      </section>
      <section aria-labelledby="freshness-title">
        <h2 id="freshness-title">{t('freshness')}</h2>
        <p>{t('freshnessHint')}</p>
        <label for="freshness" class="sr-only">
          {t('freshness')}
        </label>
        <select
          id="freshness"
          value={String(settings.freshnessSeconds)}
          onChange={(event) => void change({ freshnessSeconds: Number(event.currentTarget.value) })}
        >
          {FRESHNESS.map((seconds) => (
            <option key={seconds} value={String(seconds)}>
              {seconds === 0 ? t('freshnessNever') : t('seconds', seconds)}
            </option>
          ))}
        </select>
      </section>
      <section aria-labelledby="badge-title">
        <h2 id="badge-title">{t('badgeSection')}</h2>
        <p>{t('badgeExplain')}</p>
        <label for="badge-interval">{t('badgeInterval')}</label>
        <select
          id="badge-interval"
          value={String(settings.badgeMinutes)}
          onChange={(event) => void change({ badgeMinutes: Number(event.currentTarget.value) })}
        >
          {INTERVALS.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes === 0 ? t('badgeOff') : t('everyMinutes', minutes)}
            </option>
          ))}
        </select>
        <label for="badge-count">{t('badgeFilter')}</label>
        <select
          id="badge-count"
          value={settings.badgeCount}
          onChange={(event) => void change({ badgeCount: event.currentTarget.value as BadgeCount })}
        >
          {COUNTS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </section>
    </>
  );
}

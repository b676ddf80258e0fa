/** Full search (incremental consent for Desk.search.READ) and the toolbar badge. */
import { useEffect, useState } from 'preact/hooks';
import type { AppError } from '../shared/errors.ts';
import { t } from '../shared/i18n.ts';
import { type Status, send } from '../shared/messages.ts';
import { type BadgeCount, readSettings, type Settings, updateSettings } from '../shared/settings.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

const INTERVALS = [0, 1, 5, 15, 30, 60];
const FRESHNESS = [0, 15, 30, 60, 300];
const COUNTS: [BadgeCount, 'badgeMine' | 'badgeUnassigned' | 'badgeAllOpen'][] = [
  ['mine', 'badgeMine'],
  ['unassigned', 'badgeUnassigned'],
  ['open', 'badgeAllOpen'],
];

/** A labelled select over typed values (numbers or strings), for one setting. */
function Choice<T extends string | number>(props: {
  id: string;
  label: string;
  hiddenLabel?: boolean;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <>
      <label for={props.id} class={props.hiddenLabel ? 'sr-only' : undefined}>
        {props.label}
      </label>
      <select
        id={props.id}
        value={String(props.value)}
        onChange={(event) => {
          const picked = props.options.find(([value]) => String(value) === event.currentTarget.value);
          if (picked) props.onChange(picked[0]);
        }}
      >
        {props.options.map(([value, text]) => (
          <option key={String(value)} value={String(value)}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}

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
        <Choice
          id="freshness"
          label={t('freshness')}
          hiddenLabel
          value={settings.freshnessSeconds}
          options={FRESHNESS.map((seconds) => [seconds, seconds === 0 ? t('freshnessNever') : t('seconds', seconds)])}
          onChange={(freshnessSeconds) => void change({ freshnessSeconds })}
        />
      </section>
      <section aria-labelledby="badge-title">
        <h2 id="badge-title">{t('badgeSection')}</h2>
        <p>{t('badgeExplain')}</p>
        <Choice
          id="badge-interval"
          label={t('badgeInterval')}
          value={settings.badgeMinutes}
          options={INTERVALS.map((minutes) => [minutes, minutes === 0 ? t('badgeOff') : t('everyMinutes', minutes)])}
          onChange={(badgeMinutes) => void change({ badgeMinutes })}
        />
        <Choice
          id="badge-count"
          label={t('badgeFilter')}
          value={settings.badgeCount}
          options={COUNTS.map(([value, key]) => [value, t(key)])}
          onChange={(badgeCount) => void change({ badgeCount })}
        />
      </section>
    </>
  );
}

/**
 * Full search, and views and departments (incremental consent for Desk.search.READ and
 * Desk.settings.READ), and the toolbar badge, which can follow a Zoho Desk view.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Status, send } from '../shared/messages.ts';
import type { NamedChoice } from '../shared/storage/filters.ts';
import { BADGE_COUNTS, type BadgeCount, readSettings, type Settings, updateSettings } from '../shared/storage/settings.ts';
import { formatDuration } from '../shared/words/duration.ts';
import { type MessageKey, t, tn } from '../shared/words/i18n.ts';
import type { AppError } from '../shared/zoho/errors.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';

const INTERVALS = [0, 1, 5, 15, 30, 60];
const FRESHNESS = [0, 15, 30, 60, 300];

/** One setting's choices over typed values (numbers or strings), as a group of radio buttons. */
function Choice<T extends string | number>(props: {
  id: string;
  /** Its legend; or, with none shown, the id of the heading that names it. */
  label: string;
  labelledBy?: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  // Radio buttons, not a select: every choice in view, and long words wrap rather than being
  // cut off in a narrow page or at a large text size (docs/LANGUAGES.md).
  return (
    <fieldset class="choices" id={props.id} aria-labelledby={props.labelledBy}>
      {!props.labelledBy && <legend>{props.label}</legend>}
      {props.options.map(([value, text]) => (
        <label key={String(value)} class="check">
          <input type="radio" name={props.id} checked={value === props.value} onChange={() => props.onChange(value)} />
          {/* A Zoho view's name keeps its own direction. */}
          <bdi>{text}</bdi>
        </label>
      ))}
    </fieldset>
  );
}

/** A feature that needs one more read-only scope, turned on and off by a new authorization. */
interface ScopeFeature {
  readonly id: string;
  readonly setting: 'searchEnabled' | 'settingsReadEnabled';
  readonly type: 'setSearch' | 'setSettingsRead';
  readonly words: Record<'title' | 'explain' | 'on' | 'off' | 'enable' | 'disable', MessageKey>;
}

const SCOPE_FEATURES: readonly ScopeFeature[] = [
  {
    id: 'search',
    setting: 'searchEnabled',
    type: 'setSearch',
    words: {
      title: 'searchSection',
      explain: 'searchExplain',
      on: 'searchOn',
      off: 'searchOff',
      enable: 'searchEnable',
      disable: 'searchDisable',
    },
  },
  {
    id: 'settings-read',
    setting: 'settingsReadEnabled',
    type: 'setSettingsRead',
    words: {
      title: 'settingsReadSection',
      explain: 'settingsReadExplain',
      on: 'settingsReadOn',
      off: 'settingsReadOff',
      enable: 'settingsReadEnable',
      disable: 'settingsReadDisable',
    },
  },
];

export function Features({ onStatus }: { onStatus: (status: Status) => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);

  const [views, setViews] = useState<readonly NamedChoice[] | null>(null);
  const [viewsProblem, setViewsProblem] = useState<AppError | null>(null);
  /** The last scope change that failed, and why: its words show in its own section. */
  const [failed, setFailed] = useState<{ type: ScopeFeature['type']; error: AppError } | null>(null);

  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);

  // The views the badge can follow: those of all departments, asked only once it is chosen.
  const wantsViews = settings?.badgeCount === 'view';
  useEffect(() => {
    if (!wantsViews) return;
    void send('getQueue', { viewsOnly: true }).then((reply) => {
      setViews(reply.ok ? (reply.value.views ?? []) : []);
      setViewsProblem(reply.ok ? reply.value.viewsProblem : reply.error);
    });
  }, [wantsViews]);

  if (!settings) return null;

  async function toggleScope(type: ScopeFeature['type'], enabled: boolean) {
    setBusy(true);
    setFailed(null);
    const reply = await send(type, { enabled });
    setBusy(false);
    if (reply.ok) onStatus(reply.value);
    else setFailed({ type, error: reply.error });
    setSettings(await readSettings());
  }

  async function change(patch: Partial<Settings>) {
    setSettings(await updateSettings(patch));
  }

  return (
    <>
      {SCOPE_FEATURES.map(({ id, setting, type, words }) => {
        const on = settings[setting];
        return (
          <section key={id} aria-labelledby={`${id}-title`}>
            <h2 id={`${id}-title`}>{t(words.title)}</h2>
            <p>{t(words.explain)}</p>
            <p role="status">{on ? t(words.on) : t(words.off)}</p>
            {failed?.type === type && <ErrorNotice error={failed.error} />}
            <button type="button" disabled={busy} onClick={() => void toggleScope(type, !on)}>
              {on ? t(words.disable) : t(words.enable)}
            </button>
          </section>
        );
      })}
      <section aria-labelledby="freshness-title">
        <h2 id="freshness-title">{t('freshness')}</h2>
        <p>{t('freshnessHint')}</p>
        <Choice
          id="freshness"
          label={t('freshness')}
          labelledBy="freshness-title"
          value={settings.freshnessSeconds}
          options={FRESHNESS.map((seconds) => [seconds, seconds === 0 ? t('freshnessNever') : formatDuration(seconds)])}
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
          options={INTERVALS.map((minutes) => [minutes, minutes === 0 ? t('badgeOff') : tn('everyMinutes', minutes)])}
          onChange={(badgeMinutes) => void change({ badgeMinutes })}
        />
        <Choice
          id="badge-count"
          label={t('badgeFilter')}
          value={settings.badgeCount}
          options={(Object.keys(BADGE_COUNTS) as BadgeCount[]).map((value) => [value, t(BADGE_COUNTS[value].words)])}
          onChange={(badgeCount) => void change({ badgeCount })}
        />
        {wantsViews &&
          (views && views.length > 0 ? (
            <Choice
              id="badge-view"
              label={t('badgeViewPick')}
              value={settings.badgeView?.id ?? ''}
              options={views.map((view): [string, string] => [view.id, view.name])}
              onChange={(id) => {
                const view = views.find((candidate) => candidate.id === id);
                void change({ badgeView: view ? { id: view.id, name: view.name } : null });
              }}
            />
          ) : viewsProblem ? (
            <ErrorNotice error={viewsProblem} />
          ) : (
            views && <p class="muted">{t('badgeViewsUnavailable')}</p>
          ))}
      </section>
    </>
  );
}

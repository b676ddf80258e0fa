/**
 * Notifications, opt-in: turning them on asks the browser for the `notifications` permission in
 * this very click (a user gesture), turning them off gives it back. What may notify, how early
 * a due time warns, quiet hours, and a snooze that survives a browser restart.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { NOTIFICATION_KIND_NAMES, NOTIFICATION_KINDS } from '../shared/notification-kinds.ts';
import {
  NOTIFICATIONS_PERMISSION,
  readSettings,
  type Settings,
  snoozeForAnHour,
  snoozeUntilItem,
  updateSettings,
} from '../shared/storage/settings.ts';
import { formatDuration } from '../shared/words/duration.ts';
import { formatTime } from '../shared/words/format.ts';
import { t } from '../shared/words/i18n.ts';

const WARN_MINUTES = [15, 30, 60, 120];
const DEFAULT_QUIET = { from: '22:00', to: '07:00' } as const;

export function Notifications() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [snoozeUntil, setSnoozeUntil] = useState<number | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void readSettings().then(setSettings);
    void snoozeUntilItem.get().then(setSnoozeUntil);
  }, []);

  if (!settings) return null;
  const change = async (patch: Partial<Settings>) => setSettings(await updateSettings(patch));

  async function turn(on: boolean) {
    setDenied(false);
    if (on) {
      // Asked in the click itself: the browser shows its prompt only for a user gesture.
      const granted = await browser.permissions.request(NOTIFICATIONS_PERMISSION).catch(() => false);
      if (!granted) return setDenied(true);
    } else {
      await browser.permissions.remove(NOTIFICATIONS_PERMISSION).catch(() => false);
    }
    await change({ notificationsEnabled: on });
  }

  async function toggleSnooze(snoozed: boolean) {
    if (snoozed) await snoozeUntilItem.remove();
    setSnoozeUntil(snoozed ? null : await snoozeForAnHour());
  }

  const on = settings.notificationsEnabled;
  const quiet = settings.quietHours;
  const snoozed = snoozeUntil !== null && snoozeUntil > Date.now();
  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('notificationsSection')}</h2>
      <p>{t('notificationsExplain')}</p>
      <p role="status">{on ? t('notificationsOn') : t('notificationsOff')}</p>
      {denied && (
        <p class="notice" role="alert">
          {t('notificationsDenied')}
        </p>
      )}
      {on && settings.badgeMinutes === 0 && <p class="notice">{t('notificationsNeedBadge')}</p>}
      <button type="button" onClick={() => void turn(!on)}>
        {on ? t('notificationsDisable') : t('notificationsEnable')}
      </button>
      {on && (
        <fieldset class="plain">
          {NOTIFICATION_KIND_NAMES.map((kind) => {
            const { setting, label } = NOTIFICATION_KINDS[kind];
            return (
              <label key={kind} class="check">
                <input
                  type="checkbox"
                  checked={settings[setting]}
                  onChange={(event) => void change({ [setting]: event.currentTarget.checked })}
                />
                {t(label)}
              </label>
            );
          })}
          <label class="check">
            <input
              type="checkbox"
              checked={settings.notifySubjects}
              aria-describedby="notify-subjects-help"
              onChange={(event) => void change({ notifySubjects: event.currentTarget.checked })}
            />
            {t('notifySubjectsLabel')}
          </label>
          <p id="notify-subjects-help" class="hint">
            {t('notifySubjectsHelp')}
          </p>
          <label class="field">
            <span>{t('breachMinutesLabel')}</span>
            <select
              value={String(settings.breachMinutes)}
              onChange={(event) => void change({ breachMinutes: Number(event.currentTarget.value) })}
            >
              {WARN_MINUTES.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {formatDuration(minutes * 60)}
                </option>
              ))}
            </select>
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={settings.quietHours !== null}
              onChange={(event) => void change({ quietHours: event.currentTarget.checked ? DEFAULT_QUIET : null })}
            />
            {t('quietHoursLabel')}
          </label>
          {quiet && (
            <div class="quiet">
              {(['from', 'to'] as const).map((end) => (
                <label key={end}>
                  {t(end === 'from' ? 'quietFrom' : 'quietTo')}{' '}
                  <input
                    type="time"
                    value={quiet[end]}
                    onChange={(event) => void change({ quietHours: { ...quiet, [end]: event.currentTarget.value || DEFAULT_QUIET[end] } })}
                  />
                </label>
              ))}
            </div>
          )}
          <p role="status">{snoozed && snoozeUntil !== null ? t('snoozedUntil', formatTime(snoozeUntil)) : ''}</p>
          <button type="button" onClick={() => void toggleSnooze(snoozed)}>
            {snoozed ? t('snoozeEnd') : t('snoozeHour')}
          </button>
        </fieldset>
      )}
    </section>
  );
}

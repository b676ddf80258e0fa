/**
 * The toolbar badge: how many open tickets are assigned to the user (or the count chosen in
 * settings), refreshed by an alarm with one list call, and not while the user is idle or the
 * screen is locked. "!" with a tooltip when the session ended or the last refresh failed.
 */
import browser from 'webextension-polyfill';
import type { TicketListing } from '../shared/messages.ts';
import { BADGE_COUNTS, readSettings, type Settings } from '../shared/storage/settings.ts';
import { ticketCacheItem } from '../shared/storage/ticket-cache.ts';
import { errorText } from '../shared/words/error-text.ts';
import { t } from '../shared/words/i18n.ts';
import { MAX_PAGE_SIZE } from '../shared/zoho/desk-api.ts';
import { AppFailure, toAppError } from '../shared/zoho/errors.ts';
import { notifyFrom } from './notify.ts';
import { countOfView } from './queue.ts';
import { listReplyFor } from './ticket-list.ts';
import { tokenItem } from './worker-store.ts';

export const BADGE_ALARM = 'badge';
/** Seconds without input after which the browser counts the user as idle. */
const IDLE_AFTER_S = 5 * 60;

/** An open list for the badge: the same list the popup shows for this filter, one cache, one request in flight. */
async function openList(owner: 'me' | 'unassigned' | 'all'): Promise<TicketListing | null> {
  const listed = await listReplyFor({ status: 'open', owner, sort: 'newest' });
  if (listed.problem) throw new AppFailure(listed.problem);
  return listed.listing;
}

const shown = (count: number, cap: number) => (count >= cap ? `${cap}+` : String(count));

/**
 * The badge's number and what it counts: a view's own count (one call), or a list's length. With
 * notifications on, my open tickets are fetched too (notify.ts reads them): the same call when
 * the badge counts them, one more when it counts something else.
 */
async function badgeCount(settings: Settings): Promise<{ text: string; label: string; mine: TicketListing | null }> {
  const mine = settings.notificationsEnabled || settings.badgeCount === 'mine' ? await openList('me') : null;
  const view = settings.badgeCount === 'view' ? settings.badgeView : null;
  if (view) {
    // A view's count is exact, not a page's length: the badge has room for "999+".
    const count = await countOfView(view);
    return { text: count > 999 ? '999+' : String(count), label: view.name, mine };
  }
  // A view not chosen yet counts mine, and so does a stored choice this version does not know.
  const known = settings.badgeCount !== 'view' && Object.hasOwn(BADGE_COUNTS, settings.badgeCount);
  const { owner, words } = BADGE_COUNTS[known ? settings.badgeCount : 'mine'];
  const listing = owner === 'me' ? (mine ?? (await openList('me'))) : await openList(owner);
  return { text: shown(Math.min(listing?.tickets.length ?? 0, MAX_PAGE_SIZE), MAX_PAGE_SIZE), label: t(words), mine };
}

async function show(text: string, title: string): Promise<void> {
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({ title });
  if (text === '!') await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  else await browser.action.setBadgeBackgroundColor({ color: '#0b57d0' });
}

export async function clearBadge(): Promise<void> {
  await show('', t('actionTitle'));
}

/** (Re)creates the alarm from settings; no alarm and no badge when turned off. */
export async function scheduleBadge(): Promise<void> {
  const { badgeMinutes } = await readSettings();
  // Another setting changed: leave a running alarm of the right period alone.
  if (badgeMinutes > 0 && (await browser.alarms.get(BADGE_ALARM))?.periodInMinutes === badgeMinutes) return;
  await browser.alarms.clear(BADGE_ALARM);
  if (badgeMinutes > 0) {
    await browser.alarms.create(BADGE_ALARM, { periodInMinutes: badgeMinutes, delayInMinutes: badgeMinutes });
  } else {
    await clearBadge();
  }
}

/** Counts with one list call. Skipped while the user is idle or locked: nobody is looking. */
export async function refreshBadge(): Promise<void> {
  const settings = await readSettings();
  if (settings.badgeMinutes <= 0) return;
  if ((await browser.idle.queryState(IDLE_AFTER_S)) !== 'active') return;
  if (!(await tokenItem.get())) {
    // Tickets without a token: a session that ended. Never signed in: no badge at all.
    if (Object.keys(await ticketCacheItem.get()).length > 0) await show('!', t('badgeSessionEnded'));
    else await clearBadge();
    return;
  }
  try {
    const { text, label, mine } = await badgeCount(settings);
    await show(text === '0' ? '' : text, t('badgeTitle', text, label));
    await notifyFrom(mine, settings);
  } catch (error) {
    const problem = toAppError(error);
    await show('!', problem.code === 'session_ended' ? t('badgeSessionEnded') : t('badgeFailed', errorText(problem).message));
  }
}

export function onAlarm(alarm: browser.Alarms.Alarm): void {
  if (alarm.name === BADGE_ALARM) void refreshBadge();
}

/**
 * The service worker. It registers its listeners synchronously at top level and does nothing
 * else at start-up: Chrome may stop and restart it at any time, so no state lives here.
 */
import browser from 'webextension-polyfill';
import { NOTIFICATIONS_PERMISSION, settingsItem } from '../shared/storage/settings.ts';
import { onAlarm, scheduleBadge } from './badge.ts';
import { onHostAccessGranted } from './intent.ts';
import { createMenu, onMenuClicked } from './menu.ts';
import { onNotificationClicked } from './notify.ts';
import { onFetch, onInstall, type PageFetchEvent, type WorkerInstallEvent, watchFirstFrame } from './popup-page.ts';
import { dispatch } from './router.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => dispatch(message, sender));
browser.permissions.onAdded.addListener(onHostAccessGranted);
browser.alarms.onAlarm.addListener(onAlarm);
// Alarms survive a worker restart but not every update or browser restart: set them again.
browser.runtime.onInstalled.addListener(() => void scheduleBadge());
browser.runtime.onStartup.addListener(() => void scheduleBadge());
settingsItem.watch(() => void scheduleBadge());
browser.runtime.onInstalled.addListener(() => void createMenu());
browser.runtime.onStartup.addListener(() => void createMenu());
browser.contextMenus.onClicked.addListener(onMenuClicked);

// The notifications API exists only while its optional permission is granted: listened to at
// start if it is, and as soon as the user grants it.
let listening = false;
function listenToNotifications(): void {
  if (listening || !browser.notifications?.onClicked) return;
  listening = true;
  browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
}
listenToNotifications();
browser.permissions.onAdded.addListener((added) => {
  if (added.permissions?.some((name) => NOTIFICATIONS_PERMISSION.permissions.includes(name as 'notifications'))) listenToNotifications();
});

// Chrome's background is a service worker: it serves the popup's page with the cached tickets
// in it. Firefox's is an event page, which gets neither event; its build leaves this out.
if (import.meta.env.TARGET_BROWSER !== 'firefox' && 'ServiceWorkerGlobalScope' in globalThis) {
  watchFirstFrame();
  globalThis.addEventListener('fetch', (event) => onFetch(event as PageFetchEvent));
  globalThis.addEventListener('install', (event) => onInstall(event as WorkerInstallEvent));
}

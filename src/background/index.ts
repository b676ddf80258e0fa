/**
 * The service worker. It registers its listeners synchronously at top level and does nothing
 * else at start-up: Chrome may stop and restart it at any time, so no state lives here.
 */
import browser from 'webextension-polyfill';
import { settingsItem } from '../shared/settings.ts';
import { onAlarm, scheduleBadge } from './badge.ts';
import { onHostAccessGranted } from './intent.ts';
import { onFetch, onInstall, type PageFetchEvent, type WorkerInstallEvent, watchFirstFrame } from './popup-page.ts';
import { dispatch } from './router.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => dispatch(message, sender));
browser.permissions.onAdded.addListener(onHostAccessGranted);
browser.alarms.onAlarm.addListener(onAlarm);
// Alarms survive a worker restart but not every update or browser restart: set them again.
browser.runtime.onInstalled.addListener(() => void scheduleBadge());
browser.runtime.onStartup.addListener(() => void scheduleBadge());
settingsItem.watch(() => void scheduleBadge());

// Chrome's background is a service worker: it serves the popup's page with the cached tickets
// in it. Firefox's is an event page, which gets neither event; its build leaves this out.
if (import.meta.env.TARGET_BROWSER !== 'firefox' && 'ServiceWorkerGlobalScope' in globalThis) {
  watchFirstFrame();
  globalThis.addEventListener('fetch', (event) => onFetch(event as PageFetchEvent));
  globalThis.addEventListener('install', (event) => onInstall(event as WorkerInstallEvent));
}

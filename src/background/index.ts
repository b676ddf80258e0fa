/**
 * The service worker. It registers its listeners synchronously at top level and does nothing
 * else at start-up: Chrome may stop and restart it at any time, so no state lives here.
 */
import browser from 'webextension-polyfill';
import { onHostAccessGranted } from './intent.ts';
import { dispatch } from './router.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatch(message, sender),
);
browser.permissions.onAdded.addListener(onHostAccessGranted);

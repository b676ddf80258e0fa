/**
 * The popup's page, served by the service worker with the first frame already in it
 * (shared/markup/snapshot.ts), and its stylesheet inline under the manifest's policy. Chrome only: Firefox's
 * event page gets no fetch events. If anything fails, the page is served as packaged. Why, and
 * what it is worth: docs/ARCHITECTURE.md, "The popup's first frame"; docs/PERFORMANCE.md.
 */
import browser from 'webextension-polyfill';
import { styleHashSource, styleSrcAllows, stylesheetLink } from '../shared/markup/inline-style.ts';
import { snapshotHtml } from '../shared/markup/snapshot.ts';
import { isPanelUrl, PANEL_CLASS } from '../shared/panel-page.ts';
import { filterItem } from '../shared/storage/filters.ts';
import { type FirstFrame, readFirstFrame } from '../shared/storage/first-frame.ts';
import { organizationIdItem } from '../shared/storage/organization-choice.ts';
import { ticketCacheItem } from '../shared/storage/ticket-cache.ts';
import { pageLanguage, t } from '../shared/words/i18n.ts';
import { accountGeneration } from './account-generation.ts';
import { keptAnswer } from './in-flight.ts';
import { cacheWritten, startRememberedList } from './ticket-list.ts';
import { ticketCache } from './worker-store.ts';

/** The parts of the service worker's events used here (not in TypeScript's DOM library). */
export interface PageFetchEvent extends Event {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
  waitUntil(work: Promise<unknown>): void;
}

export interface WorkerInstallEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
  /**
   * Static routing: requests that never need the worker skip it. Its `not` condition came after
   * the API itself (Chrome 123); where it is missing, addRoutes refuses the rule and every
   * request reaches the handler, which lets all but the popup's page through.
   */
  addRoutes?: (rules: unknown) => Promise<void>;
}

/** The empty root in the packaged page (src/popup/index.html) that the snapshot goes into. */
const APP_ROOT = '<div id="app"></div>';

interface ManifestFacts {
  /** The popup page's path, as its requests' URLs have it. */
  readonly popupPath: string;
  /**
   * The policy for extension pages. Chrome sends it with each packaged file, but a response
   * the worker makes has only the headers given to it: without this one, the served page would
   * run under Chrome's minimum policy for extensions, not under ours.
   */
  readonly policy: string;
}

let facts: ManifestFacts | null = null;

/** Read from the manifest on first use, not at start-up, and then kept for the worker's life. */
function manifestFacts(): ManifestFacts {
  if (!facts) {
    const manifest = browser.runtime.getManifest() as {
      action?: { default_popup?: string };
      content_security_policy?: { extension_pages?: string };
    };
    facts = {
      popupPath: `/${manifest.action?.default_popup ?? 'src/popup/index.html'}`,
      policy: manifest.content_security_policy?.extension_pages ?? "script-src 'self'; object-src 'self'",
    };
  }
  return facts;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(String(response.status));
  return response.text();
}

async function sha256(content: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content)));
  return btoa(String.fromCharCode(...digest));
}

/**
 * The packaged page with its stylesheet inline: a linked stylesheet holds the first paint back
 * until it has been fetched, ~20 ms here (docs/PERFORMANCE.md). Inline only if the manifest's
 * policy allows that very text (build/plugins/popup-style-hash.ts); else the page keeps its link,
 * rather than show unstyled.
 */
async function withInlineStyle(page: string, url: string, policy: string): Promise<string> {
  const link = stylesheetLink(page);
  if (!link) return page;
  const css = await fetchText(new URL(link.href, url).href);
  if (!styleSrcAllows(policy, styleHashSource(await sha256(css)))) return page;
  return page.replace(link.tag, () => `<style>${css}</style>`);
}

/** The page to serve, made once per worker: the worker's own fetches skip its handler. */
const template = keptAnswer<string>();

function packagedPage(url: string): Promise<string> {
  // The same packaged file for the popup and the panel (`?panel`); a failed fetch is tried again.
  return template('page', () => fetchText(url).then((page) => withInlineStyle(page, url, manifestFacts().policy)));
}

/**
 * The page's root in the browser's language and direction, as the boot script would set them;
 * the side panel's (`?panel`, shared/panel-page.ts) is laid out full size from its first frame.
 */
export function pageRoot(page: string, url: string): string {
  // Language tags and directions are letters, digits and hyphens; nothing else goes in.
  const [lang, dir] = Object.values(pageLanguage()).map((value) => value.replace(/[^\w-]/g, ''));
  const panel = isPanelUrl(url) ? ` class="${PANEL_CLASS}"` : '';
  // The title a tab or the sidebar shows: the short name, in the language (packaged: English).
  const title = t('extShortName').replace(/[<&]/g, '');
  return page
    .replace('<html lang="en">', () => `<html lang="${lang}" dir="${dir}"${panel}>`)
    .replace('<title>Desk Tickets</title>', () => `<title>${title}</title>`);
}

/** The packaged page with the first frame's HTML in its root; as packaged if none. */
export function withFirstFrame(page: string, firstFrame: string): string {
  // The body's root, after the head and its inline stylesheet.
  const at = page.lastIndexOf(APP_ROOT);
  if (!firstFrame || at < 0) return page;
  return `${page.slice(0, at)}<div id="app">${firstFrame}</div>${page.slice(at + APP_ROOT.length)}`;
}

/**
 * The first frame as last read, kept for the worker's life and read again after any change to
 * what it is made of (this worker's cache writes, a new session, or a change another page
 * made): an open of the popup then waits for no storage read. A read that a change overtakes
 * serves the open that started it, and is not kept. The worker counts its own writes rather than
 * wait for their storage.onChanged, which arrives after the write has resolved.
 */
let changes = 0;
const keptFrame = keptAnswer<FirstFrame>();

export function servedFirstFrame(): Promise<FirstFrame> {
  return keptFrame(`${changes}|${ticketCache.writesDone()}|${accountGeneration()}`, readFirstFrame);
}

/** Registered at the worker's start: a change to the filter, organization or cache. */
export function watchFirstFrame(): void {
  const changed = () => {
    changes += 1;
  };
  for (const item of [filterItem, organizationIdItem, ticketCacheItem] as const) item.watch(changed);
}

/**
 * How long a page with nothing cached waits for the list the worker started: a Zoho that answers
 * within it puts the tickets in the page itself; a slower one only delays the page this long, and
 * its answer then reaches the popup's own request (docs/PERFORMANCE.md, "Cold opens").
 */
export const COLD_WAIT_MS = 40;

/** The first frame to serve: the cached one, or the list `started` fetched if it comes in time. */
export async function frameToServe(started: Promise<FirstFrame | null>): Promise<FirstFrame> {
  const frame = await servedFirstFrame();
  if (frame.listing) return frame;
  const timeUp = new Promise<null>((done) => setTimeout(done, COLD_WAIT_MS, null));
  return (await Promise.race([started.catch(() => null), timeUp])) ?? frame;
}

async function popupPage(url: string, started: Promise<FirstFrame | null>): Promise<Response> {
  // A list answered a moment ago may still be on its way into the cache.
  await cacheWritten();
  const [page, frame] = await Promise.all([packagedPage(url), frameToServe(started)]);
  return new Response(pageRoot(withFirstFrame(page, snapshotHtml(frame)), url), {
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': manifestFacts().policy },
  });
}

export function onFetch(event: PageFetchEvent): void {
  const { request } = event;
  if (request.mode !== 'navigate' || new URL(request.url).pathname !== manifestFacts().popupPath) return;
  // With nothing cached, the list is fetched from now, while the page loads, rather than once
  // the popup's script asks; that request then joins the fetch (tickets.ts), and gets its errors.
  // With a list cached, the popup shows it and asks for its refresh itself: the worker's six
  // storage reads to learn whether it is stale would only compete with serving the page.
  const started = servedFirstFrame().then((frame) => (frame.listing ? null : startRememberedList()));
  event.waitUntil(started.catch(() => undefined));
  event.respondWith(popupPage(request.url, started).catch(() => fetch(request.url)));
}

/**
 * Every other request (scripts, styles, the settings page) goes straight to the packaged files,
 * not through the handler above, where the browser supports static routing.
 */
export function onInstall(event: WorkerInstallEvent): void {
  const Pattern = (globalThis as { URLPattern?: new (init: { pathname: string }) => unknown }).URLPattern;
  if (!event.addRoutes || !Pattern) return;
  const popupNavigation = { urlPattern: new Pattern({ pathname: manifestFacts().popupPath }), requestMode: 'navigate' };
  event.waitUntil(event.addRoutes([{ condition: { not: popupNavigation }, source: 'network' }]).catch(() => undefined));
}

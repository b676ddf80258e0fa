/**
 * Which page is the panel's: the side panel (Chrome) and sidebar (Firefox) show the popup's own
 * page with `?panel` (manifest.json), full size, and kept current while visible
 * (popup/use-panel-refresh.ts). Free of any import: the popup's boot script uses it, and must
 * stay small (opening the panel, with the browser's API, is open-panel.ts).
 */
export const PANEL_CLASS = 'panel';

export function isPanelUrl(url: string): boolean {
  return new URL(url).searchParams.has('panel');
}

/** Marks the page as the panel's, as the worker does in the page it serves (popup-page.ts). */
export function markPanel(doc: Document): boolean {
  const panel = isPanelUrl(doc.location.href);
  if (panel) doc.documentElement.classList.add(PANEL_CLASS);
  return panel;
}

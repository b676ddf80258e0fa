/**
 * The viewer in Chrome's side panel (`side_panel`) or Firefox's sidebar (`sidebar_action`): the
 * popup's own page with `?panel` (manifest.json). Opened from the popup's button or the toolbar
 * menu, both user gestures, as both browsers require. Telling the panel's page is panel-page.ts.
 */
import browser from 'webextension-polyfill';

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

export async function openSidePanel(windowId: number | undefined): Promise<void> {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeApi && windowId !== undefined) {
    await chromeApi.open({ windowId });
    return;
  }
  const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  await firefox?.open();
}

/**
 * The toolbar icon's own menu (right-click): Refresh now, Open side panel, Snooze notifications
 * for 1 hour, Settings. The `contextMenus` permission; the items exist only on the icon.
 */
import browser from 'webextension-polyfill';
import { openSidePanel } from '../shared/open-panel.ts';
import { snoozeForAnHour } from '../shared/storage/settings.ts';
import { t } from '../shared/words/i18n.ts';
import { refreshBadge } from './badge.ts';
import { listReply } from './ticket-list.ts';

export const MENU_ITEMS = {
  refresh: 'menuRefresh',
  panel: 'menuSidePanel',
  snooze: 'menuSnooze',
  settings: 'menuSettings',
} as const;

export type MenuItem = keyof typeof MENU_ITEMS;

/** (Re)creates the items: at install and browser start (Chrome keeps them, Firefox may not). */
export async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, title] of Object.entries(MENU_ITEMS)) {
    browser.contextMenus.create({ id, title: t(title), contexts: ['action'] });
  }
}

/** What each item does; `windowId` is the window the icon was clicked in. */
export async function runMenuItem(id: string, windowId: number | undefined): Promise<void> {
  switch (id as MenuItem) {
    case 'refresh':
      await listReply({ force: true }).catch(() => undefined);
      await refreshBadge();
      return;
    case 'panel':
      await openSidePanel(windowId);
      return;
    case 'snooze':
      await snoozeForAnHour();
      return;
    case 'settings':
      await browser.runtime.openOptionsPage();
      return;
  }
}

export function onMenuClicked(info: browser.Menus.OnClickData, tab: browser.Tabs.Tab | undefined): void {
  void runMenuItem(String(info.menuItemId), tab?.windowId);
}

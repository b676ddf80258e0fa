/**
 * The side panel stays open: it asks for its list again every PANEL_REFRESH_MS while it is
 * visible (the background answers from the cache while the list is fresh), at once when it is
 * shown again, and never while hidden. The popup does nothing of this.
 */
import { useEffect } from 'preact/hooks';
import { PANEL_CLASS } from '../shared/panel-page.ts';

/** How often the side panel asks for its list while visible; the background's cache keeps it to one Zoho call per freshness window. */
export const PANEL_REFRESH_MS = 30_000;

export const inPanel = typeof document !== 'undefined' && document.documentElement.classList.contains(PANEL_CLASS);

export function usePanelRefresh(load: () => unknown): void {
  useEffect(() => {
    if (!inPanel) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const follow = () => {
      clearInterval(timer);
      if (document.visibilityState !== 'visible') return;
      timer = setInterval(() => void load(), PANEL_REFRESH_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void load();
      follow();
    };
    follow();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [load]);
}

// The popup's classic script, first in its <head> (build/plugins/boot-script.ts): it
// starts the boot (boot.ts) with what the first frame needs, bundled in this one file. It
// draws the first frame only in Firefox: in Chrome the worker serves the page with it drawn
// in (docs/ARCHITECTURE.md, "The popup's first frame"), and the app draws if that ever fails.

import { paintSnapshot } from '../shared/markup/snapshot.ts';
import { send } from '../shared/messages.ts';
import { markPanel } from '../shared/panel-page.ts';
import { readFirstFrame } from '../shared/storage/first-frame.ts';
import { markLanguage } from '../shared/words/i18n.ts';
import { bootFromScript } from './boot.ts';

markPanel(document);
// Firefox's first frame is drawn here, so its language and direction are set first; Chrome's
// comes from the worker with them set (popup-page.ts), or else from the app (start-app.tsx).
if (import.meta.env.TARGET_BROWSER === 'firefox') markLanguage(document.documentElement);

bootFromScript({ readFirstFrame, send, ...(import.meta.env.TARGET_BROWSER === 'firefox' ? { paint: paintSnapshot } : {}) });

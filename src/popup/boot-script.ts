// The popup's classic script, first in its <head> (build/plugins/boot-script.ts): it
// starts the boot (boot.ts) with what the first frame needs, bundled in this one file. It
// draws the first frame only in Firefox: in Chrome the worker serves the page with it drawn
// in (docs/ARCHITECTURE.md, "The popup's first frame"), and the app draws if that ever fails.
import { readFirstFrame } from '../shared/first-frame.ts';
import { send } from '../shared/messages.ts';
import { markPanel } from '../shared/panel.ts';
import { paintSnapshot } from '../ui/snapshot.ts';
import { bootFromScript } from './boot.ts';

markPanel(document);

bootFromScript({ readFirstFrame, send, ...(import.meta.env.TARGET_BROWSER === 'firefox' ? { paint: paintSnapshot } : {}) });

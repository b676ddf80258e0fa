// The popup's classic script, first in its <head> (build/plugins/boot-script.ts): it
// starts the boot (boot.ts) with what the first frame needs, bundled in this one file.
import { readFirstFrame } from '../shared/first-frame.ts';
import { send } from '../shared/messages.ts';
import { paintSnapshot } from '../ui/snapshot.ts';
import { bootFromScript } from './boot.ts';

bootFromScript({ readFirstFrame, send, paint: paintSnapshot });

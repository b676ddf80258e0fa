import './popup.css';
import { firstFrameShown } from './first-frame-signal.ts';

// The popup's entry: it waits for the first-frame script's snapshot to be on screen, then loads
// the app, which adopts it (start-app.tsx). With nothing cached, or without the script, at once.
await firstFrameShown();
await import('./start-app.tsx');

import './popup.css';
import { firstFrameShown } from './boot.ts';

// The popup's entry: the app's modules load once the first frame is on screen (boot.ts).
await firstFrameShown();
await import('./start-app.tsx');

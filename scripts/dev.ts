/**
 * `npm run dev`: the Zoho sandbox, and a build against it that is made again on every change
 * (`vite build --watch --mode sandbox`). Load dist-sandbox/ once as an unpacked extension, then
 * press its reload button in chrome://extensions after each rebuild. TARGET_BROWSER=firefox
 * builds dist-firefox-sandbox/ instead.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT } from '../build/sandbox-env.ts';
import { startSandbox } from '../test/sandbox/server.ts';

const ROOT = join(import.meta.dirname, '..');
const sandbox = await startSandbox(SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT);
const folder = process.env['TARGET_BROWSER'] === 'firefox' ? 'dist-firefox-sandbox' : 'dist-sandbox';
console.log(`Zoho sandbox: Accounts ${sandbox.accountsUrl}, Desk ${sandbox.deskUrl}`);
console.log(`Building ${folder}/ on every change. Load it unpacked once, then reload the extension after each build.`);

const vite = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--watch', '--mode', 'sandbox'], {
  cwd: ROOT,
  stdio: 'inherit',
});
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', () => {
  vite.kill('SIGINT');
  stop();
});
vite.on('exit', stop);

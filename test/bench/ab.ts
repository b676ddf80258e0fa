/**
 * `npm run bench:ab -- <git revision>`: is the working tree's popup faster or slower than that
 * revision's, on a machine too noisy to compare two separate runs of `npm run bench`? Both
 * sandbox builds run side by side, each in its own Chromium against the same sandbox, and their
 * loads alternate; each popup load is judged against a blank-page load in the same browser just
 * before it. Prints the median of those ratios for each build, warm at 50 and 500 tickets.
 *
 * The revision is built in a git worktree under the system's temporary folder, with this
 * checkout's node_modules (so it must build with today's dependencies).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT } from '../sandbox/endpoints.ts';
import { startSandbox } from '../sandbox/server.ts';
import { DIST, type ExtensionBrowser, launchExtension } from '../support/browser.ts';
import { seedCache } from '../support/seed-cache.ts';
import { paintTime, signIn, stat } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 21);

function buildRevision(revision: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'desk-bench-ab-'));
  execFileSync('git', ['worktree', 'add', '--detach', folder, revision], { cwd: ROOT, stdio: 'inherit' });
  symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'));
  execFileSync('npx', ['vite', 'build', '--mode', 'sandbox'], { cwd: folder, stdio: 'ignore' });
  return folder;
}

async function main(): Promise<void> {
  const revision = process.argv[2];
  if (!revision) throw new Error('usage: npm run bench:ab -- <git revision>');
  if (!existsSync(DIST)) throw new Error('build the working tree first: npm run build:sandbox');
  const folder = buildRevision(revision);
  const sandbox = await startSandbox(SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT);
  const builds: { name: string; browser: ExtensionBrowser }[] = [];
  try {
    builds.push({ name: revision, browser: await launchExtension({ dist: join(folder, 'dist-sandbox') }) });
    builds.push({ name: 'working tree', browser: await launchExtension() });
    for (const { browser } of builds) {
      await browser.worker.evaluate(() => chrome.storage.local.set({ settings: { badgeMinutes: 0 } }));
      await signIn(browser);
    }
    for (const count of [50, 500]) {
      const ratios = new Map<string, number[]>(builds.map(({ name }) => [name, []]));
      for (let run = -2; run < RUNS; run++) {
        // Which build goes first changes every run, so that neither always follows the other.
        const order = run % 2 === 0 ? builds : [...builds].reverse();
        for (const { name, browser } of order) {
          await seedCache(browser.worker, count);
          const floor = await paintTime(browser, browser.url('bench/blank.html'), 'blank');
          const popup = await paintTime(browser, browser.url('src/popup/index.html'), 'first-ticket');
          // The first two runs warm the disk caches and code compilation up.
          if (run >= 0) ratios.get(name)?.push(popup / floor);
        }
      }
      for (const [name, values] of ratios) {
        const s = stat(values);
        console.log(
          `warm ${count}, ${name.padEnd(14)} ${s.median.toFixed(2)} × its floor (${s.min.toFixed(2)}–${s.max.toFixed(2)}), ${s.runs} runs`,
        );
      }
    }
  } finally {
    for (const { browser } of builds) await browser.close();
    await sandbox.close();
    execFileSync('git', ['worktree', 'remove', '--force', folder], { cwd: ROOT });
  }
}

await main();

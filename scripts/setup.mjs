#!/usr/bin/env node
/**
 * Makes a fresh machine ready for `npm test` and `npm start`: the npm packages (npm ci),
 * Debian's Chromium with the fonts screenshots need, Debian's Firefox ESR, and faketime for
 * `npm run test:any-date`. Playwright's own browser download does not work here, so the browser
 * comes from apt. Plain Node, no dependencies: it runs first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('setup: installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Without these, Chromium draws Japanese text and emoji as empty boxes in screenshots, and
// Arabic in a fallback font.
const fonts = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf',
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf',
];
// Without its locale files, Chromium runs in en-US whatever --lang says: no right-to-left
// `@@bidi_dir` for the Arabic tests (docs/LANGUAGES.md).
const localeFiles = '/usr/lib/chromium/locales/ar.pak';
const missing = [];
if (!existsSync(chrome)) {
  if (process.env.CHROME_PATH) {
    console.error(`setup: CHROME_PATH points to ${chrome}, which does not exist.`);
    process.exit(1);
  }
  missing.push('chromium');
}
if (!fonts.every((font) => existsSync(font))) missing.push('fonts-noto-cjk', 'fonts-noto-color-emoji', 'fonts-noto-core');
if (!process.env.CHROME_PATH && !existsSync(localeFiles)) missing.push('chromium-l10n');
// Firefox for the Firefox end-to-end check (FIREFOX_PATH overrides it).
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox) && !process.env.FIREFOX_PATH) missing.push('firefox-esr');
// faketime moves the clock of Node and the browser alike, for `npm run test:any-date`.
if (!existsSync('/usr/bin/faketime')) missing.push('faketime');

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`setup: please install ${missing.join(', ')} (Debian: apt-get install ${missing.join(' ')}), or set CHROME_PATH.`);
    process.exit(missing.includes('chromium') ? 1 : 0);
  }
  console.log(`setup: installing ${missing.join(', ')} from Debian`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}

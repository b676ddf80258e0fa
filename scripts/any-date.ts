/**
 * `npm run test:any-date`: `npm test` under clocks other than today's. Debian's faketime moves
 * the clock of Node, the sandbox and Chromium alike, so a test that meets a fixed date with the
 * running clock fails here (docs/TESTING.md). Names given after `--` run only those clocks;
 * `-- --list` says when each starts.
 */
import { spawnSync } from 'node:child_process';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const year = new Date().getUTCFullYear() + 1;

/** The last Sunday of a month, as a UTC date at `hour`. */
function lastSunday(month: number, hour: number): Date {
  const day = new Date(Date.UTC(year, month + 1, 0, hour));
  return new Date(day.getTime() - day.getUTCDay() * DAY);
}

/** The first Sunday of a month, as a UTC date at `hour`. */
function firstSunday(month: number, hour: number): Date {
  const day = new Date(Date.UTC(year, month, 1, hour));
  return new Date(day.getTime() + ((7 - day.getUTCDay()) % 7) * DAY);
}

/**
 * An offset from the real clock, in seconds: the same in every process. faketime's "start at"
 * form would start each new process (the sandbox, each Chromium) at that moment again.
 */
const at = (time: Date) => {
  const seconds = Math.round((time.getTime() - Date.now()) / 1000);
  return `${seconds < 0 ? '-' : '+'}${Math.abs(seconds)}`;
};

interface Clock {
  readonly name: string;
  /** FAKETIME's value: an offset from the real clock (+365d, -120 in seconds). */
  readonly faketime: string;
  /** The local time zone the browser and Node use. */
  readonly tz: string;
}

const CLOCKS: readonly Clock[] = [
  { name: 'a-year-ahead', faketime: '+365d', tz: 'UTC' },
  { name: 'a-year-back', faketime: '-365d', tz: 'UTC' },
  // Europe's clocks go forward at 01:00 UTC on March's last Sunday. Started 3 minutes before, the
  // change falls in the end-to-end tests, which start some 2 minutes into the run.
  { name: 'clocks-go-forward', faketime: at(new Date(lastSunday(2, 1).getTime() - 3 * MINUTE)), tz: 'Europe/Berlin' },
  // The United States' go back at 06:00 UTC (02:00 EDT) on November's first Sunday.
  { name: 'clocks-go-back', faketime: at(new Date(firstSunday(10, 6).getTime() - 3 * MINUTE)), tz: 'America/New_York' },
  // February's last day at 23:57 in Tokyo: the month ends during the run (in UTC, not even the day).
  { name: 'month-end', faketime: at(new Date(Date.UTC(year, 2, 0, 14, 57))), tz: 'Asia/Tokyo' },
  // 31 December at 23:30 in Los Angeles, 07:30 on 1 January in UTC.
  { name: 'new-years-eve', faketime: at(new Date(Date.UTC(year, 11, 31, 23, 30) + 8 * HOUR)), tz: 'America/Los_Angeles' },
];

if (process.argv.includes('--list')) {
  for (const clock of CLOCKS) {
    const start = spawnSync('faketime', ['-f', clock.faketime, 'date'], { encoding: 'utf8', env: { ...process.env, TZ: clock.tz } });
    console.log(`${clock.name.padEnd(18)} starts ${start.stdout.trim()}`);
  }
  process.exit(0);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !CLOCKS.some((clock) => clock.name === name));
if (unknown.length > 0) {
  console.error(`test:any-date: no clock named ${unknown.join(', ')}; the clocks are ${CLOCKS.map((clock) => clock.name).join(', ')}`);
  process.exit(2);
}

const results: string[] = [];
for (const clock of CLOCKS.filter((candidate) => wanted.length === 0 || wanted.includes(candidate.name))) {
  console.log(`\ntest:any-date: ${clock.name} (faketime ${clock.faketime}, TZ=${clock.tz})`);
  const run = spawnSync('faketime', ['-f', clock.faketime, 'npm', 'test'], { stdio: 'inherit', env: { ...process.env, TZ: clock.tz } });
  const passed = run.status === 0;
  results.push(`${passed ? 'passed' : 'FAILED'}  ${clock.name}  (faketime ${clock.faketime}, TZ=${clock.tz})`);
}
console.log(`\ntest:any-date:\n${results.join('\n')}`);
process.exit(results.every((line) => line.startsWith('passed')) ? 0 : 1);

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
 * faketime's offset from the real clock to `time`, in seconds: the same in every process. Worked
 * out just before each run, so that a clock's change falls inside its own run. faketime's "start
 * at" form would start each new process (the sandbox, each Chromium) at that moment again.
 */
const offsetTo = (time: Date) => {
  const seconds = Math.round((time.getTime() - Date.now()) / 1000);
  return `${seconds < 0 ? '-' : '+'}${Math.abs(seconds)}`;
};

interface Clock {
  readonly name: string;
  /** FAKETIME's value when the run starts: an offset from the real clock (+365d, -120 in seconds). */
  readonly faketime: () => string;
  /** The local time zone the browser and Node use. */
  readonly tz: string;
}

/** Started 3 minutes before `time`, a change falls in the end-to-end tests, which begin a minute or two into npm test. */
const before = (time: Date) => () => offsetTo(new Date(time.getTime() - 3 * MINUTE));

const CLOCKS: readonly Clock[] = [
  { name: 'a-year-ahead', faketime: () => '+365d', tz: 'UTC' },
  { name: 'a-year-back', faketime: () => '-365d', tz: 'UTC' },
  // Europe's clocks go forward at 01:00 UTC on March's last Sunday.
  { name: 'clocks-go-forward', faketime: before(lastSunday(2, 1)), tz: 'Europe/Berlin' },
  // The United States' go back at 06:00 UTC (02:00 EDT) on November's first Sunday.
  { name: 'clocks-go-back', faketime: before(firstSunday(10, 6)), tz: 'America/New_York' },
  // Midnight after February's last day in Tokyo: the month ends during the run (in UTC, not even the day).
  { name: 'month-end', faketime: before(new Date(Date.UTC(year, 2, 0, 15))), tz: 'Asia/Tokyo' },
  // 31 December at 23:30 in Los Angeles, 07:30 on 1 January in UTC.
  { name: 'new-years-eve', faketime: () => offsetTo(new Date(Date.UTC(year, 11, 31, 23, 30) + 8 * HOUR)), tz: 'America/Los_Angeles' },
];

/** What `node` reads as now under `faketime` (ms), to see that the clock really moved. */
function fakedNow(faketime: string, tz: string): number {
  const run = spawnSync('faketime', ['-f', faketime, process.execPath, '-e', 'console.log(Date.now())'], {
    encoding: 'utf8',
    env: { ...process.env, TZ: tz },
  });
  return Number(run.stdout.trim());
}

if (process.argv.includes('--list')) {
  for (const clock of CLOCKS) {
    const start = spawnSync('faketime', ['-f', clock.faketime(), 'date'], { encoding: 'utf8', env: { ...process.env, TZ: clock.tz } });
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
  const faketime = clock.faketime();
  const expected = faketime.endsWith('d') ? Number(faketime.slice(0, -1)) * 24 * HOUR : Number(faketime) * 1000;
  // A faketime that moved nothing would pass every run without testing a thing.
  if (Math.abs(fakedNow(faketime, clock.tz) - Date.now() - expected) > MINUTE) {
    results.push(`FAILED  ${clock.name}  (faketime ${faketime} did not move the clock)`);
    continue;
  }
  console.log(`\ntest:any-date: ${clock.name} (faketime ${faketime}, TZ=${clock.tz})`);
  const run = spawnSync('faketime', ['-f', faketime, 'npm', 'test'], { stdio: 'inherit', env: { ...process.env, TZ: clock.tz } });
  results.push(`${run.status === 0 ? 'passed' : 'FAILED'}  ${clock.name}  (faketime ${faketime}, TZ=${clock.tz})`);
}
console.log(`\ntest:any-date:\n${results.join('\n')}`);
process.exit(results.every((line) => line.startsWith('passed')) ? 0 : 1);

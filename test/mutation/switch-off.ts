/**
 * Proves each docs/SECURITY.md row: with its defence switched off (switch-offs.ts) in a copy of
 * the project, at least one of the unit tests the row names must fail. A first run with nothing
 * switched off shows that every named test exists and passes. Part of `npm run mutate`; names
 * given after it run only the rows whose threat starts with them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NamedTest, ROOT, securityRows } from '../support/security-rows.ts';
import { type Edit, SWITCH_OFFS } from './switch-offs.ts';

/** What a copy leaves out: what the build and the tests make, and the packages (linked instead). */
const LEFT_OUT = new Set([
  'node_modules',
  '.git',
  'dist',
  'dist-sandbox',
  'dist-firefox',
  'dist-firefox-sandbox',
  'packages',
  'reports',
  '.stryker-tmp',
]);
/** Tests that read the package builds, which then must be made first (test/unit/builds.ts). */
const NEEDS_BUILDS = ['test/unit/package.test.ts', 'test/unit/store-check.test.ts'];

interface Outcome {
  readonly failed: string[];
  readonly passed: string[];
  /** A test file that did not even load: its tests did not run. */
  readonly broken: string[];
}

/** A vitest -t pattern that matches each named test (an it.each name's %s matches anything). */
function pattern(tests: readonly NamedTest[]): string {
  const one = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%[sdjio]/g, '.*');
  return tests.map(({ name }) => one(name)).join('|');
}

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'switch-off-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => !LEFT_OUT.has(source.slice(ROOT.length + 1).split('/')[0]!) && !source.includes('/test/output'),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The sources zip lists the files git knows.
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=switch-off', '-c', 'user.email=switch-off@localhost', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'copy');
  return dir;
}

function run(dir: string, tests: readonly NamedTest[]): Outcome {
  const files = [...new Set(tests.map(({ file }) => file))];
  const output = join(dir, 'switch-off.json');
  spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'test/unit/vitest.config.ts',
      ...files,
      '-t',
      pattern(tests),
      '--reporter=json',
      `--outputFile=${output}`,
    ],
    {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, PACKAGE_BUILDS: files.some((file) => NEEDS_BUILDS.includes(file)) ? 'make' : 'none' },
    },
  );
  if (!existsSync(output)) return { failed: [], passed: [], broken: files };
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    testResults: { name: string; status: string; message: string; assertionResults: { fullName: string; status: string }[] }[];
  };
  const results = report.testResults.flatMap((file) => file.assertionResults);
  return {
    failed: results.filter((result) => result.status === 'failed').map((result) => result.fullName),
    passed: results.filter((result) => result.status === 'passed').map((result) => result.fullName),
    broken: report.testResults.filter((file) => file.assertionResults.length === 0 && file.status === 'failed').map((file) => file.name),
  };
}

function apply(dir: string, edits: readonly Edit[]): void {
  for (const { file, find, replace } of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (text.split(find).length !== 2) throw new Error(`${file}: the switch-off's text is not there once: ${find}`);
    writeFileSync(
      path,
      text.replace(find, () => replace),
    );
  }
}

const unitTests = (tests: readonly NamedTest[]) => tests.filter(({ file }) => file.startsWith('test/unit/'));
const wanted = process.argv.slice(2);
const rows = securityRows().filter(({ threat }) => wanted.length === 0 || wanted.some((start) => threat.startsWith(start)));
const problems: string[] = [];

console.log('switch-offs: every named unit test, with nothing switched off');
const clean = copyProject();
try {
  const all = rows.flatMap(({ tests }) => unitTests(tests));
  const outcome = run(clean, all);
  if (outcome.failed.length > 0 || outcome.broken.length > 0 || outcome.passed.length === 0) {
    problems.push(`with nothing switched off: failed ${[...outcome.failed, ...outcome.broken].join('; ') || 'nothing ran'}`);
  }
} finally {
  rmSync(clean, { recursive: true, force: true });
}

for (const row of rows) {
  const off = SWITCH_OFFS.find((candidate) => row.threat.startsWith(candidate.threat));
  if (!off) {
    problems.push(`${row.threat}: no switch-off`);
    continue;
  }
  const dir = copyProject();
  try {
    apply(dir, off.edits);
    const outcome = run(dir, unitTests(row.tests));
    const verdict = outcome.failed.length > 0 ? 'fails without its defence' : 'STILL PASSES without its defence';
    console.log(
      `${verdict.padEnd(32)} ${row.threat}${outcome.failed.length > 0 ? ` (${outcome.failed.length} failed: ${outcome.failed[0]})` : ''}`,
    );
    if (outcome.failed.length === 0)
      problems.push(`${row.threat}: ${outcome.broken.length > 0 ? `no test ran (${outcome.broken.join(', ')})` : 'its tests still pass'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (problems.length > 0) console.log(`\nswitch-offs:\n${problems.join('\n')}`);
else console.log(`\nswitch-offs: each of the ${rows.length} rows fails without its defence`);
process.exit(problems.length > 0 ? 1 : 0);

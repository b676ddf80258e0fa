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
  /** The named tests that failed, and those that passed, by name. */
  readonly failed: string[];
  readonly passed: string[];
  /** A test file that did not even load: its tests did not run. */
  readonly broken: string[];
}

/** A test's name as a pattern for its title: an it.each name's %s stands for anything. */
const titlePattern = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%[sdjio]/g, '.*')}$`);

/** A vitest -t pattern that matches at least each named test (the outcome is then judged by title). */
function pattern(tests: readonly NamedTest[]): string {
  return tests.map(({ name }) => titlePattern(name).source.slice(1, -1)).join('|');
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
  // The node_modules link is a file to git, which .gitignore's folder rule does not match.
  writeFileSync(join(dir, '.git/info/exclude'), '/node_modules\n');
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
      // A switch-off that makes a test hang fails its run rather than stall the rest.
      timeout: 300_000,
      env: { ...process.env, PACKAGE_BUILDS: files.some((file) => NEEDS_BUILDS.includes(file)) ? 'make' : 'none' },
    },
  );
  if (!existsSync(output)) return { failed: [], passed: [], broken: files };
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    testResults: { name: string; status: string; assertionResults: { title: string; status: string }[] }[];
  };
  // Only the tests the row names count: another test that fails proves nothing about this defence.
  const named = (title: string, file: string) => tests.some((test) => file.endsWith(test.file) && titlePattern(test.name).test(title));
  const results = report.testResults.flatMap((file) =>
    file.assertionResults.map((result) => ({ ...result, named: named(result.title, file.name) })),
  );
  return {
    failed: results.filter((result) => result.named && result.status === 'failed').map((result) => result.title),
    passed: results.filter((result) => result.named && result.status === 'passed').map((result) => result.title),
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
  // Each named test must have run, and passed.
  const missing = all.filter(({ name }) => !outcome.passed.some((title) => titlePattern(name).test(title)));
  for (const { file, name } of missing) problems.push(`with nothing switched off: ${file} › ${name} did not pass`);
  for (const file of outcome.broken) problems.push(`with nothing switched off: ${file} did not load`);
} finally {
  rmSync(clean, { recursive: true, force: true });
}

/** A copy with `edits` made, and the row's unit tests run in it: what failed. */
function switchedOff(row: (typeof rows)[number], edits: readonly Edit[]): Outcome {
  const dir = copyProject();
  try {
    apply(dir, edits);
    return run(dir, unitTests(row.tests));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const row of rows) {
  const off = SWITCH_OFFS.find((candidate) => row.threat.startsWith(candidate.threat));
  if (!off) {
    problems.push(`${row.threat}: no switch-off`);
    continue;
  }
  // Each edit alone, unless the defence only goes with all of them.
  const parts = off.together ? [off.edits] : off.edits.map((edit) => [edit]);
  for (const [index, part] of parts.entries()) {
    const outcome = switchedOff(row, part);
    const which = parts.length > 1 ? ` (edit ${index + 1} of ${parts.length}, ${part[0]!.file})` : '';
    const proven = outcome.failed.length > 0;
    console.log(
      `${proven ? 'fails without its defence' : 'STILL PASSES without its defence'}  ${row.threat}${which}${proven ? `: ${outcome.failed[0]}` : ''}`,
    );
    if (!proven)
      problems.push(
        `${row.threat}${which}: ${outcome.broken.length > 0 ? `no test ran (${outcome.broken.join(', ')})` : 'its tests still pass'}`,
      );
  }
}

if (problems.length > 0) console.log(`\nswitch-offs:\n${problems.join('\n')}`);
else console.log(`\nswitch-offs: each of the ${rows.length} rows fails without its defence, each edit on its own`);
process.exit(problems.length > 0 ? 1 : 0);

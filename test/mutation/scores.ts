/**
 * Judges `npm run mutate`'s report (Stryker's mutation.json) module by module: the share of
 * mutants killed (a timeout counts as killed; a mutant no test covers counts as survived) must be
 * at least LEAST_SCORE in each. Every survivor must be named in docs/SECURITY.md, "Mutants that
 * survive", with why no test can tell it apart; a named one that no longer survives is named in
 * vain, and fails the run too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEAST_SCORE, MODULES, REPORT } from './stryker.config.mjs';

const ROOT = join(import.meta.dirname, '../..');

interface Mutant {
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: { line: number; column: number }; readonly end: { line: number; column: number } };
}
interface Report {
  readonly files: Record<string, { readonly source: string; readonly mutants: readonly Mutant[] }>;
}

/** The code a mutant replaces, on one line with its spaces squeezed. */
function original(source: string, { start, end }: Mutant['location']): string {
  const lines = source.split('\n').slice(start.line - 1, end.line);
  lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, end.column - 1);
  lines[0] = lines[0]!.slice(start.column - 1);
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

/** How docs/SECURITY.md names a survivor: `file` · mutator · `original` → `replacement`. */
export function mutantName(file: string, mutant: Mutant, source: string): string {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  return `${file} · ${mutant.mutatorName} · ${squeeze(original(source, mutant.location))} → ${squeeze(mutant.replacement ?? '')}`;
}

/**
 * The survivors docs/SECURITY.md explains: its list under "Mutants that survive", one a line,
 * each name in a code span (Biome keeps double backticks only for names that hold one): - `name`: why.
 */
function explained(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/SECURITY.md'), 'utf8');
  const section = doc.split('\n### Mutants that survive\n')[1]?.split(/\n##+ /)[0] ?? '';
  return section
    .split('\n')
    .map((line) => /^- (`+) ?(.+?) ?\1: /.exec(line)?.[2])
    .filter((name) => name !== undefined);
}

function inModule(files: readonly string[], file: string, line: number): boolean {
  return files.some((entry) => {
    const [path, range] = entry.split(':');
    if (path !== file) return false;
    if (!range) return true;
    const [from, to] = range.split('-').map(Number);
    return line >= from! && line <= to!;
  });
}

const report = JSON.parse(readFileSync(join(ROOT, REPORT), 'utf8')) as Report;
const named = explained();
const unexplained: string[] = [];
const survivors = new Set<string>();
let failed = false;
console.log('\nmutation score per module (killed or timed out, of all valid mutants):');
for (const module of MODULES) {
  let killed = 0;
  let valid = 0;
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      if (!inModule(module.files, file, mutant.location.start.line)) continue;
      if (['CompileError', 'RuntimeError', 'Ignored'].includes(mutant.status)) continue;
      valid++;
      if (mutant.status === 'Killed' || mutant.status === 'Timeout') {
        killed++;
        continue;
      }
      const name = mutantName(file, mutant, source);
      survivors.add(name);
      if (!named.includes(name)) unexplained.push(`${mutant.status}: ${name} (line ${mutant.location.start.line})`);
    }
  }
  const score = valid === 0 ? 0 : (100 * killed) / valid;
  if (score < LEAST_SCORE) failed = true;
  console.log(
    `${score.toFixed(1).padStart(6)} %  ${killed}/${valid}  ${module.name}${score < LEAST_SCORE ? `  (below ${LEAST_SCORE} %)` : ''}`,
  );
}
const stale = named.filter((name) => !survivors.has(name));
if (unexplained.length > 0) console.log(`\nsurvivors docs/SECURITY.md does not explain:\n${unexplained.join('\n')}`);
if (stale.length > 0) console.log(`\nnamed in docs/SECURITY.md but killed now (or gone):\n${stale.join('\n')}`);
process.exit(failed || unexplained.length > 0 || stale.length > 0 ? 1 : 0);

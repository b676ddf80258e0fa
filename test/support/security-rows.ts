/**
 * docs/SECURITY.md's rows: each threat and the tests its last cell names, as
 * `file` › name; › name (same file); `file` › name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface NamedTest {
  readonly file: string;
  readonly name: string;
}

export interface SecurityRow {
  readonly threat: string;
  readonly row: string;
  readonly tests: readonly NamedTest[];
}

export function namedTests(cell: string): NamedTest[] {
  const tests: NamedTest[] = [];
  let file = '';
  for (const part of cell.split(/;\s*/)) {
    const match = /^(?:`([^`]+)`\s*)?›\s*(.+)$/.exec(part.trim());
    if (!match) continue;
    file = match[1] ?? file;
    tests.push({ file, name: match[2]!.trim() });
  }
  return tests;
}

/** The heading of the sections after the threat tables: the mutation scores and the mutants that survive. */
export const MUTATION_HEADING = '\n## Mutation testing\n';

/** The threat tables' rows, each with the tests it names. */
export function securityRows(): SecurityRow[] {
  return readFileSync(join(ROOT, 'docs/SECURITY.md'), 'utf8')
    .split(MUTATION_HEADING)[0]!
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| threat') && !line.startsWith('| ---'))
    .map((row) => ({ threat: row.split('|')[1]!.trim(), row, tests: namedTests(row.split('|').at(-2)!) }));
}

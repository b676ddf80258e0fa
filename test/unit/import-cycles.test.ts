/**
 * No import cycle in src/ (docs/ARCHITECTURE.md, "Who may touch what"): a cycle makes the
 * order modules start in matter, and hides which idea depends on which. dependency-cruiser
 * reads the imports, type-only ones too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Each cycle found under `dir`, as the chain of files it runs through. */
async function importCycles(dir: string): Promise<string[]> {
  const result = await cruise([dir], {
    validate: true,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    ruleSet: { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
  });
  const output = result.output;
  if (typeof output === 'string') throw new Error('dependency-cruiser gave no result');
  expect(output.summary.totalCruised).toBeGreaterThan(0);
  return output.summary.violations.map((violation) =>
    [violation.from, ...(violation.cycle ?? []).map((step) => step.name)].map((file) => relative(dir, join(ROOT, file))).join(' → '),
  );
}

describe('imports', () => {
  const planted = mkdtempSync(join(tmpdir(), 'cycle-'));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  it('form no cycle in src/', async () => {
    expect(await importCycles(join(ROOT, 'src'))).toEqual([]);
  });

  it('a planted cycle, through a type-only import too, is found', async () => {
    mkdirSync(join(planted, 'background'));
    writeFileSync(join(planted, 'background/a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
    writeFileSync(join(planted, 'background/b.ts'), "import type { C } from './c.ts';\nexport const b: C = 1;\n");
    writeFileSync(
      join(planted, 'background/c.ts'),
      "import { a } from './a.ts';\nexport type C = ReturnType<typeof a> extends unknown ? number : never;\n",
    );
    const cycles = await importCycles(planted);
    expect(cycles.length).toBeGreaterThan(0);
    expect(cycles[0]).toMatch(/a\.ts → .*b\.ts → .*c\.ts|b\.ts → .*c\.ts → .*a\.ts|c\.ts → .*a\.ts → .*b\.ts/);
  });
});

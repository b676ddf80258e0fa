/**
 * The stylesheets lay out both directions from the same rules (docs/LANGUAGES.md, "Right to
 * left"): no property that names a physical side, and no shorthand with different left and right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const stylesheets = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? stylesheets(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
  );

/** Each declaration of a stylesheet, comments left out, as `property: value`. */
function declarations(css: string): string[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/[;{}]/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => /^[a-z-]+ ?:/.test(part));
}

/**
 * A physical side by name (margin-left, border-right-color, left: 0, text-align: right, float)
 * or a sideways move (translateX), which a right-to-left page would need the other way.
 */
const PHYSICAL =
  /^([a-z-]*-(left|right)(-[a-z]+)?|left|right|float|clear) ?:|^text-align ?: ?(left|right)|^(background-position|transform-origin) ?:.*\b(left|right)\b|translateX\(/;

/** A four-value margin, padding, inset or border whose right and left differ; a border-radius with corners that differ. */
function asymmetric(declaration: string): boolean {
  const match = /^(margin|padding|inset|border-width|border-color|border-style|border-radius) ?: ?(.+)$/.exec(declaration);
  const values = match?.[2]?.split(' ') ?? [];
  return match?.[1] === 'border-radius' ? values.length > 1 && new Set(values).size > 1 : values.length === 4 && values[1] !== values[3];
}

describe('stylesheets', () => {
  const files = stylesheets(join(ROOT, 'src'));

  it('are found', () => {
    expect(files.map((file) => relative(ROOT, file)).sort()).toEqual([
      'src/options/options.css',
      'src/popup/consent.css',
      'src/popup/detail.css',
      'src/popup/popup.css',
      'src/popup/queue-panel.css',
      'src/ui/base.css',
    ]);
  });

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s names no physical side', (_, file) => {
    const found = declarations(readFileSync(file, 'utf8')).filter((declaration) => PHYSICAL.test(declaration) || asymmetric(declaration));
    expect(found).toEqual([]);
  });

  it('catches what it looks for', () => {
    const css = `a { margin-left: 4px; padding: 1px 2px 3px 4px; }\nb { text-align: right; left: 0; border-right-color: red; }\nc { margin-inline-start: 4px; padding: 4px 0 6px; inset-inline: 0; }\nd { transform: translateX(4px); border-color: red red red blue; }`;
    const found = declarations(css).filter((declaration) => PHYSICAL.test(declaration) || asymmetric(declaration));
    expect(found).toEqual([
      'margin-left: 4px',
      'padding: 1px 2px 3px 4px',
      'text-align: right',
      'left: 0',
      'border-right-color: red',
      'transform: translateX(4px)',
      'border-color: red red red blue',
    ]);
  });
});

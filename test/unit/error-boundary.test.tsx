// @vitest-environment jsdom
/**
 * A part of a page that throws while rendering leaves words and ways on, never a blank page,
 * and its neighbours go on working. Every page's entry renders inside one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative, formatTime, isoDateTime } from '../../src/shared/words/format.ts';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary.tsx';

function Broken(): never {
  throw new RangeError('Invalid time value');
}

const root = () => document.body.appendChild(document.createElement('div'));
/** Preact renders a caught error's fallback on its next render pass, a task later. */
const rendered = () => new Promise((done) => setTimeout(done, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('ErrorBoundary', () => {
  it('shows words and the ways on instead of what failed, and the ways work', async () => {
    const container = root();
    const ran: string[] = [];
    render(
      h(
        ErrorBoundary,
        {
          ways: [
            { label: 'Reload', run: () => ran.push('reload') },
            { label: 'Revoke access', run: () => ran.push('revoke') },
          ],
        },
        h(Broken, null),
      ),
      container,
    );
    await rendered();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/Something went wrong/);
    expect(container.textContent).not.toMatch(/RangeError|Invalid time value/);
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Reload', 'Revoke access']);
    buttons[1]!.click();
    expect(ran).toEqual(['revoke']);
  });

  it('keeps a section working when its neighbour fails', async () => {
    const container = root();
    render(
      h(
        'main',
        null,
        h(ErrorBoundary, { ways: [] }, h(Broken, null)),
        h(ErrorBoundary, { ways: [] }, h('button', { type: 'button' }, 'Revoke access')),
      ),
      container,
    );
    await rendered();
    expect(container.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect([...container.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Revoke access']);
  });

  it('wraps every page, the ticket detail and every settings section', () => {
    const src = join(import.meta.dirname, '../../src');
    const read = (path: string) => readFileSync(join(src, path), 'utf8');
    // Every page (a folder with an index.html) renders its app only inside a boundary.
    const pages = readdirSync(src, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(join(src, entry.name, 'index.html')),
    );
    expect(pages.map((page) => page.name).sort()).toEqual(['options', 'popup']);
    for (const page of pages) {
      const renders = readdirSync(join(src, page.name))
        .filter((file) => /\.tsx$/.test(file))
        .map((file) => read(join(page.name, file)))
        .filter((code) => /\brender\(/.test(code));
      expect(renders.length, page.name).toBeGreaterThan(0);
      for (const code of renders) expect(code, page.name).toMatch(/render\(\s*<ErrorBoundary[^>]*>\s*<App /);
    }
    expect(read('popup/OpenedTicket.tsx')).toMatch(/<ErrorBoundary[^<]*>\s*<Detail /);
    const settings = read('options/App.tsx');
    for (const section of ['Connection', 'Features', 'ClientSettings']) expect(settings).toMatch(new RegExp(`<Section>\\s*<${section} `));
  });
});

describe('formatting a time a Date cannot hold', () => {
  it('answers nothing rather than throw', () => {
    for (const ms of [1e17, Number.NaN, Number.POSITIVE_INFINITY, -1e17]) {
      expect(formatDateTime(ms)).toBe('');
      expect(formatTime(ms)).toBe('');
      expect(isoDateTime(ms)).toBe('');
      expect(formatRelative(ms)).toBe('');
    }
  });
});

// @vitest-environment jsdom
/** The sanitizing rules for Zoho's HTML: nothing runs, nothing loads, links are safe. */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/popup/sanitize.ts';
import { HOSTILE_THREAD_HTML } from '../sandbox/data.ts';

function render(html: string): HTMLDivElement {
  const box = document.createElement('div');
  box.append(sanitizeHtml(html));
  return box;
}

describe('sanitizeHtml', () => {
  it('keeps plain formatting and text', () => {
    const box = render('<p>Hello <b>bold</b> <em>world</em></p><ul><li>one</li></ul>');
    expect(box.querySelector('b')?.textContent).toBe('bold');
    expect(box.querySelector('li')?.textContent).toBe('one');
  });

  it('drops scripts, event handlers, styles, frames and forms', () => {
    const box = render(HOSTILE_THREAD_HTML);
    expect(box.querySelector('script, iframe, form, input, style')).toBeNull();
    for (const element of box.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on|^style$/);
    }
    expect(box.textContent).toContain('Styled text');
  });

  it('replaces a remote image with a placeholder that names its host', () => {
    const box = render('<p>x<img src="https://tracker.example/pixel.gif?u=1"></p>');
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('.blocked-image')?.textContent).toBe('Image from tracker.example not loaded');
  });

  it('keeps inline data images, but not data: of other kinds', () => {
    const box = render('<img src="data:image/png;base64,iVBORw0KGgo="><img src="data:text/html;base64,PHNjcmlwdD4=">');
    expect(box.querySelectorAll('img')).toHaveLength(1);
    expect(box.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(box.querySelectorAll('.blocked-image')).toHaveLength(1);
  });

  it('opens links in a new tab without opener or referrer, and drops javascript: links', () => {
    const box = render(
      '<a href="https://help.example/a">ok</a><a href="javascript:alert(1)">bad</a><a href="mailto:x@example.com">mail</a>',
    );
    const [ok, bad, mail] = [...box.querySelectorAll('a')];
    expect(ok?.getAttribute('href')).toBe('https://help.example/a');
    expect(ok?.getAttribute('target')).toBe('_blank');
    expect(ok?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(bad?.hasAttribute('href')).toBe(false);
    expect(mail?.getAttribute('href')).toBe('mailto:x@example.com');
  });

  it.each([
    ['a relative link, which would open a page of the extension', 'src/options/index.html'],
    ['a root-relative link', '/src/popup/index.html?panel'],
    ['a fragment', '#top'],
    ['tel:', 'tel:+15550100'],
    ['sms:', 'sms:+15550100?body=hi'],
    ['ftp:', 'ftp://files.example/x'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a chrome-extension: link', 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/options/index.html'],
  ])('keeps the words of %s, but not the link', (_kind, href) => {
    const box = render(`<a href="${href.replace(/"/g, '&quot;')}">words</a>`);
    const link = box.querySelector('a');
    expect(link?.textContent).toBe('words');
    expect(link?.hasAttribute('href')).toBe(false);
  });

  it('keeps http and https links, whatever their case', () => {
    const box = render('<a href="HTTPS://help.example/a">one</a><a href="http://help.example/b">two</a>');
    expect([...box.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'HTTPS://help.example/a',
      'http://help.example/b',
    ]);
  });
});

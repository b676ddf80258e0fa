// @vitest-environment jsdom
/** The sanitizing rules for Zoho's HTML: nothing runs, nothing loads, links are safe. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { sanitizeHtml as SanitizeHtml } from '../../src/popup/sanitize.ts';
import { HOSTILE_THREAD_HTML } from '../sandbox/data.ts';

// The sanitizer sets DOMPurify up once per page: each test gets a page of its own.
let sanitizeHtml: typeof SanitizeHtml;
beforeEach(async () => {
  vi.resetModules();
  ({ sanitizeHtml } = await import('../../src/popup/sanitize.ts'));
});

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

  it('keeps every element of plain formatting it allows, with their allowed attributes', () => {
    const inline = ['b', 'strong', 'i', 'em', 'u', 's', 'strike', 'sub', 'sup', 'span', 'code'];
    const blocks = ['p', 'div', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
    const box = render(
      [
        ...inline.map((tag) => `<p><${tag}>${tag}</${tag}></p>`),
        ...blocks.map((tag) => `<${tag}>${tag}</${tag}>`),
        '<ul><li>u</li></ul><ol><li>o</li></ol>one<br>two<hr>',
        '<table><thead><tr><th title="head">h</th></tr></thead><tbody><tr><td colspan="2" rowspan="3">d</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>',
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="a dot" title="dot">',
      ].join(''),
    );
    for (const tag of [...inline, ...blocks, 'ul', 'ol', 'li', 'br', 'hr', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'img']) {
      expect(box.querySelector(tag), tag).not.toBeNull();
    }
    expect(box.querySelector('th')?.getAttribute('title')).toBe('head');
    expect([box.querySelector('td')?.getAttribute('colspan'), box.querySelector('td')?.getAttribute('rowspan')]).toEqual(['2', '3']);
    expect([box.querySelector('img')?.getAttribute('alt'), box.querySelector('img')?.getAttribute('title')]).toEqual(['a dot', 'dot']);
  });

  it('adds nothing to elements that are neither links nor images, and keeps no data attributes', () => {
    const box = render('<p data-track="1" title="t">text <b data-x="2">bold</b></p>');
    expect(box.querySelector('p')?.getAttributeNames()).toEqual(['title']);
    expect(box.querySelector('b')?.getAttributeNames()).toEqual([]);
  });

  it('blocks an image whose address has no host, and one that only mentions a data image', () => {
    const box = render('<img src="data:text/html;base64,PHNjcmlwdD4="><img src="https://tracker.example/p.gif?data:image/png;base64,AA">');
    expect([...box.querySelectorAll('.blocked-image')].map((placeholder) => placeholder.textContent)).toEqual([
      'Image from ? not loaded',
      'Image from tracker.example not loaded',
    ]);
  });

  it('blocks an image with no address, or one that is not a URL, naming no host', () => {
    const box = render('<img alt="none"><img src="not a url">');
    expect([...box.querySelectorAll('.blocked-image')].map((placeholder) => placeholder.textContent)).toEqual([
      'Image from ? not loaded',
      'Image from ? not loaded',
    ]);
  });

  it('drops a link that only mentions https: after the start', () => {
    const box = render('<a href="/redirect?to=https://help.example/">words</a>');
    expect(box.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('opens every link in a new tab, whatever target and rel the message gave', () => {
    const box = render('<a href="https://help.example/" target="_self" rel="opener">words</a>');
    expect([box.querySelector('a')?.getAttribute('target'), box.querySelector('a')?.getAttribute('rel')]).toEqual([
      '_blank',
      'noopener noreferrer',
    ]);
  });
});

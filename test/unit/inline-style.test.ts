/** The popup stylesheet inline, allowed by its hash (src/shared/markup/inline-style.ts). */
import { describe, expect, it } from 'vitest';
import { styleHashSource, styleSrcAllows, stylesheetLink } from '../../src/shared/markup/inline-style.ts';

describe('the inline stylesheet', () => {
  it('finds the stylesheet link Vite writes, and nothing in a page without one', () => {
    const page = '<head><script async src="/a.js"></script>\n<link rel="stylesheet" crossorigin href="/assets/index-x1.css">\n</head>';
    expect(stylesheetLink(page)).toEqual({
      tag: '<link rel="stylesheet" crossorigin href="/assets/index-x1.css">',
      href: '/assets/index-x1.css',
    });
    expect(stylesheetLink('<head><link rel="icon" href="/i.png"></head>')).toBeNull();
  });

  it('counts a hash as allowed only in the style-src directive', () => {
    const source = styleHashSource('abc+/=');
    expect(source).toBe("'sha256-abc+/='");
    expect(styleSrcAllows(`default-src 'self'; style-src 'self' ${source}`, source)).toBe(true);
    expect(styleSrcAllows(`default-src 'self'; style-src 'self' ${source}; img-src 'self'`, source)).toBe(true);
    expect(styleSrcAllows(`default-src 'self' ${source}; style-src 'self'`, source)).toBe(false);
    expect(styleSrcAllows(`script-src 'self' ${source}`, source)).toBe(false);
    expect(styleSrcAllows(`style-src 'self' 'sha256-other'`, source)).toBe(false);
  });
});

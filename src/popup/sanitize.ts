/**
 * Zoho's ticket HTML, made safe to show in the popup (ARCHITECTURE.md: DOMPurify, in the
 * popup, just before display). An allowlist of plain formatting: no script, no event
 * handlers, no styles, no forms or frames, and no remote loads: a remote image becomes a
 * placeholder naming its host (tracking pixels stay unloaded). Links open in a new tab without
 * an opener or referrer. The content security policy (img-src 'self' data:) backs this up.
 */
import DOMPurify from 'dompurify';
import { t } from '../shared/words/i18n.ts';

// No 'tbody': DOMPurify allows it whenever 'table' is allowed.
const ALLOWED_TAGS = [
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'sub',
  'sup',
  'p',
  'br',
  'div',
  'span',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'table',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'img',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan'];
const BLOCKED = 'data-blocked-host';
const SAFE_IMAGE = /^data:image\/(png|gif|jpeg|webp);base64,/i;
const SAFE_LINK = /^(https?:|mailto:)/i;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // Runs in DOMPurify's inert document, before anything reaches the page: a remote src is
  // removed there, so no request can start when the nodes are imported.
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof Element && node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!SAFE_IMAGE.test(src)) {
        let host = '';
        try {
          host = new URL(src).host;
        } catch {
          host = '?';
        }
        node.removeAttribute('src');
        node.setAttribute(BLOCKED, host || '?');
      }
    }
    if (node instanceof Element && node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

export function sanitizeHtml(html: string): DocumentFragment {
  const fragment = instance().sanitize(html, {
    ALLOWED_TAGS,
    // target and rel come from the hook, after DOMPurify has judged the message's own.
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const image of fragment.querySelectorAll(`img[${BLOCKED}]`)) {
    const placeholder = document.createElement('span');
    placeholder.className = 'blocked-image';
    placeholder.textContent = t('remoteImage', image.getAttribute(BLOCKED) ?? '?');
    image.replaceWith(placeholder);
  }
  return fragment;
}

/**
 * Markup as data, framework-free, with three ways out: DOM nodes for the popup's boot script,
 * HTML text for the page the service worker serves (background/popup-page.ts), and Preact
 * nodes for the app (popup/markup-vnode.ts). The popup's first frame is one tree
 * (shared/markup/snapshot.ts), and a ticket row one (shared/markup/ticket-row.ts), so all of them draw the same thing.
 *
 * Text is always text: toElement() sets it as text nodes, and toHtml() escapes it. Tag and
 * attribute names come from this code, never from Zoho.
 */
import { type MessageKey, t } from '../words/i18n.ts';

export interface Markup {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (Markup | string)[];
}

export type Child = Markup | string | null | false;

export function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): Markup {
  return { tag, attributes, children: children.filter((child): child is Markup | string => child !== null && child !== false) };
}

/**
 * A message with names, numbers or hosts from Zoho or the user in it, each in a <bdi> of its
 * own: an Arabic name in English words, or an English one in Arabic, keeps its own direction
 * without reordering the words around it (docs/LANGUAGES.md).
 */
export function isolated(key: MessageKey, ...values: string[]): (Markup | string)[] {
  // Private-use characters mark where each value goes; no catalogue contains them.
  return t(key, ...values.map((_, index) => String.fromCharCode(0xe000 + index)))
    .split(/([\ue000-\ue0ff])/)
    .filter(Boolean)
    .map((piece) => {
      const value = values[piece.charCodeAt(0) - 0xe000];
      return piece.length === 1 && value !== undefined ? el('bdi', {}, value) : piece;
    });
}

export function toElement(markup: Markup, document: Document): HTMLElement {
  const element = document.createElement(markup.tag);
  for (const [name, value] of Object.entries(markup.attributes)) element.setAttribute(name, value);
  for (const child of markup.children) element.append(typeof child === 'string' ? child : toElement(child, document));
  return element;
}

/** Elements that have no end tag (HTML: void elements). */
const VOID = new Set(['input', 'br', 'img', 'meta', 'link']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped for text and for double-quoted attribute values alike. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? '');
}

export function toHtml(markup: Markup): string {
  const attributes = Object.entries(markup.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  if (VOID.has(markup.tag)) return `<${markup.tag}${attributes}>`;
  const children = markup.children.map((child) => (typeof child === 'string' ? escapeHtml(child) : toHtml(child))).join('');
  return `<${markup.tag}${attributes}>${children}</${markup.tag}>`;
}

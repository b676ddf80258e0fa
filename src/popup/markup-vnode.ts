/** Markup (shared/markup/markup.ts) as Preact nodes: the same elements, attributes and text. */
import { type ComponentChild, h } from 'preact';
import { isolated, type Markup } from '../shared/markup/markup.ts';
import type { MessageKey } from '../shared/words/i18n.ts';

/** `props`: what only the app adds to the outermost element (its event handlers). */
export function vnode(node: Markup | string, props: Record<string, unknown> = {}): ComponentChild {
  return typeof node === 'string' ? node : h(node.tag, { ...node.attributes, ...props }, ...node.children.map((child) => vnode(child)));
}

/** Several pieces of markup or text, as Preact nodes. */
export function vnodes(nodes: readonly (Markup | string)[] | string): ComponentChild[] {
  return [nodes].flat().map((node) => vnode(node));
}

/** A message with values from Zoho or the user, each in its own <bdi> (shared/markup/markup.ts, isolated). */
export function isolatedNodes(key: MessageKey, ...values: string[]): ComponentChild[] {
  return vnodes(isolated(key, ...values));
}

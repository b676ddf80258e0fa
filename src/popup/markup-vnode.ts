/** Markup (ui/markup.ts) as Preact nodes: the same elements, attributes and text. */
import { type ComponentChild, h } from 'preact';
import type { Markup } from '../ui/markup.ts';

/** `props`: what only the app adds to the outermost element (its event handlers). */
export function vnode(node: Markup | string, props: Record<string, unknown> = {}): ComponentChild {
  return typeof node === 'string' ? node : h(node.tag, { ...node.attributes, ...props }, ...node.children.map((child) => vnode(child)));
}

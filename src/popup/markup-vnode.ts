/** Markup (ui/markup.ts) as Preact nodes: the same elements, attributes and text. */
import { type ComponentChild, h } from 'preact';
import type { Markup } from '../ui/markup.ts';

export function vnode(node: Markup | string): ComponentChild {
  return typeof node === 'string' ? node : h(node.tag, node.attributes, ...node.children.map(vnode));
}

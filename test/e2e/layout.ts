/**
 * Whether a page holds at a width and text size (docs/LANGUAGES.md, "Text size and width"):
 * nothing spills out sideways, no text is cut off unless its whole is on hover (a title), and no
 * two pieces of text or controls overlap. Measured in the page, from what the browser laid out.
 */
import type { Page } from 'playwright-core';

/** The browser's text size, as its font size setting sets it: 16 px is 100 %. */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
  await cdp.detach();
}

/** What does not hold, in words: empty when the page holds. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      const text = (node.textContent ?? '').trim().slice(0, 40);
      return `${element?.tagName.toLowerCase()}${element?.className ? `.${String(element.className).split(' ')[0]}` : ''} “${text}”`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      // Named by the innermost elements that reach past the edge.
      const past = [...document.body.querySelectorAll('*')].filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
      });
      const innermost: Node[] = past.filter((element) => !past.some((other) => other !== element && element.contains(other)));
      // Or words running out of a box that itself fits.
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = texts.nextNode(); node && innermost.length === 0; node = texts.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1)) innermost.push(node);
      }
      problems.push(`the page is ${root.scrollWidth} px wide in ${root.clientWidth} px: ${innermost.slice(0, 3).map(name).join(', ')}`);
    }

    /** The part of a box inside `from` and every scrolling or clipping ancestor; null if none. */
    const clipped = (rect: DOMRect, from: Element | null): DOMRect | null => {
      let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
      for (let at = from; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = at.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, box.left),
          Math.max(top, box.top),
          Math.min(right, box.right),
          Math.min(bottom, box.bottom),
        ];
      }
      return right - left > 0.5 && bottom - top > 0.5 ? new DOMRect(left, top, right - left, bottom - top) : null;
    };
    /** The part of a box the user can see: clipped as above, and inside the window. */
    const visible = (rect: DOMRect, from: Element | null): DOMRect | null => {
      const inside = clipped(rect, from);
      if (!inside) return null;
      const [right, bottom] = [Math.min(inside.right, innerWidth), Math.min(inside.bottom, innerHeight)];
      return right - inside.left > 0.5 && bottom - inside.top > 0.5
        ? new DOMRect(inside.left, inside.top, right - inside.left, bottom - inside.top)
        : null;
    };
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      return style.visibility !== 'hidden' && element.getClientRects().length > 0 && !element.closest('.sr-only, [hidden], [inert]');
    };
    // Sticky bars (a ticket's actions) lie over what scrolls under them, by design.
    const floating = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) if (getComputedStyle(at).position === 'sticky') return true;
      return false;
    };

    // Past either side of the page's body (a popup's 25rem, or the window): past the start
    // side, nothing scrolls to show it, so the page's width alone would not tell.
    const body = document.body.getBoundingClientRect();
    for (const element of document.body.querySelectorAll('*')) {
      if (!shown(element) || getComputedStyle(element).position === 'fixed') continue;
      const seen = clipped(element.getBoundingClientRect(), element.parentElement);
      if (seen && (seen.left < body.left - 1 || seen.right > body.right + 1)) {
        problems.push(
          `${name(element)} reaches past the page's side: ${Math.round(seen.left)} to ${Math.round(seen.right)} px, the page ${Math.round(body.left)} to ${Math.round(body.right)}`,
        );
      }
    }

    // Text cut off: a box narrower or shorter than its content, unless the whole is on hover.
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!shown(element) || element.closest('[title]')) continue;
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
      if (clips && element.textContent?.trim() && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} is cut off: ${element.scrollWidth} px of text in ${element.clientWidth} px`);
      }
      if (clips && element.textContent?.trim() && element.scrollHeight > element.clientHeight + 1 && style.overflowY !== 'auto') {
        problems.push(`${name(element)} is cut off: ${element.scrollHeight} px of lines in ${element.clientHeight} px`);
      }
    }
    // A select shows its chosen option's words in its own box, less its padding and arrow.
    const ruler = document.createElement('span');
    ruler.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
    document.body.append(ruler);
    for (const select of document.querySelectorAll('select')) {
      if (!shown(select)) continue;
      ruler.style.font = getComputedStyle(select).font;
      ruler.textContent = select.selectedOptions[0]?.text ?? '';
      // Chrome's arrow takes about 20 px besides the padding at each side.
      const style = getComputedStyle(select);
      const room = select.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd) - 20;
      if (ruler.offsetWidth > room + 1) problems.push(`select “${ruler.textContent}” is cut off: ${ruler.offsetWidth} px in ${room} px`);
    }
    ruler.remove();

    // Overlaps: each line of text (a text node's boxes) and each field, against every other.
    const boxes: { node: Node; rect: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !shown(parent) || floating(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const seen = visible(rect, parent);
        if (seen) boxes.push({ node, rect: seen });
      }
    }
    for (const field of document.querySelectorAll('input:not([type=checkbox]), select, button, img')) {
      if (!shown(field) || floating(field)) continue;
      const seen = visible(field.getBoundingClientRect(), field.parentElement);
      if (seen) boxes.push({ node: field, rect: seen });
    }
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.node === b.node || a.node.contains(b.node) || b.node.contains(a.node)) continue;
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (width > 1.5 && height > 1.5) problems.push(`${name(a.node)} overlaps ${name(b.node)}`);
      }
    }
    return [...new Set(problems)];
  });
}

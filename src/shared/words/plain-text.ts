/**
 * Customer-written text made safe for a notification, which the operating system draws as
 * plain lines: no control characters (a line break would forge a "#1234 …" line in a group),
 * no line or paragraph separators, and no bidi controls (U+202E would reverse what follows).
 * Numbers and names are then isolated, so that right-to-left text cannot reorder around them.
 */

/** C0 and C1 controls, line and paragraph separators, bidi marks, embeddings, overrides and isolates. */
function unsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** `text` on one line, with every unsafe character as a space and runs of spaces as one. */
export function oneLine(text: string): string {
  return Array.from(text, (char) => (unsafe(char.codePointAt(0) ?? 0) ? ' ' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `text` on one line, between a first-strong isolate and its pop (U+2068 … U+2069). */
export function isolated(text: string): string {
  return `\u2068${oneLine(text)}\u2069`;
}

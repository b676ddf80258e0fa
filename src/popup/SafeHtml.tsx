/** Shows Zoho HTML after sanitizing it, as DOM nodes: no HTML string is ever assigned. */
import { useEffect, useRef } from 'preact/hooks';
import { sanitizeHtml } from './sanitize.ts';

export function SafeHtml({ html, plain = false }: { html: string; plain?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = ref.current;
    if (!target || plain) return;
    target.replaceChildren(sanitizeHtml(html));
  }, [html, plain]);
  // A message reads in its own direction, whatever the page's (docs/LANGUAGES.md).
  return plain ? (
    <div class="rich plain" dir="auto">
      {html}
    </div>
  ) : (
    <div class="rich" dir="auto" ref={ref} />
  );
}

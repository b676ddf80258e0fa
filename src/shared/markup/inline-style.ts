/**
 * The popup's stylesheet, inline (docs/PERFORMANCE.md): the service worker serves the popup's page with it
 * in a <style> element, and the manifest's policy allows exactly that text by its hash. The
 * build (build/plugins/popup-style-hash.ts), the worker (background/popup-page.ts) and the tests find the link and
 * name the hash the same way, here. Framework- and browser-free: the build imports it.
 */

/** The stylesheet link as Vite writes it into a page, and its path. */
export function stylesheetLink(page: string): { readonly tag: string; readonly href: string } | null {
  const match = /<link rel="stylesheet"[^>]* href="([^"]+\.css)">/.exec(page);
  const href = match?.[1];
  return match && href ? { tag: match[0], href } : null;
}

/** The policy source that allows a <style> element whose text has this SHA-256 (base64). */
export function styleHashSource(sha256Base64: string): string {
  return `'sha256-${sha256Base64}'`;
}

/** Whether the policy's style-src directive lists `source`. */
export function styleSrcAllows(policy: string, source: string): boolean {
  const directive = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'style-src');
  return directive?.slice(1).includes(source) ?? false;
}

/**
 * Origins the extension may talk to. Used at build time (build/manifest.ts turns them into
 * manifest host permissions) and at run time (the token server is checked before a code is
 * exchanged), so both agree on what "allowed" means.
 */

// Plain http is only acceptable where the traffic never leaves the machine: the local
// sandbox and the tests. Everything else carries tokens and must be https.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/**
 * Normalises `input` to an origin ("https://accounts.zoho.eu") or throws an Error whose
 * message names `what` and the reason, for build logs and settings alike.
 */
export function checkedOrigin(input: string, what: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error(`${what} is not a URL: ${JSON.stringify(input)}`);
  }
  if (url.username || url.password) throw new Error(`${what} must not carry credentials`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`${what} must be an origin only (scheme, host, port), got ${JSON.stringify(input)}`);
  }
  if (url.protocol === 'https:') return url.origin;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url.origin;
  if (url.protocol === 'http:') {
    throw new Error(`${what} must use https (http is allowed only for 127.0.0.1 and localhost)`);
  }
  throw new Error(`${what} must be an http(s) origin, got ${url.protocol}`);
}

/** Like checkedOrigin, but answers undefined instead of throwing. */
export function originOrUndefined(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  try {
    return checkedOrigin(input, 'origin');
  } catch {
    return undefined;
  }
}

/**
 * The host permission match pattern for an origin. Match patterns carry no port in Firefox,
 * and a port-less pattern matches every port in Chrome, so the port is dropped.
 */
export function hostPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

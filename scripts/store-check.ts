/**
 * What a store zip must not carry: anything a sandbox or test build adds. `npm run package`
 * refuses a build for which `storeProblems` answers anything (scripts/package.ts), so
 * what ships is the production build that was reviewed, and nothing made for the tests.
 */
import { allZohoOrigins } from '../src/shared/zoho/data-centers.ts';
import { hostPattern, isLoopbackHost } from '../src/shared/zoho/origins.ts';

/** Files only sandbox builds emit (vite.config.ts, benchPages): no user ever opens them. */
const TEST_ONLY_FILES = [/^bench\//];

/** The only hosts a shipped build may ask for: Zoho's data centers, as vite.config.ts writes them. */
const ZOHO_PATTERNS = new Set(allZohoOrigins().map(hostPattern));

/** Keys that always hold host grants, and keys that hold them next to API permissions. */
const HOST_KEYS = ['host_permissions', 'optional_host_permissions'];
const MIXED_KEYS = ['permissions', 'optional_permissions'];

const MANIFEST = 'manifest.json';

/** Every string in `value`, with where it sits ("host_permissions[0]"). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * The host a URL, match pattern or CSP source names, without scheme, credentials, port or
 * path. CSP allows a host without a scheme ("localhost:4010"), so one is not required.
 */
function hostOf(token: string): string {
  const [authority = ''] = token.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split('/');
  const host = authority.slice(authority.lastIndexOf('@') + 1).toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const [name = ''] = host.split(':');
  return name;
}

/** Plain http and loopback hosts, wherever they appear: permissions, CSP, resources. */
function originProblems(manifest: Record<string, unknown>): string[] {
  return strings(manifest, '').flatMap(([path, value]) =>
    value
      .split(/[\s;,]+/)
      .flatMap((token) => [
        ...(/^http:/i.test(token) ? [`${MANIFEST} ${path}: ${token} is plain http`] : []),
        ...(isLoopbackHost(hostOf(token)) ? [`${MANIFEST} ${path}: ${token} is a loopback host`] : []),
      ]),
  );
}

function isHostGrant(key: string, entry: string): boolean {
  return HOST_KEYS.includes(key) || entry === '<all_urls>' || entry.includes('://');
}

/** Host grants outside Zoho's data centers (a loopback sandbox, `<all_urls>`, any other site). */
function hostProblems(manifest: Record<string, unknown>): string[] {
  return [...HOST_KEYS, ...MIXED_KEYS].flatMap((key) => {
    const entries = manifest[key];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry: unknown, index) =>
      typeof entry === 'string' && isHostGrant(key, entry) && !ZOHO_PATTERNS.has(entry)
        ? [`${MANIFEST} ${key}[${index}]: ${entry} is not one of Zoho's data centers`]
        : [],
    );
  });
}

/**
 * Why the build with this manifest and these files (paths relative to the build's folder)
 * must not go to a store; empty when it may. Each answer starts with the file at fault, and
 * for the manifest names the key.
 */
export function storeProblems(manifest: Record<string, unknown>, files: readonly string[]): string[] {
  return [
    ...originProblems(manifest),
    ...hostProblems(manifest),
    ...('web_accessible_resources' in manifest ? [`${MANIFEST} web_accessible_resources: exposes the extension's pages to web pages`] : []),
    ...files.filter((file) => TEST_ONLY_FILES.some((pattern) => pattern.test(file))).map((file) => `${file}: a test-only file`),
  ];
}

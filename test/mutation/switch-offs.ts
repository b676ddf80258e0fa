/**
 * Each docs/SECURITY.md row's defence, switched off: the edits that take it out of the code.
 * `npm run mutate` makes each edit in a copy of the project and runs the unit tests the row
 * names, at least one of which must then fail (switch-off.ts). The unit test security-doc.test.ts
 * keeps this list whole: a row for every threat, and every edit's text found exactly once.
 */
export interface Edit {
  readonly file: string;
  /** Text found exactly once in `file`... */
  readonly find: string;
  /** ...and what it becomes. */
  readonly replace: string;
}

export interface SwitchOff {
  /** How the row's threat starts (its first cell). */
  readonly threat: string;
  /** Each is made on its own, and must fail a test the row names... */
  readonly edits: readonly Edit[];
  /** ...unless the defence is only gone with all of them: layers that each stop the attack alone. */
  readonly together?: true;
}

/** The token kept in storage.local, where it would reach the disk. */
const TOKEN_ON_DISK: readonly Edit[] = [
  {
    file: 'src/background/worker-store.ts',
    find: "storageItem<TokenRecord | null>('session', 'token', null)",
    replace: "storageItem<TokenRecord | null>('local', 'token', null)",
  },
];

/** A renewed token for someone else, with the last account's data kept. */
const LAST_ACCOUNT_KEPT: readonly Edit[] = [
  { file: 'src/background/same-account.ts', find: '  await clearAccountData();\n}', replace: '}' },
];

export const SWITCH_OFFS: readonly SwitchOff[] = [
  {
    threat: 'A web page reads the token',
    edits: [
      {
        file: 'manifest.json',
        find: '"optional_permissions": ["notifications"],',
        replace: '"optional_permissions": ["notifications"], "externally_connectable": { "matches": ["https://*/*"] },',
      },
    ],
  },
  {
    threat: 'Another extension asks for the token',
    edits: [
      {
        file: 'src/background/router.ts',
        find: "if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;",
        replace: 'return true;',
      },
    ],
  },
  {
    threat: 'A content script reads `storage.session`',
    edits: [
      {
        file: 'manifest.json',
        find: '"host_permissions": [],',
        replace: '"host_permissions": [], "content_scripts": [{ "matches": ["https://*/*"], "js": ["x.js"] }],',
      },
    ],
  },
  {
    threat: 'A page of the extension holds the token',
    edits: [
      {
        file: 'src/popup/use-sign-in.ts',
        find: "import { signInIntentItem } from '../shared/storage/sign-in-intent.ts';",
        replace:
          "import { signInIntentItem } from '../shared/storage/sign-in-intent.ts';\nimport { tokenItem } from '../background/worker-store.ts';\nexport const token = () => tokenItem.get();",
      },
    ],
  },
  {
    threat: 'The token on disk',
    edits: TOKEN_ON_DISK,
  },
  {
    threat: 'The token in a log, a message or a URL',
    edits: [
      { file: 'src/shared/zoho/desk-fetch.ts', find: "      credentials: 'omit',\n", replace: '' },
      {
        file: 'src/shared/zoho/desk-fetch.ts',
        find: '  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));',
        replace:
          "  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));\n  url.searchParams.set('authtoken', ctx.token);",
      },
      {
        file: 'src/shared/zoho/desk-fetch.ts',
        find: "  if (ctx.orgId) headers['orgId'] = ctx.orgId;",
        replace: "  if (ctx.orgId) headers['orgId'] = ctx.orgId;\n  console.info('Desk call with', ctx.token);",
      },
      {
        file: 'src/background/status.ts',
        find: '      accountsServer: token.accountsServer,',
        replace: '      accountsServer: token.accountsServer,\n      accessToken: token.accessToken,',
      },
    ],
  },
  {
    threat: 'A forged redirect',
    edits: [
      {
        file: 'src/background/auth-flow.ts',
        find: 'params = oauth.validateAuthResponse(zohoAccounts(accountsServer), client, redirect, flow.state);',
        replace: 'params = oauth.validateAuthResponse(zohoAccounts(accountsServer), client, redirect, oauth.skipStateCheck);',
      },
    ],
  },
  {
    threat: 'A replayed redirect',
    edits: [{ file: 'src/background/auth-flow.ts', find: '    await flowItem.remove();\n', replace: '' }],
  },
  {
    threat: 'The code or the PKCE verifier sent to a server outside Zoho',
    // Two layers: the token server is refused, and so is the Desk host that would go with it.
    together: true,
    edits: [
      {
        file: 'src/background/token-server.ts',
        find: "  return fail('possible_attack', { detail: 'unknown accounts-server' });\n}",
        replace: '  return claimed;\n}',
      },
      {
        file: 'src/background/token-server.ts',
        find: "  return dc ? dc.desk : fail('possible_attack', { detail: 'unknown accounts-server' });",
        replace: '  return dc ? dc.desk : config.deskUrl;',
      },
    ],
  },
  {
    threat: 'The code sent to a data center the user did not choose',
    edits: [
      {
        file: 'src/background/auth-flow.ts',
        find: 'if (!(await hasHostAccess({ accounts: accountsServer, desk: deskUrl }))) {',
        replace: 'if (false) {',
      },
    ],
  },
  {
    threat: 'A mix-up attack',
    edits: [
      { file: 'src/background/auth-flow.ts', find: '  checkLocation(redirect, accountsServer);\n', replace: '' },
      {
        file: 'src/background/auth-flow.ts',
        find: 'params = oauth.validateAuthResponse(zohoAccounts(accountsServer), client, redirect, flow.state);',
        replace:
          "redirect.searchParams.delete('iss');\n    params = oauth.validateAuthResponse(zohoAccounts(accountsServer), client, redirect, flow.state);",
      },
    ],
  },
  {
    threat: 'PKCE downgraded to `plain`',
    edits: [{ file: 'src/background/auth-flow.ts', find: "    code_challenge_method: 'S256',\n", replace: '' }],
  },
  {
    threat: 'A long-lived refresh token to steal',
    edits: [{ file: 'src/background/auth-flow.ts', find: "    access_type: 'online',\n", replace: "    access_type: 'offline',\n" }],
  },
  {
    threat: 'A client secret taken for protection',
    edits: [
      {
        file: 'src/background/oauth-client.ts',
        find: 'return client.clientSecret ? oauth.ClientSecretPost(client.clientSecret) : oauth.None();',
        replace: "return oauth.ClientSecretPost(client.clientSecret ?? '');",
      },
    ],
  },
  {
    threat: 'A silent renewal for someone else',
    edits: LAST_ACCOUNT_KEPT,
  },
  {
    threat: 'An absurd token lifetime',
    edits: [
      {
        file: 'src/background/token-server.ts',
        find: 'return Math.min(MAX_LIFETIME_S, Math.max(MIN_LIFETIME_S, Math.round(seconds)));',
        replace: 'return Math.round(seconds);',
      },
    ],
  },
  {
    threat: 'Renewal in a loop',
    edits: [
      {
        file: 'src/background/sign-in.ts',
        find: '  return renewals(stale.accessToken, () =>\n',
        replace: '  return ((_key: string, run: () => Promise<void>) => run())(stale.accessToken, () =>\n',
      },
      { file: 'src/background/sign-in.ts', find: '    if (current?.accessToken !== stale.accessToken) return;\n', replace: '' },
      {
        file: 'src/background/desk-calls.ts',
        find: '    if (renewedOnce) {\n      await forgetToken();\n      throw error;\n    }',
        replace: '',
      },
      {
        file: 'src/background/desk-calls.ts',
        find: "  } catch (error) {\n    if (isCode(error, 'session_ended')) await forgetToken();\n    throw error;\n  }",
        replace: "  } catch (error) {\n    if (!isCode(error, 'session_ended')) throw error;\n    return withDesk(run);\n  }",
      },
    ],
  },
  {
    threat: 'A path traversal through an id',
    edits: [
      {
        file: 'src/background/request-shapes.ts',
        find: "const isId = (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value);",
        replace: "const isId = (value: unknown) => typeof value === 'string';",
      },
      {
        file: 'src/shared/zoho/parse.ts',
        find: "if (typeof value === 'string') return ID_PATTERN.test(value) ? value : null;",
        replace: "if (typeof value === 'string') return value;",
      },
    ],
  },
  {
    threat: "An exception's text (a stack) reaching a page",
    edits: [
      {
        file: 'src/shared/zoho/errors.ts',
        find: "  return { code: 'unexpected' };",
        replace: "  return { code: 'unexpected', detail: String(error) };",
      },
    ],
  },
  {
    threat: 'HTML in a subject or a name',
    edits: [
      {
        file: 'src/shared/markup/markup.ts',
        find: "(typeof child === 'string' ? escapeHtml(child) : toHtml(child))",
        replace: "(typeof child === 'string' ? child : toHtml(child))",
      },
    ],
  },
  {
    threat: 'Script, event handlers, styles, frames or forms in ticket HTML',
    edits: [
      {
        file: 'src/popup/sanitize.ts',
        find: '    ALLOWED_TAGS,\n',
        replace: "    ADD_TAGS: ['iframe', 'form', 'input', 'style'],\n    ADD_ATTR: ['style', 'onerror'],\n",
      },
    ],
  },
  {
    threat: 'Tracking pixels and remote images',
    edits: [{ file: 'src/popup/sanitize.ts', find: '      if (!SAFE_IMAGE.test(src)) {', replace: '      if (false) {' }],
  },
  {
    threat: 'Dangerous links',
    edits: [{ file: 'src/popup/sanitize.ts', find: "      if (!SAFE_LINK.test(href)) node.removeAttribute('href');\n", replace: '' }],
  },
  {
    threat: '"Open in Zoho Desk" leading elsewhere',
    edits: [
      {
        file: 'src/shared/zoho/desk-links.ts',
        find: 'if (given && new URL(given).origin === new URL(site.deskUrl).origin) return given;',
        replace: 'if (given) return given;',
      },
    ],
  },
  {
    threat: 'A weak content security policy',
    edits: [
      { file: 'build/manifest.ts', find: `    "script-src 'self'",\n`, replace: `    "script-src 'self' 'unsafe-eval'",\n` },
      { file: 'build/manifest.ts', find: "    `connect-src 'self' ${", replace: "    `connect-src 'self' https: ${" },
    ],
  },
  {
    threat: 'A time no Date can hold',
    edits: [
      {
        file: 'src/shared/zoho/parse.ts',
        find: '  return Number.isFinite(ms) && ms >= EARLIEST_TIME && ms <= LATEST_TIME;',
        replace: '  return !Number.isNaN(ms);',
      },
    ],
  },
  {
    threat: 'Junk JSON of any shape',
    edits: [
      {
        file: 'src/shared/zoho/parse.ts',
        find: "  return typeof value === 'object' && value !== null && !Array.isArray(value);",
        replace: "  return typeof value === 'object';",
      },
    ],
  },
  {
    threat: 'An oversized answer',
    edits: [
      {
        file: 'src/shared/zoho/bounded-body.ts',
        find: '  if (Number.isFinite(declared) && declared > maxBytes) {',
        replace: '  if (false) {',
      },
      { file: 'src/shared/zoho/bounded-body.ts', find: '    if (received > maxBytes) {', replace: '    if (false) {' },
    ],
  },
  {
    threat: 'More items than asked',
    edits: [
      {
        file: 'src/shared/zoho/ticket.ts',
        find: "(body['data'] as unknown[]).slice(0, Math.max(0, limit))",
        replace: "(body['data'] as unknown[])",
      },
    ],
  },
  {
    threat: 'Huge text',
    edits: [{ file: 'src/shared/zoho/parse.ts', find: '  if (value.length <= max) return value;', replace: '  return value;' }],
  },
  {
    threat: '`storage.session` full',
    edits: [
      {
        file: 'src/background/ticket-list.ts',
        find: '      await Promise.all([ticketCacheItem.set({ [listing.filterKey]: head }), ticketTailItem.set({ [listing.filterKey]: tail })]).catch(\n        dropTicketCache,\n      );',
        replace: '',
      },
      {
        file: 'src/background/worker-store.ts',
        find: 'export async function storeEssential<T>(item: StorageItem<T>, value: T): Promise<void> {\n  try {',
        replace:
          'export async function storeEssential<T>(item: StorageItem<T>, value: T): Promise<void> {\n  await item.set(value);\n  try {',
      },
    ],
  },
  {
    threat: 'Rate limits (429)',
    edits: [
      {
        file: 'src/shared/zoho/retry.ts',
        find: "if (code === 'rate_limited' && failedTries < MAX_TRIES_RATE_LIMITED) {",
        replace: "if (code === 'rate_limited') {",
      },
    ],
  },
  {
    threat: 'Notifications, and where they lead, outliving Revoke or a change of account (the operating system keeps them listed)',
    together: true,
    edits: [
      { file: 'src/background/worker-store.ts', find: '    notifyTargetsItem.remove(),\n', replace: '' },
      { file: 'src/background/worker-store.ts', find: '    closeNotifications(),\n', replace: '' },
    ],
  },
  {
    threat:
      "Customers' words leaving the browser in the operating system's notification centre, which keeps them on disk after the browser closes",
    edits: [{ file: 'src/shared/storage/settings.ts', find: '  notifySubjects: false,\n', replace: '  notifySubjects: true,\n' }],
  },
  {
    threat: 'Customer text forging lines or reversing text in a notification (a line break, U+2028, U+202E in a subject)',
    together: true,
    edits: [
      { file: 'src/background/notify.ts', find: 'isolated(ticket.subject)', replace: 'String(ticket.subject)' },
      { file: 'src/background/notify.ts', find: '? oneLine(ticket.subject) ||', replace: '? ticket.subject ||' },
    ],
  },
  {
    threat: 'A Desk redirect (30x) that would carry the `orgId`, or the token in older browsers, elsewhere',
    edits: [{ file: 'src/shared/zoho/desk-fetch.ts', find: "      redirect: 'manual',\n", replace: '' }],
  },
  {
    threat: 'No answer (timeouts, offline)',
    edits: [
      {
        file: 'src/shared/zoho/desk-fetch.ts',
        find: '      signal: AbortSignal.timeout(ctx.timeoutMs ?? DESK_TIMEOUT_MS),\n',
        replace: '',
      },
    ],
  },
  {
    threat: 'A renewal or a fetch under way bringing data back after revoke',
    // Layers: revoke waits for a flow under way, and what a fetch brings back is checked against the generation.
    together: true,
    edits: [
      { file: 'src/background/revoke.ts', find: '  return exclusive(revokeNow);', replace: '  return revokeNow();' },
      {
        file: 'src/background/session-cache.ts',
        find: '        // Fetched before a revoke: forgotten with the rest.\n        if (sameAccount()) await work();\n',
        replace: '        await work();\n',
      },
      {
        file: 'src/background/ticket-list.ts',
        find: '    // A revoke while the cache was being read: the lists must not come back after it.\n    if (!sameAccount()) return;\n',
        replace: '',
      },
    ],
  },
  {
    threat: 'Revoke leaving something behind',
    edits: [
      { file: 'src/background/revoke.ts', find: '  await clearSession();\n', replace: '' },
      { file: 'src/background/revoke.ts', find: '  await releaseHostAccess().catch(() => undefined);\n', replace: '' },
      { file: 'src/background/revoke.ts', find: '  await forgetAccountChoices();\n', replace: '' },
    ],
  },
  {
    threat: 'Sandbox code in a release',
    edits: [{ file: 'scripts/store-check.ts', find: '    ...originProblems(manifest),\n    ...hostProblems(manifest),\n', replace: '' }],
  },
  {
    threat: 'Library code doing what ours may not',
    edits: [
      {
        file: 'src/background/index.ts',
        find: "import browser from 'webextension-polyfill';",
        replace: "import browser from 'webextension-polyfill';\n\nexport const run = (code: string) => new Function(code);",
      },
    ],
  },
  {
    threat: 'Someone else at the same browser later',
    edits: TOKEN_ON_DISK,
  },
  {
    threat: 'Another Zoho user signing in to the same browser',
    edits: LAST_ACCOUNT_KEPT,
  },
];

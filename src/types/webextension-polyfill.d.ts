/**
 * What @types/webextension-polyfill lacks (docs/ZOHO.md, "Browser facts"): Chrome's options
 * for non-interactive web auth flows (Chrome 113+; Firefox ignores them).
 */
import 'webextension-polyfill/namespaces/identity';

declare module 'webextension-polyfill/namespaces/identity' {
  namespace Identity {
    interface LaunchWebAuthFlowDetailsType {
      /** Keep waiting after the first page load for redirects (Zoho re-approves by redirect). */
      abortOnLoadForNonInteractive?: boolean;
      /** How long a non-interactive flow may wait for the redirect. */
      timeoutMsForNonInteractive?: number;
    }
  }
}

/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The browser the build is for (vite.config.ts): 'chrome' (also Edge) or 'firefox'. */
  readonly TARGET_BROWSER?: 'chrome' | 'firefox';
  readonly VITE_ZOHO_CLIENT_ID?: string;
  readonly VITE_ZOHO_ACCOUNTS_URL?: string;
  readonly VITE_ZOHO_DESK_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

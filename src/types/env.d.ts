/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_ZOHO_CLIENT_ID?: string;
  readonly VITE_ZOHO_ACCOUNTS_URL?: string;
  readonly VITE_ZOHO_DESK_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

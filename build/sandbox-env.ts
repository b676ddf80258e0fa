/**
 * Where the local Zoho sandbox listens, and the build variables that point the extension at
 * it. One place, used by
 * vite.config.ts (`--mode sandbox`), the sandbox itself (test/sandbox/), npm start and the tests.
 */
export const SANDBOX_HOST = '127.0.0.1';
export const SANDBOX_ACCOUNTS_PORT = Number(process.env['SANDBOX_ACCOUNTS_PORT'] ?? 4010);
export const SANDBOX_DESK_PORT = Number(process.env['SANDBOX_DESK_PORT'] ?? 4011);
export const SANDBOX_ACCOUNTS_URL = `http://${SANDBOX_HOST}:${SANDBOX_ACCOUNTS_PORT}`;
export const SANDBOX_DESK_URL = `http://${SANDBOX_HOST}:${SANDBOX_DESK_PORT}`;
export const SANDBOX_CLIENT_ID = '1000.SANDBOXCLIENT0000000000000000';

export const SANDBOX_ENV = {
  VITE_ZOHO_CLIENT_ID: SANDBOX_CLIENT_ID,
  VITE_ZOHO_ACCOUNTS_URL: SANDBOX_ACCOUNTS_URL,
  VITE_ZOHO_DESK_URL: SANDBOX_DESK_URL,
};

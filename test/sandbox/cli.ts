/** `npm run sandbox`: the Zoho sandbox on its usual ports, until Ctrl+C. */
import { SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT } from './endpoints.ts';
import { startSandbox } from './server.ts';

const sandbox = await startSandbox(SANDBOX_ACCOUNTS_PORT, SANDBOX_DESK_PORT);
console.log(`Zoho sandbox: Accounts ${sandbox.accountsUrl}, Desk ${sandbox.deskUrl} (Ctrl+C to stop)`);
process.on('SIGINT', () => void sandbox.close().then(() => process.exit(0)));

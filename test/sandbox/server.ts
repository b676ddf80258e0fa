/**
 * The local Zoho sandbox: Accounts and Desk on two loopback ports, sharing one state, plus a
 * control API under /__sandbox on the Accounts port that tests use to switch conditions on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accountsHandler } from './accounts.ts';
import { deskHandler } from './desk.ts';
import { SANDBOX_CLIENT_ID, SANDBOX_HOST } from './endpoints.ts';
import { readBody, sendJson } from './http.ts';
import { type SandboxOptions, SandboxState } from './state.ts';

export interface Sandbox {
  readonly accountsUrl: string;
  readonly deskUrl: string;
  readonly state: SandboxState;
  close(): Promise<void>;
}

type Handler = (state: SandboxState, req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

async function control(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  if (!url.pathname.startsWith('/__sandbox/')) return false;
  const route = `${req.method} ${url.pathname}`;
  if (route === 'POST /__sandbox/reset') {
    state.reset();
    sendJson(res, 200, state.options);
  } else if (route === 'POST /__sandbox/options') {
    state.configure(JSON.parse((await readBody(req)) || '{}') as Partial<SandboxOptions>);
    sendJson(res, 200, state.options);
  } else if (route === 'GET /__sandbox/requests') {
    sendJson(res, 200, state.log);
  } else if (route === 'GET /__sandbox/tokens') {
    sendJson(res, 200, Object.fromEntries(state.tokens));
  } else {
    sendJson(res, 404, { error: 'unknown control route' });
  }
  return true;
}

function listen(state: SandboxState, port: number, handlers: Handler[]): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        for (const handler of handlers) if (await handler(state, req, res)) return;
        sendJson(res, 404, { errorCode: 'URL_NOT_FOUND', message: 'The URL you requested could not be found.' });
      } catch (error) {
        if (!res.headersSent) sendJson(res, 500, { errorCode: 'INTERNAL_SERVER_ERROR', message: String(error) });
      }
    })();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, SANDBOX_HOST, () => resolve(server));
  });
}

export async function startSandbox(accountsPort: number, deskPort: number, clientId = SANDBOX_CLIENT_ID): Promise<Sandbox> {
  const state = new SandboxState(clientId);
  const accounts = await listen(state, accountsPort, [control, accountsHandler]);
  const desk = await listen(state, deskPort, [deskHandler]);
  const portOf = (server: Server) => (server.address() as AddressInfo).port;
  return {
    accountsUrl: `http://${SANDBOX_HOST}:${portOf(accounts)}`,
    deskUrl: `http://${SANDBOX_HOST}:${portOf(desk)}`,
    state,
    close: async () => {
      for (const server of [accounts, desk]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

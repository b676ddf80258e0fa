/**
 * Reads an HTTP answer's body with a ceiling on its bytes: a broken or hostile server cannot
 * make the worker hold megabytes it will never show (docs/SECURITY.md, "A broken or
 * hostile Zoho"). Past the ceiling the read stops at once and the body is cancelled.
 */
import { fail } from './errors.ts';

/** One Desk answer: 50 tickets are some 100 KB, one long e-mail a few hundred. */
export const MAX_DESK_BYTES = 4 * 1024 * 1024;
/** An error answer is `{errorCode, message}`: a few hundred bytes. */
export const MAX_ERROR_BYTES = 64 * 1024;
/** A token endpoint's answer is a few hundred bytes. */
export const MAX_TOKEN_BYTES = 64 * 1024;

/** The body as text, or a `too_large` failure; a broken connection is a `network` failure. */
export async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return fail('too_large', { detail: `${declared} bytes` });
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let body = '';
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return fail('network');
    }
    if (chunk.done) break;
    received += chunk.value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return fail('too_large', { detail: `over ${maxBytes} bytes` });
    }
    body += decoder.decode(chunk.value, { stream: true });
  }
  return body + decoder.decode();
}

/** Text that is not JSON (or no text at all) has no JSON value: undefined, never a throw. */
export function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

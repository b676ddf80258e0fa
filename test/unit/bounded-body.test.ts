/** Bodies read with a ceiling (shared/zoho/bounded-body.ts): exactly at it, past it, broken, split mid-character. */
import { describe, expect, it } from 'vitest';
import { jsonOf, readBounded } from '../../src/shared/zoho/bounded-body.ts';
import { failureOf } from './failure-code.ts';

const bytes = (size: number) => new Uint8Array(size).fill(120);
const streamOf = (...chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });

describe('readBounded', () => {
  it('reads a body of exactly the ceiling, declared or streamed', async () => {
    const declared = new Response(bytes(64), { headers: { 'content-length': '64' } });
    expect(await readBounded(declared, 64)).toBe('x'.repeat(64));
    expect(await readBounded(new Response(streamOf(bytes(32), bytes(32))), 64)).toBe('x'.repeat(64));
  });

  it('says how large a body past the ceiling is, declared or streamed', async () => {
    const declared = new Response(bytes(65), { headers: { 'content-length': '65' } });
    expect(await failureOf(readBounded(declared, 64))).toEqual({ code: 'too_large', detail: '65 bytes' });
    expect(await failureOf(readBounded(new Response(streamOf(bytes(32), bytes(33))), 64))).toEqual({
      code: 'too_large',
      detail: 'over 64 bytes',
    });
  });

  it('refuses a declared size past the ceiling even without a body', async () => {
    const empty = new Response(null, { headers: { 'content-length': '65' } });
    expect(await failureOf(readBounded(empty, 64))).toEqual({ code: 'too_large', detail: '65 bytes' });
  });

  it('reads no body as empty text', async () => {
    expect(await readBounded(new Response(null, { status: 204 }), 64)).toBe('');
  });

  it('calls a connection broken mid-body a network failure', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes(8));
        controller.error(new TypeError('network error'));
      },
    });
    expect(await failureOf(readBounded(new Response(broken), 64))).toEqual({ code: 'network' });
  });

  it('decodes a character split between two chunks', async () => {
    const [first, second] = [new Uint8Array([0xc3]), new Uint8Array([0xa9, 0x21])];
    expect(await readBounded(new Response(streamOf(first, second)), 64)).toBe('é!');
  });
});

describe('jsonOf', () => {
  it('answers the JSON value, or undefined for text that is none', () => {
    expect(jsonOf('{"a":[1]}')).toEqual({ a: [1] });
    expect(jsonOf('null')).toBeNull();
    expect(jsonOf('')).toBeUndefined();
    expect(jsonOf('{"a":')).toBeUndefined();
  });
});

/** plain-text.ts: customer text on one line, with no control that reorders or breaks it. */
import { describe, expect, it } from 'vitest';
import { isolated, oneLine } from '../../src/shared/words/plain-text.ts';

describe('oneLine', () => {
  it('turns controls, separators and bidi controls into single spaces, and keeps the rest', () => {
    const controls = ['\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029'];
    const bidi = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    for (const char of [...controls, ...bidi]) expect(oneLine(`a${char}b`), JSON.stringify(char)).toBe('a b');
    expect(oneLine('  Œuvre  \u00a0 日本語 العربية 📦  ')).toBe('Œuvre 日本語 العربية 📦');
    expect(oneLine('\u202e\n\u2028')).toBe('');
  });
});

describe('isolated', () => {
  it('puts the cleaned text between U+2068 and U+2069', () => {
    expect(isolated('12\u202e34')).toBe('\u206812 34\u2069');
  });
});

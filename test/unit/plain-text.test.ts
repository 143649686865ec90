/** Member-written text reaches the volunteer card without display tricks or unstorable characters. */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/core/plain-text.js';

describe('plainText', () => {
  it('removes bidirectional overrides, embeddings, isolates and marks', () => {
    // "Trojan Source": an override makes "cod.exe" read as something else on the card.
    expect(plainText('invoice\u202Eexe.doc')).toBe('invoiceexe.doc');
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']) {
      expect(plainText(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe('ab');
    }
  });

  it('removes invisible characters and controls, NUL included, and keeps tabs and newlines', () => {
    expect(plainText('he\u200Bllo\u2060 \uFEFFthere\u180E')).toBe('hello there');
    expect(plainText('a\u0000b\u0007c\u007Fd\u009Fe')).toBe('abcde');
    expect(plainText('line one\r\nline\ttwo\rthree')).toBe('line one\nline\ttwo\nthree');
  });

  it('keeps a zero-width joiner where a script or an emoji needs it, and drops it where it only hides text', () => {
    // Persian "می‌خواهم" (I want) needs its ZWNJ; a family emoji is joined with ZWJ.
    expect(plainText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(plainText('👩\u200D👩\u200D👧')).toBe('👩\u200D👩\u200D👧');
    expect(plainText('\u200Dhidden\u200C')).toBe('hidden');
    expect(plainText('a \u200D b')).toBe('a  b');
    expect(plainText('a\u200D\u200D\u200C\u200Db')).toBe('a\u200Db');
  });

  it('leaves ordinary text in any script alone', () => {
    for (const text of ['I had a rough week', 'אני צריך לדבר', 'أحتاج إلى التحدث', 'Ça va, mais…', '今日はつらかった']) expect(plainText(text)).toBe(text);
  });
});

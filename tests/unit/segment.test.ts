import { describe, expect, test } from 'vitest';
import { segmentBlock } from '../../src/analyze/segment.ts';
import type { Block } from '../../src/analyze/types.ts';

const block = (text: string): Block => ({ id: 3, kind: 'paragraph', text, links: [], dropped: false, tag: 'p' });
const split = (text: string): string[] => segmentBlock(block(text)).map((s) => s.text);

describe('segmentBlock', () => {
  test.each([
    ['The vote was held on Aug. 18 in the capital. It passed.', ['The vote was held on Aug. 18 in the capital.', 'It passed.']],
    ['Sen. Maria Lopez (D-Calif.) objected. Others agreed.', ['Sen. Maria Lopez (D-Calif.) objected.', 'Others agreed.']],
    ['U.S. officials met Dr. Chen at 9 a.m. on Monday.', ['U.S. officials met Dr. Chen at 9 a.m. on Monday.']],
    ['John F. Kennedy spoke. The crowd cheered!', ['John F. Kennedy spoke.', 'The crowd cheered!']],
    ['"We will win," she said. "Believe it."', ['"We will win," she said.', '"Believe it."']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  test('offsets point into the block text (UTF-16)', () => {
    const text = '😀 Emoji first. Then words.';
    const sentences = segmentBlock(block(text));
    expect(sentences).toHaveLength(2);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('is linear on a megabyte without punctuation', () => {
    const text = 'a'.repeat(1_000_000);
    const out = segmentBlock(block(text));
    expect(out).toHaveLength(1);
    expect(out[0]?.end).toBe(text.length);
  });
});

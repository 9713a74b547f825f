import { describe, expect, test } from 'vitest';
import { segmentBlock, segmentBlocks } from '../../src/analyze/segment.ts';
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

describe('segmentBlocks', () => {
  // Pieces chosen for what happens at a block's end: an abbreviation or an initial left open, a
  // footnote marker, a closing quote, trailing white space and line breaks, an empty block, CR LF,
  // a lone surrogate, text in other scripts.
  const texts = [
    'The vote was held on Aug. 18. It passed.',
    'She met Sen.',
    'Warren later. Then they left',
    'A figure rose in 2010.[12] Next came more.',
    '',
    '"We will win," she said. ',
    'Two lines\nin one block. And more.\n',
    'ends in CR\r',
    'lone \ud83d',
    'Он сказал. Потом ушёл. 他说。然后走了。',
    'John F.',
    'Kennedy spoke! Did he? Yes…',
    '   ',
    'i.e. lower case after. e.g. this one',
  ];

  test('splits every block as segmentBlock does on its own', () => {
    // Every ordered pair and the whole list: a block's split must not depend on its neighbours.
    const lists: string[][] = [texts];
    for (const a of texts) for (const b of texts) lists.push([a, b]);
    for (const list of lists) {
      const blocks = list.map((text, id) => ({ id, kind: 'paragraph' as const, text, links: [], dropped: false, tag: 'p' }));
      expect(segmentBlocks(blocks)).toEqual(blocks.map(segmentBlock));
    }
  });
});

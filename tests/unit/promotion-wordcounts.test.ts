// The promotion detector counts words in one pass; it must count exactly what the two regular
// expressions it replaced count, in every script and outside the BMP.
import { describe, expect, test } from 'vitest';
import { wordCounts } from '../../src/analyze/detectors/promotion.ts';
import { mulberry32 } from '../../eval/metrics.ts';

function byRegex(text: string): { words: number; letterWords: number } {
  return { words: [...text.matchAll(/[\p{L}\p{N}]+/gu)].length, letterWords: [...text.matchAll(/\p{L}{2,}/gu)].length };
}

const PIECES = ['a', 'Z', '7', ' ', '-', '’', 'é', 'ß', 'Ж', 'щ', 'ع', '٣', '中', '文', 'ア', '한', '𝔸', '𠀋', '😀', '\u0301', '\n', '.', '²', '\ud800'];

describe('one-pass word counts', () => {
  test.each([
    ['Sign up for our newsletter'],
    ['$24 at the store, 3 left'],
    ['Related: 見出し 관련 기사 Похожие'],
    ['𝔸𝔹 𠀋𠀋 x'],
    [''],
  ])('%s', (text) => {
    expect(wordCounts(text)).toEqual(byRegex(text));
  });

  test('500 seeded random texts from every script', () => {
    const r = mulberry32(20261205);
    for (let k = 0; k < 500; k++) {
      let text = '';
      const n = Math.floor(r() * 40);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(r() * PIECES.length)];
      expect(wordCounts(text)).toEqual(byRegex(text));
    }
  });
});

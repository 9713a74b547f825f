// The claims tokenizer reads code points by hand; it must split exactly as its defining pattern
// (TOKEN) does, with the same flags on every token.
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../eval/metrics.ts';
import { IS_CAP, IS_DIGIT, IS_WORD, MAX_WORD, TOKEN, type Tok, compile, findAll, hasPhrase, tokenize } from '../../src/analyze/claims/tokens.ts';

/** The pattern's own reading: what tokenize did before it scanned by hand. */
function reference(text: string, offset: number, limit: number): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) {
    const t = m[0];
    const s = offset + m.index;
    const prev = out[out.length - 1];
    if ((t === "'" || t === '`') && prev && prev.t === t && prev.e === s) {
      prev.t = t + t;
      prev.l = prev.t;
      prev.e = s + 1;
      continue;
    }
    const word = t.length <= MAX_WORD && IS_WORD.test(t);
    out.push({ t, l: word ? t.toLowerCase().replace('’', "'") : t.slice(0, 1), s, e: s + t.length, word, cap: word && IS_CAP.test(t), q: false });
  }
  return out;
}

describe('tokenize', () => {
  test('splits as the TOKEN pattern on mixed text', () => {
    const pieces = ['a', 'Z', '7', ' ', "'", '’', '`', '"', 'é', 'ß', 'Ж', '中', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', 'ʰ', '\u0301', 'İ', 'ǅ', 'Ⅻ', '٣', '\u00a0', '\n', '\u2009', '\u200b', '\u3000', '\ufeff', '.', '—', 'don', 'x'.repeat(70)];
    const next = mulberry32(11);
    for (let t = 0; t < 3000; t++) {
      let s = '';
      const n = Math.floor(next() * 16);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
      const limit = t % 5 === 0 ? Math.floor(next() * 4) : 400;
      expect(tokenize(s, 3, limit), JSON.stringify(s)).toEqual(reference(s, 3, limit));
    }
  });

  test('reads a sentence with contractions, quotes and an astral letter', () => {
    const text = "“Don’t,” O'Neill said — ''twice'' about 𝐀I in 2024.";
    expect(tokenize(text, 0)).toEqual(reference(text, 0, 400));
    expect(tokenize(text, 0).map((t) => t.l)).toContain("don't");
  });
});

describe('phrase search', () => {
  test('finds phrases whose first word is in the sentence, and none when it is not', () => {
    const index = compile([{ phrase: 'sources {say|said}', note: 'test' }, { phrase: 'it is {be} believed', note: 'test' }]);
    const toks = tokenize('Sources said the plan was final, but others disagreed.', 0);
    expect(findAll(toks, index).map((h) => [h.from, h.to])).toEqual([[0, 1]]);
    expect(hasPhrase(toks, index)).toBe(true);
    const none = tokenize('The plan was final.', 0);
    expect(findAll(none, index)).toEqual([]);
    expect(hasPhrase(none, index)).toBe(false);
  });

  test('an index compiled after a sentence was searched is still searched in it', () => {
    const first = compile([{ phrase: 'officials said', note: 'test' }]);
    const toks = tokenize('Analysts expect a cut, officials said.', 0);
    expect(findAll(toks, first)).toHaveLength(1);
    const later = compile([{ phrase: 'analysts expect', note: 'test' }]);
    expect(findAll(toks, later).map((h) => [h.from, h.to])).toEqual([[0, 1]]);
  });

  test('an index that gained a first word after compile() is searched for it', () => {
    const index = compile([{ phrase: 'critics say', note: 'test' }]);
    const toks = tokenize('Observers say it failed.', 0);
    expect(findAll(toks, index)).toEqual([]);
    index.set('observers', [{ words: ['observers', 'say'], entry: { phrase: 'observers say', note: 'test' } }]);
    expect(findAll(toks, index)).toHaveLength(1);
  });
});

describe('IS_DIGIT', () => {
  test('says what /^\\p{N}/u says, for every code point alone and before a letter', () => {
    const re = /^\p{N}/u;
    for (let c = 0; c < 0x110000; c += c < 0x3000 ? 1 : 7) {
      const ch = String.fromCodePoint(c);
      expect(IS_DIGIT.test(ch), c.toString(16)).toBe(re.test(ch));
      expect(IS_DIGIT.test(`${ch}a`), c.toString(16)).toBe(re.test(`${ch}a`));
    }
    for (const s of ['', '\ud800', '\udc00x', '٣', '½', 'Ⅻ', '𝟙']) expect(IS_DIGIT.test(s), JSON.stringify(s)).toBe(re.test(s));
  });
});

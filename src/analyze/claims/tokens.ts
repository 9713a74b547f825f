// Tokens of the claims detector: one linear regex pass, quotation marking, and phrase matching
// token by token (no pattern built from data ever runs over page text, so a hostile page cannot
// make it backtrack).
import { type PhraseEntry, type WordFamily } from './lexicon.ts';

// ── Tokens ──────────────────────────────────────────────────────────────────────────────────────

export interface Tok {
  /** Text as written. */
  t: string;
  /** Lower case, curly apostrophe folded. */
  l: string;
  /** UTF-16 offsets into the block text. */
  s: number;
  e: number;
  word: boolean;
  cap: boolean;
  /** Inside a direct quotation of four words or more. */
  q: boolean;
}

// One linear pass: a word (letters/digits with an optional apostrophe suffix) or one other char.
export const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s]/gu;
export const IS_WORD = /^[\p{L}\p{N}]/u;
export const IS_CAP = /^\p{Lu}/u;
export const OPEN_QUOTES = new Set(['“', '«', '„']);
export const CLOSE_QUOTES = new Set(['”', '»']);
export const TOGGLE_QUOTES = new Set(['"', "''", '``']);

// No real sentence is longer than this; a hostile page's endless "sentence" is read only this far,
// which keeps every per-sentence pass (some are quadratic in mentions) small.
export const MAX_TOKENS = 400;
export const MAX_WORD = 64;

// What TOKEN reads, by code point: 1 a letter, 2 a number, 4 an upper-case letter. ASCII from a
// table, other code points from the same Unicode properties (kept per code point).
const LETTER_CP = /^\p{L}$/u;
const NUMBER_CP = /^\p{N}$/u;
const UPPER_CP = /^\p{Lu}$/u;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90) ASCII_CLASS[c] = 1 | 4;
  else if (c >= 97 && c <= 122) ASCII_CLASS[c] = 1;
  else if (c >= 48 && c <= 57) ASCII_CLASS[c] = 2;
}
const classCache = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp] as number;
  let k = classCache.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = LETTER_CP.test(ch) ? 1 | (UPPER_CP.test(ch) ? 4 : 0) : NUMBER_CP.test(ch) ? 2 : 0;
    if (classCache.size < 8192) classCache.set(cp, k);
  }
  return k;
}

/** The code point at `i` (a lone surrogate is itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Whether a text starts with a number (what `/^\p{N}/u.test` says), read from the first code
 * point's class instead of a regex run per token.
 */
export const IS_DIGIT = {
  test(text: string): boolean {
    if (text.length === 0) return false;
    const c = text.charCodeAt(0);
    return c < 128 ? c >= 48 && c <= 57 : classOf(codePointAt(text, 0)) === 2;
  },
};

/** White space as `\s` reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Tokens of `text` as TOKEN matches them, read code point by code point (no match objects):
 * a run of letters and digits with an optional apostrophe and letters, or one other character.
 */
export function tokenize(text: string, offset: number, limit = MAX_TOKENS): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (out.length < limit) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    let cp = codePointAt(text, i);
    let k = classOf(cp);
    const firstClass = k;
    let wordish = false;
    // Perf: whether the token is plain lower-case ASCII (its lower-case form is itself).
    let plain = cp < 128;
    if (k !== 0) {
      wordish = true;
      do {
        if ((k & 4) !== 0 || cp >= 128) plain = false;
        i += cp > 0xffff ? 2 : 1;
        if (i >= n) break;
        cp = text.charCodeAt(i);
        if (cp < 128) k = ASCII_CLASS[cp] as number;
        else {
          cp = codePointAt(text, i);
          k = classOf(cp);
        }
      } while (k !== 0);
      // An apostrophe and at least one letter after it: "don't", "O’Brien".
      const a = i < n ? text.charCodeAt(i) : -1;
      if ((a === 39 || a === 0x2019) && i + 1 < n) {
        let j = i + 1;
        let c2 = codePointAt(text, j);
        if ((classOf(c2) & 1) !== 0) {
          plain = false;
          do {
            j += c2 > 0xffff ? 2 : 1;
            if (j >= n) break;
            c2 = codePointAt(text, j);
          } while ((classOf(c2) & 1) !== 0);
          i = j;
        }
      }
    } else i += cp > 0xffff ? 2 : 1;
    const t = text.slice(from, i);
    const s = offset + from;
    const prev = out[out.length - 1];
    // NYT-style '' and `` quote marks arrive as two one-char tokens.
    if ((t === "'" || t === '`') && prev && prev.t === t && prev.e === s) {
      prev.t = t + t;
      prev.l = prev.t;
      prev.e = s + 1;
      continue;
    }
    // A "word" longer than any real one (a hostile page's endless string) is not read as text.
    const word = wordish && t.length <= MAX_WORD;
    const cap = word && (firstClass & 4) !== 0;
    let l: string;
    if (word) {
      if (plain) l = t;
      else {
        l = t.toLowerCase();
        if (l.includes('’')) l = l.replace('’', "'");
      }
    } else l = t.length === 1 ? t : t.slice(0, 1);
    out.push({ t, l, s, e: s + t.length, word, cap, q: false });
  }
  return out;
}

// ── Lexicons, compiled once ─────────────────────────────────────────────────────────────────────

export const BE = ['is', 'are', 'was', 'were', "'s", 'be', 'been', 'being'];
export const HAVE = ['has', 'have', 'had'];

export function expand(phrase: string): string[][] {
  let variants: string[][] = [[]];
  for (const raw of phrase.split(' ')) {
    // "{be}" and "{have}" stand for every form; "{a|b}" for either word.
    const options = raw === '{be}' ? BE : raw === '{have}' ? HAVE : raw.startsWith('{') && raw.endsWith('}') ? raw.slice(1, -1).split('|') : [raw];
    const next: string[][] = [];
    for (const v of variants) for (const o of options) next.push([...v, ...tokenize(o, 0).map((x) => x.l)]);
    variants = next;
  }
  return variants;
}

export interface Compiled<T> {
  words: string[];
  entry: T;
}

// A sentence is searched for the phrases of a dozen indexes, each a walk over all its tokens. Each
// index made by compile() gets a bit, and FIRST_WORD_BITS says, for a word, which indexes have a
// phrase starting with it: a sentence's tokens are looked up there once (bitsOf), and an index
// none of whose first words is in the sentence is not walked (no phrase of it can match there).
// An index changed in size after compile(), or one beyond 30, is always walked; a sentence's bits
// are read again when an index was compiled since.
const INDEX_BITS = new WeakMap<object, { bit: number; size: number }>();
const FIRST_WORD_BITS = new Map<string, number>();
let nextBit = 0;
const sentenceBits = new WeakMap<readonly Tok[], { bits: number; indexes: number }>();

// Perf: the last sentence asked about, in front of the map (a sentence is asked about by several
// indexes in a row, and a WeakMap lookup costs more than this comparison).
let lastToks: readonly Tok[] | null = null;
let lastBits = 0;
let lastIndexes = -1;

function bitsOf(toks: readonly Tok[]): number {
  if (toks === lastToks && lastIndexes === nextBit) return lastBits;
  const hit = sentenceBits.get(toks);
  let bits = 0;
  if (hit && hit.indexes === nextBit) bits = hit.bits;
  else {
    for (const t of toks) bits |= FIRST_WORD_BITS.get(t.l) ?? 0;
    sentenceBits.set(toks, { bits, indexes: nextBit });
  }
  lastToks = toks;
  lastBits = bits;
  lastIndexes = nextBit;
  return bits;
}

/** False when no phrase of `index` can start at any token of `toks`. */
function mayMatch(toks: readonly Tok[], index: ReadonlyMap<string, unknown>): boolean {
  const reg = INDEX_BITS.get(index);
  return reg === undefined || reg.size !== index.size || (bitsOf(toks) & reg.bit) !== 0;
}

function registerIndex(index: ReadonlyMap<string, unknown>): void {
  if (nextBit >= 30) return;
  const bit = 1 << nextBit++;
  INDEX_BITS.set(index, { bit, size: index.size });
  for (const first of index.keys()) FIRST_WORD_BITS.set(first, (FIRST_WORD_BITS.get(first) ?? 0) | bit);
}

/** Phrase index: first word → phrases starting with it (longest first). */
export function compile<T extends PhraseEntry>(entries: readonly T[]): Map<string, Compiled<T>[]> {
  const index = new Map<string, Compiled<T>[]>();
  for (const entry of entries) {
    for (const words of expand(entry.phrase)) {
      const first = words[0];
      if (first === undefined) continue;
      const list = index.get(first) ?? [];
      list.push({ words, entry });
      list.sort((a, b) => b.words.length - a.words.length);
      index.set(first, list);
    }
  }
  registerIndex(index);
  return index;
}

export function wordSet(families: readonly WordFamily[]): Set<string> {
  const set = new Set<string>();
  for (const f of families) for (const w of f.words) set.add(w);
  return set;
}

export function isQuoteTok(t: Tok): boolean {
  return OPEN_QUOTES.has(t.t) || CLOSE_QUOTES.has(t.t) || TOGGLE_QUOTES.has(t.t);
}

/**
 * Marks tokens inside quotations. `open` says whether a quotation was left open by an earlier
 * sentence; returns whether one is still open at the end. Quotes under four words are scare
 * quotes or titles, not speech.
 */
export function markQuotes(toks: Tok[], open: boolean): boolean {
  let inside = open;
  let start = open ? 0 : -1;
  const spans: Array<[number, number]> = [];
  let sawAny = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    // (A word is never a quotation mark.)
    if (t.word || !isQuoteTok(t)) continue;
    const opening = OPEN_QUOTES.has(t.t) || (TOGGLE_QUOTES.has(t.t) && !inside);
    if (!sawAny && CLOSE_QUOTES.has(t.t) && !inside) {
      // A closing mark with no opening: the sentence began inside a quotation.
      spans.push([0, i]);
      sawAny = true;
      continue;
    }
    sawAny = true;
    let opening2 = opening;
    if (TOGGLE_QUOTES.has(t.t)) {
      // A straight quote glued to the word after it opens; glued to the word before it closes.
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const gluedNext = !!next && next.s === t.e && next.word;
      const gluedPrev = !!prev && prev.e === t.s;
      if (gluedNext && !gluedPrev) opening2 = true;
      else if (gluedPrev && !gluedNext) opening2 = false;
    }
    if (opening2 && !inside) {
      inside = true;
      start = i;
    } else if (!opening2 && inside) {
      inside = false;
      spans.push([start, i]);
    }
  }
  if (inside) spans.push([Math.max(0, start), toks.length - 1]);
  for (const [a, b] of spans) {
    let words = 0;
    for (let i = a; i <= b; i++) if (toks[i]?.word) words++;
    if (words < 4) continue;
    for (let i = a; i <= b; i++) (toks[i] as Tok).q = true;
  }
  return inside;
}

export function matchAt<T>(toks: readonly Tok[], i: number, index: Map<string, Compiled<T>[]>): Compiled<T> | null {
  const first = toks[i];
  if (!first) return null;
  const list = index.get(first.l);
  if (!list) return null;
  outer: for (const c of list) {
    for (let k = 1; k < c.words.length; k++) {
      if (toks[i + k]?.l !== c.words[k]) continue outer;
    }
    return c;
  }
  return null;
}

export function findAll<T>(toks: readonly Tok[], index: Map<string, Compiled<T>[]>): Array<{ from: number; to: number; entry: T }> {
  const out: Array<{ from: number; to: number; entry: T }> = [];
  if (!mayMatch(toks, index)) return out;
  for (let i = 0; i < toks.length; i++) {
    const c = matchAt(toks, i, index);
    if (c) {
      out.push({ from: i, to: i + c.words.length - 1, entry: c.entry });
      i += c.words.length - 1;
    }
  }
  return out;
}

export function hasPhrase<T>(toks: readonly Tok[], index: Map<string, Compiled<T>[]>, from = 0, to = toks.length - 1): boolean {
  if (!mayMatch(toks, index)) return false;
  for (let i = Math.max(0, from); i <= to && i < toks.length; i++) if (matchAt(toks, i, index)) return true;
  return false;
}

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
export const IS_DIGIT = /^\p{N}/u;
export const OPEN_QUOTES = new Set(['“', '«', '„']);
export const CLOSE_QUOTES = new Set(['”', '»']);
export const TOGGLE_QUOTES = new Set(['"', "''", '``']);

// No real sentence is longer than this; a hostile page's endless "sentence" is read only this far,
// which keeps every per-sentence pass (some are quadratic in mentions) small.
export const MAX_TOKENS = 400;
export const MAX_WORD = 64;

export function tokenize(text: string, offset: number, limit = MAX_TOKENS): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && out.length < limit; m = TOKEN.exec(text)) {
    const t = m[0];
    const s = offset + m.index;
    const prev = out[out.length - 1];
    // NYT-style '' and `` quote marks arrive as two one-char tokens.
    if ((t === "'" || t === '`') && prev && prev.t === t && prev.e === s) {
      prev.t = t + t;
      prev.l = prev.t;
      prev.e = s + 1;
      continue;
    }
    // A "word" longer than any real one (a hostile page's endless string) is not read as text.
    const word = t.length <= MAX_WORD && IS_WORD.test(t);
    out.push({ t, l: word ? t.toLowerCase().replace('’', "'") : t.slice(0, 1), s, e: s + t.length, word, cap: word && IS_CAP.test(t), q: false });
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
    if (!isQuoteTok(t)) continue;
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
  for (let i = Math.max(0, from); i <= to && i < toks.length; i++) if (matchAt(toks, i, index)) return true;
  return false;
}

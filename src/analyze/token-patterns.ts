// A small, language-agnostic matcher of construction patterns over tokens. Patterns are data
// (rules/state-media-constructions.ts); lexicons are data (rules/state-media-cues.ts). A pattern is
// anchored at an item (an outlet's name, a descriptor) and reads the tokens right before it
// (matched outwards, right to left) and/or right after it (left to right).
//
// The tokenizer is deliberately plain (letters, numbers, single punctuation marks; one token per
// character in scripts written without spaces) so the same patterns run on every language. When
// the shared language layer (src/analyze/language/, tokens and parts of speech) lands, `tokenize`
// is the one place to swap; the patterns and lexicons stay as they are.

export interface Token {
  /** Folded form: lower case, apostrophes straightened, Arabic/Persian letter variants unified. */
  norm: string;
  /** The token begins with a capital letter (Latin, Cyrillic, Greek…). */
  cap: boolean;
}

const NO_SPACE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
// Letters, combining marks, digits and joiners (ZWNJ in Persian words) make words; an apostrophe
// is its own token so "Xinhua's", "TASS'a" and "l'agence" tokenize the same way everywhere.
const TOKEN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[\p{L}\p{M}\p{N}\u200c\u200d]+|[^\s\p{L}\p{M}\p{N}]/gu;
const APOSTROPHE = /[’‘ʼ`´]/g;
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  '\u06cc': '\u064a', // Persian yeh → Arabic yeh
  '\u0649': '\u064a', // alef maksura → yeh
  '\u06a9': '\u0643', // Persian kaf → Arabic kaf
  '\u0623': '\u0627', // hamza forms of alef → alef
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0640': '', // tatweel
  '\u200c': '', // ZWNJ: "رسانه‌های" and "رسانههای" are the same word
  ё: 'е',
};
const VARIANT_RE = /[\u06cc\u0649\u06a9\u0623\u0625\u0622\u0640\u200cё]/g;
const ARABIC_DIACRITICS = /[\u064b-\u065f\u0670]/g;

/** The folded form lexicon entries and tokens are compared in. */
export function normWord(s: string): string {
  return s
    .toLowerCase()
    .replace(APOSTROPHE, "'")
    .replace(ARABIC_DIACRITICS, '')
    .replace(VARIANT_RE, (c) => LETTER_VARIANTS[c] ?? c)
    .normalize('NFC');
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const first = raw[0] ?? '';
    out.push({ norm: normWord(raw), cap: first !== first.toLowerCase() && !NO_SPACE.test(first) });
  }
  return out;
}

/**
 * One lexicon entry as tokens. A trailing `*` on an entry makes its last token a stem
 * ("государственн*" matches every ending).
 */
export interface LexForm {
  tokens: string[];
  stem: boolean;
}

export function compileForm(form: string): LexForm {
  const stem = form.endsWith('*');
  const tokens = tokenize(stem ? form.slice(0, -1) : form).map((t) => t.norm);
  return { tokens, stem };
}

/** A compiled lexicon class: its forms, indexed by first token for speed. */
export class Lexicon {
  private readonly exact = new Map<string, LexForm[]>();
  private readonly stems: LexForm[] = [];
  constructor(forms: readonly string[]) {
    for (const f of forms) {
      const c = compileForm(f);
      if (c.tokens.length === 0) continue;
      if (c.stem && c.tokens.length === 1) this.stems.push(c);
      else {
        const key = c.tokens[0] as string;
        this.exact.set(key, [...(this.exact.get(key) ?? []), c]);
      }
    }
  }

  /** Lengths (in tokens) of the entries that match `tokens` starting at `i` going in `dir`. */
  matchAt(tokens: readonly Token[], i: number, dir: 1 | -1): number[] {
    const lengths: number[] = [];
    const tok = tokens[i];
    if (!tok) return lengths;
    for (const s of this.stems) if (tok.norm.startsWith(s.tokens[0] as string)) lengths.push(1);
    if (dir === 1) {
      for (const f of this.exact.get(tok.norm) ?? []) if (fits(tokens, i, f)) lengths.push(f.tokens.length);
    } else {
      // Going backwards an entry ends at i: try each entry whose last token fits.
      for (const list of this.exact.values()) {
        for (const f of list) {
          const start = i - f.tokens.length + 1;
          if (start >= 0 && fits(tokens, start, f)) lengths.push(f.tokens.length);
        }
      }
    }
    return lengths;
  }
}

function fits(tokens: readonly Token[], i: number, f: LexForm): boolean {
  for (let k = 0; k < f.tokens.length; k++) {
    const t = tokens[i + k];
    const want = f.tokens[k] as string;
    if (!t) return false;
    const last = k === f.tokens.length - 1;
    if (last && f.stem ? !t.norm.startsWith(want) : t.norm !== want) return false;
  }
  return true;
}

/**
 * One step of a pattern.
 * - `{ lex }`: one entry of a lexicon class (an entry may span several tokens);
 * - `{ gap, of }`: up to `gap` tokens, each an entry of one of the classes in `of` (or, with
 *   `of: ['cap']`, a capitalised word; `of: ['word']`, any word);
 * - `{ end: true }`: nothing but punctuation is left on that side (a credit at a sentence's end);
 * - `opt`: the step may be skipped.
 */
export type Step = { lex: string; opt?: boolean } | { gap: number; of: readonly string[] } | { end: true };

export type Lexicons = ReadonlyMap<string, Lexicon>;

const WORDLIKE = /[\p{L}\p{N}]/u;

function stepLengths(step: { lex: string } | { of: string }, tokens: readonly Token[], i: number, dir: 1 | -1, lex: Lexicons): number[] {
  const tok = tokens[i];
  if (!tok) return [];
  const name = 'lex' in step ? step.lex : step.of;
  if (name === 'cap') return tok.cap ? [1] : [];
  if (name === 'word') return WORDLIKE.test(tok.norm) ? [1] : [];
  return lex.get(name)?.matchAt(tokens, i, dir) ?? [];
}

/**
 * Whether `steps` match `tokens` from index `i` in direction `dir` (1: left to right from the item
 * outwards; -1: right to left). Backtracking is bounded: steps and gaps are a handful of tokens.
 */
export function matchSteps(steps: readonly Step[], tokens: readonly Token[], dir: 1 | -1, lex: Lexicons): boolean {
  const start = dir === 1 ? 0 : tokens.length - 1;
  return go(0, start);

  function go(k: number, i: number): boolean {
    const step = steps[k];
    if (!step) return true;
    if ('end' in step) {
      for (let j = i; j >= 0 && j < tokens.length; j += dir) if (WORDLIKE.test((tokens[j] as Token).norm)) return false;
      return go(k + 1, i);
    }
    if ('gap' in step) {
      // Zero or more tokens of the gap's classes, then the rest (shortest first).
      const visit = (used: number, at: number): boolean => {
        if (go(k + 1, at)) return true;
        if (used >= step.gap) return false;
        for (const of of step.of) {
          for (const len of stepLengths({ of }, tokens, at, dir, lex)) {
            if (visit(used + 1, at + dir * len)) return true;
          }
        }
        return false;
      };
      return visit(0, i);
    }
    for (const len of stepLengths(step, tokens, i, dir, lex)) if (go(k + 1, i + dir * len)) return true;
    return step.opt === true && go(k + 1, i);
  }
}

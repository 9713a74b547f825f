// franc-min's language ranking (wooorm/franc, MIT), computed from franc-min's own trigram data with
// an index instead of a scan. Same answer as `francAll(text, { minLength: 1 })`, number for number
// and in the same order (tests/unit/coverage-trigrams.test.ts compares the two), at a fraction of
// the cost.
//
// franc scores a text against every language of its script: for each trigram of the text, one
// dictionary lookup per language (44 for Latin), so ~400 distinct trigrams cost ~18,000 lookups
// per article, the largest single cost of analyze() on a news page. Here each script's models are
// turned, once, into an inverted index (trigram → the languages that have it, with its rank there):
// a trigram costs one lookup plus one step per language that has it. Every distance is a sum of
// integers, so adding them in another order gives the same number.
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's constants (franc-min 6.2.0, index.js). */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type LanguageScore = [string, number];

interface ScriptIndex {
  langs: string[];
  /** trigram → [language index, rank, language index, rank, …]. */
  postings: Map<string, Int32Array>;
  /** The same lists for the trigrams of three units below 1024, by `smallKey`. */
  small: Map<number, Int32Array>;
  /** `small` as an open-addressing table (perf): slot → key (-1 empty), and its list's bounds in `flat`. */
  slotKeys: Int32Array;
  slotFrom: Int32Array;
  slotTo: Int32Array;
  flat: Int32Array;
}

/** Slot of a small key in a table of 2^bits slots (a multiplicative hash; keys are below 2^30). */
function slotOf(key: number, bits: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - bits);
}

/**
 * The slot that holds `key` in an open-addressing table of 2^bits slots (linear probing, -1 for
 * empty), or the empty slot where it would go.
 */
function probe(slotKeys: Int32Array, key: number, bits: number): number {
  const mask = (1 << bits) - 1;
  let slot = slotOf(key, bits);
  let found = slotKeys[slot] as number;
  while (found !== key && found !== -1) {
    slot = (slot + 1) & mask;
    found = slotKeys[slot] as number;
  }
  return slot;
}

/**
 * A trigram of three UTF-16 units each below 1024 (Latin scripts, Greek, IPA…) as one small
 * integer: a map keyed by it needs no three-character string per position of the text.
 * -1 when a unit is 1024 or more.
 */
function smallKey(a: number, b: number, c: number): number {
  return a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : -1;
}

const indexes = new Map<string, ScriptIndex>();

function scriptIndex(script: string, models: Record<string, string>): ScriptIndex {
  const hit = indexes.get(script);
  if (hit) return hit;
  const langs = Object.keys(models);
  const lists = new Map<string, number[]>();
  langs.forEach((lang, l) => {
    const model = (models[lang] as string).split('|');
    // franc keeps a trigram's first position when a model lists it twice (it assigns from the end).
    const rank = new Map<string, number>();
    for (let w = model.length - 1; w >= 0; w--) rank.set(model[w] as string, w);
    for (const [trigram, w] of rank) {
      let list = lists.get(trigram);
      if (!list) lists.set(trigram, (list = []));
      list.push(l, w);
    }
  });
  const postings = new Map<string, Int32Array>();
  const small = new Map<number, Int32Array>();
  for (const [trigram, list] of lists) {
    const key = trigram.length === 3 ? smallKey(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)) : -1;
    if (key >= 0) small.set(key, Int32Array.from(list));
    else postings.set(trigram, Int32Array.from(list));
  }
  let bits = 4;
  while (1 << bits < 2 * small.size) bits++;
  const size = 1 << bits;
  const slotKeys = new Int32Array(size).fill(-1);
  const slotFrom = new Int32Array(size);
  const slotTo = new Int32Array(size);
  let total = 0;
  for (const list of small.values()) total += list.length;
  const flat = new Int32Array(total);
  let at = 0;
  for (const [key, list] of small) {
    const slot = probe(slotKeys, key, bits);
    slotKeys[slot] = key;
    slotFrom[slot] = at;
    flat.set(list, at);
    at += list.length;
    slotTo[slot] = at;
  }
  const built = { langs, postings, small, slotKeys, slotFrom, slotTo, flat };
  indexes.set(script, built);
  return built;
}

const SCRIPTS = Object.keys(expressions);
/** Each script's pattern without `g`, to test one character. */
const ONE = SCRIPTS.map((script) => new RegExp((expressions[script] as RegExp).source, (expressions[script] as RegExp).flags.replace('g', '')));
/** Code unit → the scripts (indexes into SCRIPTS) whose pattern matches that unit alone. */
const scriptsOfUnit = new Map<number, number[]>();
const SURROGATE = /[\ud800-\udfff]/;

/** The script whose characters are the largest share of `value` (franc's getTopScript). */
function topScript(value: string): [string | undefined, number] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  if (SURROGATE.test(value)) {
    // A pattern may match a surrogate pair as one character: count as franc does.
    SCRIPTS.forEach((script, k) => (counts[k] = value.match(expressions[script] as RegExp)?.length ?? 0));
  } else {
    // Without surrogates every match of a script's pattern (a class of code units, or a surrogate
    // pair) is one unit, so a script's count is the number of units its pattern matches alone:
    // counted per distinct unit, each unit tested once per process instead of 20 scans per text.
    // (ASCII units are counted in an array, the rest in a map.)
    const ascii = new Int32Array(128);
    const units = new Map<number, number>();
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 128) ascii[c] = (ascii[c] as number) + 1;
      else units.set(c, (units.get(c) ?? 0) + 1);
    }
    for (let c = 0; c < 128; c++) if (ascii[c] !== 0) units.set(c, ascii[c] as number);
    for (const [c, n] of units) {
      let of = scriptsOfUnit.get(c);
      if (!of) {
        const ch = String.fromCharCode(c);
        of = [];
        ONE.forEach((re, k) => {
          if (re.test(ch)) (of as number[]).push(k);
        });
        if (scriptsOfUnit.size < 8192) scriptsOfUnit.set(c, of);
      }
      for (const k of of) counts[k] = (counts[k] as number) + n;
    }
  }
  let topCount = -1;
  let top: string | undefined;
  SCRIPTS.forEach((script, k) => {
    const share = (counts[k] as number) / value.length || 0;
    if (share > topCount) {
      topCount = share;
      top = script;
    }
  });
  return [top, topCount];
}

/**
 * Distinct trigrams of the cleaned, padded text with their counts (trigram-utils' asDictionary):
 * those with a `smallKey` as parallel arrays of keys and counts (the keys sorted and counted by
 * runs, which costs less than a map update per position), the others by their string.
 */
function trigramCounts(value: string): { keys: number[]; counts: number[]; other: Map<string, number> } {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const all = new Int32Array(Math.max(0, cleaned.length - 2));
  let n = 0;
  const other = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const key = smallKey(cleaned.charCodeAt(i), cleaned.charCodeAt(i + 1), cleaned.charCodeAt(i + 2));
    if (key >= 0) all[n++] = key;
    else {
      const t = cleaned.slice(i, i + 3);
      other.set(t, (other.get(t) ?? 0) + 1);
    }
  }
  // Counted in a scratch open-addressing table (perf: sorting the keys cost more); the keys come
  // out in first-seen order, which no caller depends on (distances are sums of integers).
  if (n > COUNT_SLOTS / 2) {
    const sorted = all.subarray(0, n).sort();
    const keys: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < n; ) {
      let j = i + 1;
      while (j < n && sorted[j] === sorted[i]) j++;
      keys.push(sorted[i] as number);
      counts.push(j - i);
      i = j;
    }
    return { keys, counts, other };
  }
  const keys: number[] = [];
  const slots: number[] = [];
  for (let i = 0; i < n; i++) {
    const key = all[i] as number;
    const slot = probe(countKeys, key, COUNT_BITS);
    if (countKeys[slot] === -1) {
      countKeys[slot] = key;
      countValues[slot] = 1;
      keys.push(key);
      slots.push(slot);
    } else countValues[slot] = (countValues[slot] as number) + 1;
  }
  const counts = slots.map((slot) => countValues[slot] as number);
  for (const slot of slots) countKeys[slot] = -1;
  return { keys, counts, other };
}
const COUNT_BITS = 13;
const COUNT_SLOTS = 1 << COUNT_BITS;
const countKeys = new Int32Array(COUNT_SLOTS).fill(-1);
const countValues = new Int32Array(COUNT_SLOTS);

/**
 * Every language of the text's script with franc's normalised score (best = 1), best first:
 * `francAll(text, { minLength: 1 })` of franc-min.
 */
export function rankLanguages(text: string): LanguageScore[] {
  if (!text) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  const models = script === undefined ? undefined : data[script];
  if (script === undefined || !models) {
    return !script || share === 0 ? [['und', 1]] : [[script, 1]];
  }
  const index = scriptIndex(script, models);
  const { langs, postings } = index;
  const counts = trigramCounts(value);
  const dist = new Array<number>(langs.length).fill((counts.keys.length + counts.other.size) * MAX_DIFFERENCE);
  const add = (list: Int32Array | undefined, count: number): void => {
    if (!list) return;
    for (let k = 0; k < list.length; k += 2) {
      const l = list[k] as number;
      dist[l] = (dist[l] as number) + Math.abs(count - (list[k + 1] as number) - 1) - MAX_DIFFERENCE;
    }
  };
  // (The small keys through the open-addressing table: the same lists as small.get, read in place.)
  const { slotKeys, slotFrom, slotTo, flat } = index;
  const bits = 31 - Math.clz32(slotKeys.length);
  for (let k = 0; k < counts.keys.length; k++) {
    const key = counts.keys[k] as number;
    const count = counts.counts[k] as number;
    const slot = probe(slotKeys, key, bits);
    if (slotKeys[slot] === -1) continue;
    const to = slotTo[slot] as number;
    for (let p = slotFrom[slot] as number; p < to; p += 2) {
      const l = flat[p] as number;
      dist[l] = (dist[l] as number) + Math.abs(count - (flat[p + 1] as number) - 1) - MAX_DIFFERENCE;
    }
  }
  for (const [trigram, count] of counts.other) add(postings.get(trigram), count);
  const ranked: LanguageScore[] = langs.map((lang, l) => [lang, dist[l] as number]);
  if (ranked.length === 0) return [['und', 1]];
  // franc's sort (stable, by distance) and its normalisation, in the same floating-point steps.
  ranked.sort((a, b) => a[1] - b[1]);
  const min = (ranked[0] as LanguageScore)[1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
  return ranked;
}

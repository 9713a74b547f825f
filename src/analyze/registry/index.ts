// Lookups over the state-media registry: by host (label-boundary domain matching) and by name in
// text (one alias trie, built once at module load). Pure data code: no DOM, no network.
import type { OutletRef } from '../types.ts';
import { OUTLETS } from './outlets.ts';
import type { AliasRule, OutletRecord } from './schema.ts';

export { OUTLETS, AS_OF } from './outlets.ts';
export type { OutletRecord, AliasRule } from './schema.ts';

/** English country names for reasons ("government-controlled outlet (Russia)"). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  RU: 'Russia', BY: 'Belarus', CN: 'China', HK: 'Hong Kong', IR: 'Iran', KP: 'North Korea', VE: 'Venezuela',
  CU: 'Cuba', NI: 'Nicaragua', TR: 'Turkey', QA: 'Qatar', SA: 'Saudi Arabia', AE: 'United Arab Emirates',
  EG: 'Egypt', SY: 'Syria', LB: 'Lebanon', AZ: 'Azerbaijan', HU: 'Hungary', RS: 'Serbia', VN: 'Vietnam',
  LA: 'Laos', KH: 'Cambodia', MM: 'Myanmar', MY: 'Malaysia', IN: 'India', PK: 'Pakistan', TM: 'Turkmenistan',
  TJ: 'Tajikistan', UZ: 'Uzbekistan', KZ: 'Kazakhstan', BH: 'Bahrain', KW: 'Kuwait', OM: 'Oman', JO: 'Jordan',
  IQ: 'Iraq', DZ: 'Algeria', MA: 'Morocco', TN: 'Tunisia', ER: 'Eritrea', ET: 'Ethiopia', RW: 'Rwanda',
  ZW: 'Zimbabwe', GB: 'United Kingdom', US: 'United States', DE: 'Germany', FR: 'France', CA: 'Canada',
  AU: 'Australia', NZ: 'New Zealand', SE: 'Sweden', NO: 'Norway', DK: 'Denmark', FI: 'Finland', IE: 'Ireland',
  AT: 'Austria', CH: 'Switzerland', CZ: 'Czechia', LT: 'Lithuania', EE: 'Estonia', LV: 'Latvia',
  NL: 'Netherlands', BE: 'Belgium', PT: 'Portugal', ES: 'Spain', IL: 'Israel', TW: 'Taiwan', KR: 'South Korea',
  UA: 'Ukraine', MD: 'Moldova', JP: 'Japan',
};

export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

const BY_ID = new Map<string, OutletRecord>(OUTLETS.map((o) => [o.id, o]));

export function outletById(id: string): OutletRecord | undefined {
  return BY_ID.get(id);
}

/** The plain-data reference carried by findings and reports. */
export function outletRef(o: OutletRecord): OutletRef {
  return {
    id: o.id,
    name: o.name,
    country: o.country,
    type: o.type,
    why: o.why,
    references: [...o.references],
    disputed: o.disputed,
  };
}

/** "government-controlled outlet (Russia)": the neutral label used in reasons and notices. */
export function typeLabel(o: Pick<OutletRecord, 'type' | 'country' | 'disputed'>): string {
  const country = countryName(o.country);
  if (o.disputed) return `government-funded outlet (${country}; editorial independence disputed)`;
  if (o.type === 'state-controlled') return `government-controlled outlet (${country})`;
  if (o.type === 'state-affiliated') return `government-linked outlet (${country})`;
  return `publicly funded, editorially independent outlet (${country})`;
}

// Domain lookup: the most specific listed domain wins (arabic.rt.com → RT Arabic, not RT). A host
// matches a domain by whole labels (hostMatches), so the domains that can match are the host and
// its parents: each is looked up, longest first, instead of testing every listed domain. A domain
// listed twice keeps its first outlet (registry order), as the scan did.
const DOMAIN_INDEX = new Map<string, OutletRecord>();
for (const o of OUTLETS) {
  for (const d of o.domains) {
    const key = d.toLowerCase();
    if (!DOMAIN_INDEX.has(key)) DOMAIN_INDEX.set(key, o);
  }
}

/** The outlet whose domain is `host` or a parent of it (label boundary: notrt.com is not rt.com). */
export function outletForHost(host: string): OutletRecord | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return undefined;
  for (let at = 0; at >= 0; at = h.indexOf('.', at) + 1 || -1) {
    // h.slice(at) is h itself or a parent at a label boundary: what hostMatches accepts.
    const o = DOMAIN_INDEX.get(h.slice(at));
    if (o) return o;
  }
  return undefined;
}

export interface SiteOutlet {
  outlet: OutletRef;
  /** Whether the extension shows a notice (never for public-service-independent outlets). */
  notice: boolean;
  /** Neutral sentence for the popup and the in-page notice. */
  text: string;
}

/** The page's own site as an outlet, for the popup and the in-page notice; null when not listed. */
export function siteOutlet(host: string): SiteOutlet | null {
  const o = outletForHost(host);
  if (!o) return null;
  return {
    outlet: outletRef(o),
    notice: o.type !== 'public-service-independent',
    text: `This site is ${o.name}, a ${typeLabel(o)}.`,
  };
}

// ------------------------------------------------------------------------------------------------
// Names in text. Matching runs on a folded copy of the text with the same length (one UTF-16 unit
// per unit), so offsets carry over: lower case, accents dropped, curly apostrophes straightened,
// hyphens/dashes/guillemets/NBSP read as spaces, runs of spaces read as one.

/** Strings that contain an alias but are not the outlet; matching them blocks the shorter alias. */
export const NOT_OUTLETS: readonly { name: string; note: string }[] = [
  { name: 'Kayhan London', note: 'Private exile outlet, not Iran\'s Kayhan.' },
  { name: 'Kayhan Life', note: 'Private exile outlet, not Iran\'s Kayhan.' },
  { name: 'Ukrainska Pravda', note: 'Independent Ukrainian outlet.' },
  { name: 'Ukrayinska Pravda', note: 'Independent Ukrainian outlet.' },
  { name: 'Channel One News', note: 'US school news programme.' },
  { name: 'Channel One Network', note: 'US school news network.' },
  { name: 'Sputnik V', note: 'The vaccine.' },
  { name: 'Sputnik Light', note: 'The vaccine.' },
  { name: 'Sputnik 1', note: 'The satellite.' },
  { name: 'Sputnik 2', note: 'The satellite.' },
  { name: 'Sputnik moment', note: 'Idiom.' },
  { name: 'Спутник V', note: 'The vaccine.' },
  { name: 'Спутник Лайт', note: 'The vaccine.' },
  { name: 'Xinhua Bookstore', note: 'Bookshop chain.' },
  { name: 'Xinhua Books', note: 'Bookshop chain.' },
  { name: 'Granma Province', note: 'Cuban province.' },
  { name: 'Fars Province', note: 'Iranian province.' },
  { name: 'RT-PCR', note: 'Reverse-transcription PCR test.' },
  { name: 'RT-qPCR', note: 'Reverse-transcription PCR test.' },
  { name: 'Vesti.ua', note: 'Ukrainian outlet.' },
  { name: 'Anadolu University', note: 'University.' },
  { name: 'Anadolu Efes', note: 'Brewer and basketball club.' },
  { name: 'Red Star Belgrade', note: 'Football club.' },
  { name: 'NTV Turkey', note: 'Private Turkish channel (Doğuş).' },
];

export interface AliasEntry {
  /** null for a NOT_OUTLETS blocker. */
  outlet: OutletRecord | null;
  alias: string;
  rule: AliasRule | null;
  caseSensitive: boolean;
  /** The alias is one of the outlet's domains written in text ("RT.com"). */
  domain: boolean;
}

export interface AliasHit {
  start: number;
  end: number;
  entries: AliasEntry[];
}

interface TrieNode {
  /** Children by UTF-16 code unit of the folded alias. */
  next: Map<number, TrieNode>;
  entries: AliasEntry[] | null;
  /** The same children as two parallel arrays, filled once the trie is built (childOf reads them). */
  codes: Uint16Array;
  kids: TrieNode[];
  /** For a node with many children: its children by ASCII code (childOf reads them). */
  ascii: Array<TrieNode | undefined> | null;
}

const SPACE_LIKE = /[\s\u00a0\-‐‑‒–—«»]/;
const APOSTROPHES = /[’‘ʼ`]/;
const COMBINING = /[\u0300-\u036f\u3099\u309a]/;
// Scripts written without spaces between words: names there need no word boundary
// (U+3040–30FF, U+3400–9FFF, U+AC00–D7AF, U+F900–FAFF: noSpaceScriptAt).
const WORD_CHAR = /[\p{L}\p{N}]/u;

// Persian and Arabic spell the same letters with different code points (ی/ي, ک/ك) and news copy
// often drops the hamza on alef (أ/إ/آ → ا): "تسنیم" and "تسنيم" are one name.
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  '\u06cc': '\u064a',
  '\u0649': '\u064a',
  '\u06a9': '\u0643',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
};

const foldCache = new Map<string, string>();
function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128 && code !== 45 && code > 32) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  let f = foldCache.get(c);
  if (f !== undefined) return f;
  if (SPACE_LIKE.test(c)) f = ' ';
  else if (APOSTROPHES.test(c)) f = "'";
  else if (ARABIC_VARIANTS[c] !== undefined) f = ARABIC_VARIANTS[c];
  else {
    const lower = c.toLowerCase();
    f = lower.length === 1 ? lower : c;
    const d = f.normalize('NFD');
    if (d.length > 1 && COMBINING.test(d.slice(1))) f = d[0] ?? f;
  }
  if (foldCache.size < 4096) foldCache.set(c, f);
  return f;
}

// foldChar by code unit, kept by number: no one-character string is made for each unit that is
// not plain ASCII (curly quotes and dashes are in most news text).
const foldCodeCache = new Map<number, number>();
function foldCode(code: number): number {
  let f = foldCodeCache.get(code);
  if (f === undefined) {
    f = foldChar(String.fromCharCode(code)).charCodeAt(0);
    if (foldCodeCache.size < 4096) foldCodeCache.set(code, f);
  }
  return f;
}
// foldCode of every ASCII unit, in a table (white space and '-' included: they fold to a space).
const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, c) => foldCode(c));

// Folded units are collected as char codes and turned into a string a chunk at a time: appending a
// million one-unit strings built a million-node rope, and folding 1 MB cost 50× folding 100 KB
// (tests/unit/hostile.test.ts measures the growth).
const FOLD_CHUNK = 8192;

/** Same length as `text`: one folded unit per UTF-16 unit. */
export function foldText(text: string): string {
  const n = text.length;
  const codes = foldCodes(text);
  const parts: string[] = [];
  for (let i = 0; i < n; i += FOLD_CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + FOLD_CHUNK) as unknown as number[]));
  }
  // join() gives one flat string; the scan below indexes it a million times.
  return parts.join('');
}

/** `foldText` as the array of its code units (what the alias scan reads, without a string made of them). */
export function foldCodes(text: string): Uint16Array {
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 128 ? (ASCII_FOLD[code] as number) : foldCode(code);
  }
  return codes;
}

/** Folded alias as the trie stores it (runs of spaces collapsed). */
function foldAlias(alias: string): string {
  return foldText(alias).replace(/ +/g, ' ').trim();
}

/** Case-preserving key for case-sensitive aliases: only punctuation and spacing fold. */
function caseKey(s: string): string {
  let out = '';
  for (const c of s) out += SPACE_LIKE.test(c) ? ' ' : APOSTROPHES.test(c) ? "'" : c;
  return out.replace(/ +/g, ' ').trim();
}

function isCaseSensitive(alias: string, rule: AliasRule | null): boolean {
  if (rule === 'exact' || rule === 'country') return true;
  if (alias.length <= 4) return true;
  return /\p{Lu}/u.test(alias) && alias === alias.toUpperCase();
}

const ROOT: TrieNode = { next: new Map(), entries: null, codes: new Uint16Array(0), kids: [], ascii: null };
const SPACE = 32;

function insert(alias: string, entry: AliasEntry): void {
  const key = foldAlias(alias);
  if (!key) return;
  let node = ROOT;
  for (let k = 0; k < key.length; k++) {
    const ch = key.charCodeAt(k);
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map(), entries: null, codes: new Uint16Array(0), kids: [], ascii: null };
      node.next.set(ch, child);
    }
    node = child;
  }
  (node.entries ??= []).push(entry);
}

// Built once, at module load.
for (const o of OUTLETS) {
  const rules = new Map(o.ambiguous.map((a) => [foldAlias(a.alias), a.rule]));
  for (const alias of o.aliases) {
    const rule = rules.get(foldAlias(alias)) ?? null;
    if (rule === 'never') continue;
    insert(alias, { outlet: o, alias, rule, caseSensitive: isCaseSensitive(alias, rule), domain: false });
  }
  for (const d of o.domains) {
    insert(d, { outlet: o, alias: d, rule: null, caseSensitive: false, domain: true });
  }
}
for (const n of NOT_OUTLETS) insert(n.name, { outlet: null, alias: n.name, rule: null, caseSensitive: false, domain: false });
// The root's children by ASCII code, in an array: every word start of a text looks there first.
const ROOT_ASCII: Array<TrieNode | undefined> = Array.from({ length: 128 }, (_, c) => ROOT.next.get(c));
// Perf: below the root most nodes have a few children, and a scan of a small array of codes costs
// less than a map lookup; a node with many children (the first letters of names) also keeps them
// by ASCII code in an array. Children are kept in the map's order (childOf needs no order).
const PACKED_SCAN = 8;
function packTrie(node: TrieNode): void {
  node.codes = Uint16Array.from(node.next.keys());
  node.kids = [...node.next.values()];
  if (node.next.size > PACKED_SCAN) node.ascii = Array.from({ length: 128 }, (_, c) => node.next.get(c));
  for (const kid of node.kids) packTrie(kid);
}
packTrie(ROOT);

/** The child of `node` for the folded unit `ch` (what node.next.get(ch) says). */
function childOf(node: TrieNode, ch: number): TrieNode | undefined {
  const ascii = node.ascii;
  if (ascii !== null) return ch < 128 ? ascii[ch] : node.next.get(ch);
  const codes = node.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === ch) return node.kids[k];
  return undefined;
}

// Both tests by the unit at an offset, read as a code: the scan below asks them at every
// position of the text, and a one-character string per non-ASCII unit cost more than the test.
const wordUnits = new Map<number, boolean>();

/** ASCII letters and digits (isWordAt's answer for an ASCII unit). */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0));

/** The unit at `k` is a letter or a digit (false outside the text). */
function isWordAt(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return false;
  const code = text.charCodeAt(k);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  let w = wordUnits.get(code);
  if (w === undefined) {
    w = WORD_CHAR.test(String.fromCharCode(code));
    if (wordUnits.size < 8192) wordUnits.set(code, w);
  }
  return w;
}

/** The unit at `k` is in a script written without spaces (false outside the text). */
function noSpaceScriptAt(text: string, k: number): boolean {
  if (k < 0 || k >= text.length) return false;
  const c = text.charCodeAt(k);
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Every registry name in `text`, leftmost-longest and non-overlapping. A walk starts only at a word
 * start (or at any character of a script written without spaces) and is bounded by the longest
 * alias, so the cost stays linear in the text length. Stops after `limit` hits.
 */
export function findAliases(text: string, folded: string | Uint16Array = foldCodes(text), limit = Infinity): AliasHit[] {
  const hits: AliasHit[] = [];
  const n = text.length;
  const f = typeof folded === 'string' ? Uint16Array.from({ length: folded.length }, (_, k) => folded.charCodeAt(k)) : folded;
  let i = 0;
  while (i < n && hits.length < limit) {
    // (Perf: inside a run of ASCII letters and digits, the common case, with no calls.)
    const c = text.charCodeAt(i);
    const b = i > 0 ? text.charCodeAt(i - 1) : 128;
    if (c < 128 && b < 128 && ASCII_WORD[c] === 1 && ASCII_WORD[b] === 1) {
      i++;
      continue;
    }
    if (f[i] === SPACE || (isWordAt(text, i - 1) && isWordAt(text, i) && !noSpaceScriptAt(text, i))) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = ROOT;
    let j = i;
    let best: AliasHit | null = null;
    while (j < n && node) {
      const ch = f[j] as number;
      if (ch === SPACE && f[j - 1] === SPACE && j > i) {
        j++;
        continue;
      }
      node = node === ROOT && ch < 128 ? ROOT_ASCII[ch] : childOf(node, ch);
      if (!node) break;
      j++;
      if (node.entries) {
        const boundary = !isWordAt(text, j) || !isWordAt(text, j - 1) || noSpaceScriptAt(text, j - 1) || noSpaceScriptAt(text, j);
        if (boundary) {
          const slice = caseKey(text.slice(i, j));
          const entries = node.entries.filter((e) => !e.caseSensitive || caseKey(e.alias) === slice);
          if (entries.length > 0) best = { start: i, end: j, entries };
        }
      }
    }
    if (best) {
      hits.push(best);
      i = best.end;
    } else i++;
  }
  return hits;
}

import type { Block, Sentence } from './types.ts';

// Intl.Segmenter (ICU, UAX #29) splits after every "period + space + capital". News copy is full of
// abbreviations that are not sentence ends ("Sen. Warren", "Aug. 18", "U.S. officials"), so a
// split is undone when the left piece ends in one of these. Lower-case keys, without the dot.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt',
  'cmdr', 'adm', 'pres', 'sec', 'amb', 'rev', 'hon', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'nos',
  'vol', 'fig', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'est', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'etc', 'cf', 'al', 'ca', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m',
  'ariz', 'calif', 'colo', 'conn', 'fla', 'ill', 'ind', 'kan', 'mass', 'mich', 'minn', 'miss',
  'nev', 'okla', 'ore', 'penn', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis', 'n.h', 'n.y', 'n.j',
  'n.c', 's.c', 'n.d', 's.d', 'r.i', 'w.va',
]);

// The last word before a trailing period, e.g. "…told Sen." → "sen"; "U.S." → "u.s".
const TRAILING_WORD = /([A-Za-z][A-Za-z.]{0,6})\.\s*$/;
// A lone initial such as "John F. Kennedy".
const TRAILING_INITIAL = /(?:^|[\s(])[A-Z]\.\s*$/;

let segmenter: Intl.Segmenter | null = null;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

// Both patterns only look at the last few characters before the trailing white space (the word is
// at most 7 characters plus its period). Reading just that tail keeps a run of merged pieces
// ("A. B. C. …" a megabyte long) linear: testing the whole growing piece each time was quadratic.
const TAIL_CHARS = 10;

function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  const tail = text.slice(Math.max(start, e - TAIL_CHARS), e);
  if (TRAILING_INITIAL.test(tail)) return true;
  const m = TRAILING_WORD.exec(tail);
  return m !== null && m[1] !== undefined && ABBREVIATIONS.has(m[1].toLowerCase());
}

// Footnote markers belong to the sentence they cite: "…in 2010.[12] Next" is split by ICU after
// the "[", and "…in 2010. [12] Next" or "…2010.¹² Next" before the marker. Wikipedia's style
// (MOS:REFPUNCT) puts the marker right after the punctuation, so the marker, and any run of them,
// is moved back to the sentence before. Bounded: a marker is at most 40 characters inside brackets.
const MARKER_RUN = /^\s*(?:\[[^[\]\n]{1,40}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)+/u;
const OPEN_MARKER_TAIL = /^[^[\]\n]{1,40}\]/u;

/** Where the next sentence really starts, given the segmenter's boundary `b`. */
function pastMarkers(text: string, b: number): number {
  let at = b;
  // ICU split inside the brackets: "…2010.[" | "12] Next".
  if (text[at - 1] === '[') {
    const m = OPEN_MARKER_TAIL.exec(text.slice(at, at + 42));
    if (!m) return b;
    at += m[0].length;
  }
  const run = MARKER_RUN.exec(text.slice(at, at + 400));
  if (run) at += run[0].length;
  return at;
}

/** Splits one block into sentences; offsets are UTF-16 offsets into `block.text`. */
export function segmentBlock(block: Block): Sentence[] {
  const spans: number[] = [];
  for (const seg of getSegmenter().segment(block.text)) spans.push(seg.index, seg.index + seg.segment.length);
  return fromSegments(block, spans);
}

/**
 * `segmentBlock` of every block, with one segmenter pass over the blocks' texts joined by line
 * feeds: each call to the segmenter has a fixed cost larger than reading a paragraph, and an article
 * has dozens of blocks. A line feed is a paragraph separator, after which UAX #29 always breaks
 * (rule SB4) and past which no rule looks (SB8 stops at it, as at the end of the text), so every
 * block is split as on its own; the separator joins the last segment of its block and is cut off.
 * Should a segment ever run across a separator, every block is segmented on its own instead.
 */
export function segmentBlocks(blocks: readonly Block[]): Sentence[][] {
  if (blocks.length <= 1) return blocks.map(segmentBlock);
  const joined = blocks.map((b) => b.text).join('\n');
  const spans: number[][] = blocks.map(() => []);
  let k = 0;
  let from = 0;
  // The block's text and its separator: [from, to].
  let to = (blocks[0] as Block).text.length;
  for (const seg of getSegmenter().segment(joined)) {
    while (seg.index > to) {
      k++;
      from = to + 1;
      to = from + (blocks[k] as Block).text.length;
    }
    const end = seg.index + seg.segment.length;
    if (end > to + 1) return blocks.map(segmentBlock);
    const e = Math.min(end, to) - from;
    if (e > seg.index - from) (spans[k] as number[]).push(seg.index - from, e);
  }
  return blocks.map((b, i) => fromSegments(b, spans[i] as number[]));
}

/** Sentences from the segmenter's pieces of the block (`spans`: start, end, start, end, …). */
function fromSegments(block: Block, spans: readonly number[]): Sentence[] {
  const text = block.text;
  const out: Sentence[] = [];
  let pendingStart = -1;
  let carried = -1;
  for (let p = 0; p < spans.length; p += 2) {
    const segIndex = spans[p] as number;
    const segEnd = spans[p + 1] as number;
    if (carried >= segEnd) continue;
    const start = pendingStart >= 0 ? pendingStart : Math.max(segIndex, carried);
    const end = segEnd < text.length ? pastMarkers(text, segEnd) : segEnd;
    if (end < text.length && endsWithAbbreviation(text, start, end)) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    carried = end;
    pushTrimmed(out, block.id, text, start, end);
  }
  if (pendingStart >= 0) pushTrimmed(out, block.id, text, pendingStart, text.length);
  return out;
}

function pushTrimmed(out: Sentence[], blockId: number, text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ blockId, index: out.length, start: s, end: e, text: text.slice(s, e) });
}

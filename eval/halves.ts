// Tune and check halves of every dev set, split by document (an article, a page, a Wikipedia
// article, a source document), never by sentence: sentences of one document share a writer, a
// topic and a house style, so a rule read off one of them would look good on its neighbours.
//
// The split is a fixed hash of the document key, so it is the same on every machine and in
// every script (the evaluation, the training scripts, the error listings). Read errors on the
// tune half only (`npm run eval -- --errors SET --half tune`); the check half is read as numbers.
export type Half = 'tune' | 'check';
export const HALVES: readonly Half[] = ['tune', 'check'];

// Changing the salt re-draws every split: never change it to make a figure look better.
const SALT = 'sourcelight-halves-v1';

/** FNV-1a, 32 bits, over UTF-16 code units: small, stable, no dependency. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The half a document belongs to. */
export function halfOf(docKey: string): Half {
  // The top bit: FNV's low bits are weak on keys that differ only in their last characters.
  return fnv1a(`${SALT}\u0000${docKey}`) >>> 31 === 0 ? 'tune' : 'check';
}

/** True when the document is in the wanted half (or when no half is wanted). */
export function inHalf(docKey: string, half: Half | undefined): boolean {
  return half === undefined || halfOf(docKey) === half;
}

/**
 * One of `k` folds of a document, for cross-validation inside the tune half (training scripts
 * choose their settings there, so the check half stays untouched). Its own salt: the folds are
 * independent of the halves.
 */
export function foldOf(docKey: string, k: number, repeat = 0): number {
  // Repeat 0 keeps the original salt; each further repeat of a repeated cross-validation draws an
  // independent assignment of documents to folds.
  const salt = repeat === 0 ? 'sourcelight-folds-v1' : `sourcelight-folds-v1-r${repeat}`;
  return fnv1a(`${salt}\u0000${docKey}`) % k;
}

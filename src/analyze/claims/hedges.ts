import { type Tok, findAll, matchAt } from './tokens.ts';
import { DEFINITE, DEGREE_BEFORE, GENERIC_GROUP, HEDGE_EPISTEMIC_INDEX, HEDGE_GENERAL_INDEX, HEDGE_QUANT, HEDGE_QUANT_PHRASE_INDEX, HEDGE_REPUTATION_INDEX, HUMAN_GROUP, MEASURE_NOUN, PP_BREAK } from './words.ts';
import { type SentenceInfo } from './attribution.ts';
import { type Draft } from './draft.ts';
import { NUMBER_WORDS, isNumberTok } from './constructions.ts';

// ── Hedges and weasel words in the article's own voice ──────────────────────────────────────────
//
// Wikipedia's weasel and hedge words ("some historians", "probably", "a number of", "well known")
// are read only where the article speaks for itself. In news the same words mostly sit inside
// attributed speech, where they are the speaker's; and a news writer's hedged forecast ("will
// probably", "is unlikely to move") is analysis, not a hidden source. All low severity.
// Every finding from here carries details.hedge: hidden by default and never in the verdict
// (issue 15: hedges are not claims; the corpus guideline, "Other genres": hedged analysis and
// quantifiers about things are not vague sourcing). A reader can opt in to see them.

/** First and second person: a writer speaking as "I", "we" or "you" owns the hedge openly (columns, letters, speeches). */
export const PERSONAL = new Set(['i', 'we', 'you', 'your', 'our', 'us', 'my', 'me', "i'm", "we're", "you're", "we've", "you've", "i've", "let's"]);
/** "many of you", "several of them", "some of these": a part of a set already known. */
export const PARTITIVE_KNOWN = new Set(['you', 'us', 'them', 'these', 'those', 'which', 'whom', 'it', 'this', 'that', 'our', 'your']);
/** Where "others" is the subject of its clause ("…, others argue"), not an object ("to others"). */
export const SUBJECT_OPENERS = new Set([',', ';', ':', '—', '–', 'and', 'but', 'while', 'whereas', 'though', 'although', 'yet', 'still', 'where']);
/** Future and counterfactual modals: a hedged forecast ("will probably", "probably could have") is analysis. */
export const PREDICTION_MODALS = new Set(['will', 'would', 'could', "won't", "wouldn't", "couldn't", 'can', "can't", 'should', "'ll", 'going']);
// Superlatives for "one of the earliest"; the words below end in -est without being one. (Linear: one class, one quantifier.)
export const SUPERLATIVE = /^[a-z]{3,}est$/;
export const NOT_SUPERLATIVE = new Set(['interest', 'honest', 'modest', 'forest', 'protest', 'request', 'harvest', 'contest', 'manifest', 'suggest', 'conquest', 'earnest', 'arrest', 'unrest', 'midwest', 'southwest', 'northwest', 'digest', 'invest']);

/**
 * The article's own voice: no source of its own (named or not), none carried over from the
 * sentence before, not a quotation's continuation, no first or second person.
 */
export function ownVoice(info: SentenceInfo, prev: SentenceInfo | null): boolean {
  if (info.quoteContinuation || info.attributed || info.mentions.length > 0) return false;
  if (prev !== null && (prev.attributed || prev.mentions.length > 0)) return false;
  return !info.personal;
}

export function isPrediction(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = Math.max(0, from - 2); k <= Math.min(toks.length - 1, to + 2); k++) if (PREDICTION_MODALS.has(toks[k]?.l ?? '')) return true;
  // "is unlikely to move" forecasts; "is likely to have been" speculates about the past.
  const last = toks[to]?.l;
  if ((last === 'likely' || last === 'unlikely') && toks[to + 1]?.l === 'to') return toks[to + 2]?.l !== 'have' && toks[to + 2]?.l !== 'be';
  return false;
}

export function flagHedges(toks: readonly Tok[], text: string): Draft[] {
  const out: Draft[] = [];
  const span = (from: number, to: number): [number, number] => [(toks[from] as Tok).s, (toks[to] as Tok).e];
  const add = (from: number, to: number, id: string, what: (cue: string) => string): void => {
    const [s, e] = span(from, to);
    const cue = text.slice(s, e);
    out.push({ rule: `claim/hedge-${id}`, start: s, end: e, severity: 'low', reason: what(cue), attribution: 'vague', cue, hedge: true });
  };
  for (const [index, id, what] of [
    [HEDGE_EPISTEMIC_INDEX, 'epistemic', 'hedges a claim the text makes in its own voice, without saying on whose evidence'],
    [HEDGE_GENERAL_INDEX, 'general', 'generalises with no count or source'],
    [HEDGE_REPUTATION_INDEX, 'reputation', 'claims a standing nobody measured or attributed'],
  ] as const) {
    for (const hit of findAll(toks, index)) {
      if (toks[hit.from]?.q) continue;
      if (id === 'epistemic' && isPrediction(toks, hit.from, hit.to)) continue;
      add(hit.from, hit.to, id, (cue) => `"${cue}" ${what}.`);
    }
  }
  // "one of his most popular songs", "one of the earliest": a ranking with no measure.
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i]?.l !== 'one' || toks[i + 1]?.l !== 'of' || toks[i]?.q) continue;
    const det = toks[i + 2] as Tok;
    const adj = toks[i + 3] as Tok;
    const superlative = adj.l === 'most' || adj.l === 'best' || (SUPERLATIVE.test(adj.l) && !NOT_SUPERLATIVE.has(adj.l));
    if (!(DEFINITE.has(det.l) || det.l.endsWith("'s")) || !superlative) continue;
    add(i, i + 3, 'peacock', (cue) => `"${cue}" ranks something with no measure or source.`);
  }
  // "some scholars", "many species", "a number of critics", "…, others argue".
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.q) continue;
    let to = i + 1;
    const phrase = matchAt(toks, i, HEDGE_QUANT_PHRASE_INDEX);
    if (phrase) to = i + phrase.words.length;
    else if (!HEDGE_QUANT.has(t.l)) continue;
    const next = toks[to];
    const prevTok = toks[i - 1];
    // "some 200", "many more", "a few", "how many", "her many trips": a number, a degree, or a known set.
    if (!next || isNumberTok(next) || NUMBER_WORDS.has(next.l) || next.l === 'more' || next.l === 'less' || next.l === 'fewer') continue;
    if (prevTok && (DEGREE_BEFORE.has(prevTok.l) || DEFINITE.has(prevTok.l) || prevTok.l.endsWith("'s"))) continue;
    if (t.l === 'few' && prevTok?.l === 'a') continue;
    if (next.l === 'of') {
      const after = toks[to + 1];
      if (!after || PARTITIVE_KNOWN.has(after.l) || isNumberTok(after) || (after.l === 'the' && isNumberTok(toks[to + 2]))) continue;
      // "many of the delegates": part of a group the text already has in view (as speakers, the source rules read them).
      const noun = toks[to + 2];
      if (DEFINITE.has(after.l) && noun && (HUMAN_GROUP.has(noun.l) || GENERIC_GROUP.has(noun.l))) continue;
    }
    // "several times", "for many years", "to some extent": a measure of time or manner.
    if (MEASURE_NOUN.has(next.l)) continue;
    let human: boolean;
    if (t.l === 'others') {
      const subject = !prevTok || SUBJECT_OPENERS.has(prevTok.l) || SUBJECT_OPENERS.has(prevTok.t);
      human = prevTok?.l === 'among' || (subject && next.word && !PP_BREAK.has(next.l) && next.l !== 'as');
      if (!human) continue;
    } else {
      human = HUMAN_GROUP.has(next.l);
    }
    // "most historians" is a weasel; "most of the route" is not.
    if (t.l === 'most' && !human) continue;
    add(i, Math.min(toks.length - 1, to), human ? 'weasel' : 'quantifier', (cue) => (human ? `"${cue}" stands in for people nobody named.` : `"${cue}" stands in for a number nobody gave.`));
  }
  return out;
}

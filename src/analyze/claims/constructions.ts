// Constructions that carry a claim without a source (figures, impersonal "it is said that",
// unnamed evidence) and the extent of the claim a source stands behind.
import { IS_DIGIT, type Tok, isQuoteTok } from './tokens.ts';
import { BE_FORMS, CONTRACTED_AUX, DEFINITE, HAVE_FORMS, PARTICIPLES, PERCEIVED_AS, REPORT_NOUNS, SHELL_LINKS } from './words.ts';

const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'do', 'does', 'did']);
const NEW_SUBJECT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);
import { isAdverb } from './attribution.ts';

export const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'hundreds', 'tens', 'several']);

export function isNumberTok(t: Tok | undefined): boolean {
  return !!t && IS_DIGIT.test(t.t);
}

/** A measured figure: 49.9 percent, 5.3%, $5.2 billion, 137 million. */
export function findStatistic(toks: readonly Tok[]): number {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.t === '$' || t.t === '£' || t.t === '€') && isNumberTok(toks[i + 1])) return i;
    if (NUMBER_WORDS.has(t.l) && (toks[i + 1]?.l === 'million' || toks[i + 1]?.l === 'billion')) return i;
    if (!isNumberTok(t)) continue;
    let k = i + 1;
    if (toks[k]?.t === '.' && isNumberTok(toks[k + 1])) k += 2;
    const next = toks[k];
    if (!next) continue;
    if (next.t === '%' || next.l === 'percent' || (next.l === 'per' && toks[k + 1]?.l === 'cent')) return i;
    if (next.l === 'million' || next.l === 'billion' || next.l === 'trillion' || next.l === 'dollars') return i;
  }
  return -1;
}

const ACTS_ON_RECORD = new Set(['announced', 'decided', 'resolved', 'ruled', 'ordered', 'enacted', 'decreed']);
const ADVICE_PARTICIPLES = new Set(['recommended', 'advised', 'suggested', 'encouraged', 'required', 'requested']);

export const HEDGE_ADVERBS = new Set(['widely', 'often', 'generally', 'commonly', 'also', 'now', 'long', 'sometimes', 'frequently', 'increasingly']);

/**
 * "it is said that", "it was widely believed that", "it has been suggested that": an impersonal
 * passive of a verb of saying or thinking with no agent (Wikipedia MOS:WEASEL, "it is said";
 * corpus guideline 3.3, agentless constructions). Grammar, not a phrase list: any participle.
 */
export function agentlessItThat(toks: readonly Tok[]): Array<{ from: number; to: number; entry: { id: string } }> {
  const out: Array<{ from: number; to: number; entry: { id: string } }> = [];
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i]?.l !== 'it' && toks[i]?.l !== "it's") continue;
    let k = toks[i]?.l === "it's" ? i + 1 : i + 1;
    if (toks[i]?.l === 'it') {
      if (!BE_FORMS.has(toks[k]?.l ?? '') && !HAVE_FORMS.has(toks[k]?.l ?? '')) continue;
      k++;
    }
    // "it has been said that" is passive; "it had held that" is an active perfect whose "it" is a
    // real subject (a country, a court), so after a form of "have" only "been" continues.
    if (HAVE_FORMS.has(toks[k - 1]?.l ?? '') && toks[k]?.l !== 'been') continue;
    if (toks[k]?.l === 'been') k++;
    while (k < toks.length && HEDGE_ADVERBS.has(toks[k]?.l ?? '')) k++;
    const part = toks[k];
    if (!part || !(PARTICIPLES.has(part.l) || (part.l.endsWith('ed') && part.l.length > 4))) continue;
    if (toks[k + 1]?.l !== 'that') continue;
    // "It was announced that…", "it was decided that…": an announcement is an act on the record and a
    // decision an act, not a claim whose holder is hidden (corpus guideline 8: what was announced on
    // the record is not flagged; MOS:WEASEL is about who says or thinks).
    if (ACTS_ON_RECORD.has(part.l)) continue;
    // "It is recommended that you restart the router": advice to the reader is an instruction
    // (guideline 8: technical instructions and how-tos report nothing), not a claim without a source.
    if (ADVICE_PARTICIPLES.has(part.l) && (toks[k + 2]?.l === 'you' || toks[k + 2]?.l === 'readers' || toks[k + 2]?.l === 'users')) continue;
    out.push({ from: i, to: k, entry: { id: 'it-is-said' } });
  }
  return out;
}

const REDUCED_ADVERBS = new Set([...HEDGE_ADVERBS, 'largely', 'broadly', 'universally', 'still', 'never', 'ever']);
const COMPARATIVE_AS = new Set(['many', 'much', 'far', 'well', 'long', 'soon', 'early', 'late', 'recently', 'often', 'good', 'bad', 'big', 'little', 'few', 'if', 'though']);

/**
 * The same passive reduced to its participle (a past-participial relative or a fronted participle:
 * Huddleston & Pullum, The Cambridge Grammar of the English Language, 2002): "a decision seen as a
 * concession", "…, widely regarded as the favourite", "Hailed as a cure, the drug …". No form of
 * "be", "have" or "get" stands before the participle (that is the full passive, matched in the
 * lexicon, or an active perfect: "we have seen as many"), and "as" does not open a comparison.
 */
export function reducedAgentless(toks: readonly Tok[]): Array<{ from: number; to: number; entry: { id: string } }> {
  const out: Array<{ from: number; to: number; entry: { id: string } }> = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const part = toks[i] as Tok;
    if (!PERCEIVED_AS.has(part.l) || toks[i + 1]?.l !== 'as') continue;
    if (COMPARATIVE_AS.has(toks[i + 2]?.l ?? '')) continue;
    let k = i - 1;
    while (k >= 0 && toks[k]?.word && REDUCED_ADVERBS.has(toks[k]?.l ?? '')) k--;
    const left = toks[k];
    if (left?.word && (BE_FORMS.has(left.l) || HAVE_FORMS.has(left.l) || CONTRACTED_AUX.test(left.l) || left.l === 'not')) continue;
    out.push({ from: k + 1, to: i + 1, entry: { id: 'agentless' } });
  }
  return out;
}

export const EVIDENCE_NOUNS = new Set(['polls', 'surveys', 'studies', 'research', 'reports', 'estimates', 'analyses', 'science', 'evidence', 'leaks']);
export const EVIDENCE_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'showing', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'find', 'finds', 'found', 'say', 'says', 'said', 'claim', 'claims', 'put', 'have', 'has', 'had', 'continue', 'continued', 'consistently', 'repeatedly']);

/**
 * Token indexes of unnamed evidence nouns used as a source: "polls show", "several studies
 * suggest", "according to surveys". Not when a determiner or a name makes them specific ("the
 * polls", "a Gallup poll", "Pew's surveys").
 */
const BARE_EVIDENCE = new Set(['science', 'evidence']);
const SHOWING_VERBS = new Set(['show', 'shows', 'showed', 'shown', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'says', 'said', 'tells', 'proves', 'proved', 'proven', 'points']);
const EVIDENCE_BRIDGE = new Set(['continue', 'continues', 'continued', 'continuing', 'to', 'have', 'has', 'had', 'also', 'still', 'now', 'long', 'all', 'repeatedly', 'often']);

export function unnamedEvidence(toks: readonly Tok[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!EVIDENCE_NOUNS.has(t.l)) continue;
    // The verb may follow an adverb or an aspect verb: "polls consistently show", "surveys
    // continue to find", "studies have long suggested".
    let v = i + 1;
    while (v < i + 4 && toks[v] && (EVIDENCE_BRIDGE.has(toks[v]?.l ?? '') || isAdverb(toks[v] as Tok))) v++;
    // "Science" and "evidence" name no study at all (MOS:WEASEL: "science says"); they count only
    // with a verb of showing or saying ("evidence suggests", not "science has grown").
    const asSubject = BARE_EVIDENCE.has(t.l) ? SHOWING_VERBS.has(toks[v]?.l ?? '') : EVIDENCE_VERBS.has(toks[i + 1]?.l ?? '') || EVIDENCE_VERBS.has(toks[v]?.l ?? '');
    const asSource = toks[i - 1]?.l === 'to' && toks[i - 2]?.l === 'according';
    if (!asSubject && !asSource) continue;
    // Specific when a determiner or a name sits in its noun phrase, or a name across "of" ("the
    // Gazette's average of polls").
    let specific = false;
    let crossed = false;
    for (let k = i - 1; k >= Math.max(0, i - (crossed ? 7 : 3)); k--) {
      const p = toks[k] as Tok;
      if (!p.word) break;
      // Past "of", only a name makes it specific: "the results of surveys" still names none.
      if ((!crossed && DEFINITE.has(p.l)) || p.l.endsWith("'s") || (p.cap && k > 0)) specific = true;
      if (p.l === 'to') break;
      if (p.l === 'of') {
        if (crossed) break;
        crossed = true;
      }
    }
    if (!specific) out.push(i);
  }
  return out;
}

/** Span of the clause around token i: from a relative pronoun or clause start to the next break. */
/** The closing quote of a quoted term of at most five words opening at toks[q], or -1. */
function shortQuoteEnd(toks: readonly Tok[], q: number): number {
  if (!toks[q + 1]?.word) return -1;
  for (let k = q + 1; k < toks.length && k <= q + 6; k++) {
    const t = toks[k] as Tok;
    if (isQuoteTok(t)) return k > q + 1 && toks[k + 1]?.t !== ',' ? k : -1;
    if (!t.word && t.t !== '-' && t.t !== "'" && t.t !== '’') return -1;
  }
  return -1;
}

export function clauseSpan(toks: readonly Tok[], i: number): [number, number] {
  let a = i;
  while (a > 0) {
    const p = toks[a - 1] as Tok;
    if (p.t === ',' || p.t === ';' || p.t === '—' || p.t === '–' || p.t === ':' || isQuoteTok(p)) break;
    a--;
    if (p.l === 'that' || p.l === 'which' || p.l === 'who') break;
  }
  // A clause joined by "and"/"but"/"or" starts after the conjunction.
  while (a < i && (toks[a]?.l === 'and' || toks[a]?.l === 'but' || toks[a]?.l === 'or')) a++;
  // Two clauses joined by "and"/"but" with no comma ("His father was a farmer and the minister is
  // expected to…"): when the words before the conjunction hold a verb of their own and a new
  // subject follows it, the clause the cue sits in starts after the conjunction.
  let finite = false;
  for (let k = a; k < i; k++) {
    const t = toks[k] as Tok;
    if (FINITE.has(t.l) || (t.l.length > 4 && t.l.endsWith('ed'))) finite = true;
    if (finite && (t.l === 'and' || t.l === 'but') && k + 1 < i && NEW_SUBJECT.has(toks[k + 1]?.l ?? '')) {
      a = k + 1;
      finite = false;
    }
  }
  let b = i;
  while (b < toks.length - 1) {
    const n = toks[b + 1] as Tok;
    const decimal = (n.t === '.' || n.t === ',') && isNumberTok(toks[b]) && isNumberTok(toks[b + 2]) && toks[b + 2]?.s === n.e;
    // A short quoted term inside the clause (scare quotes: a “lone wolf” was seen) is part of it.
    if (isQuoteTok(n)) {
      const close = shortQuoteEnd(toks, b + 1);
      if (close > 0) {
        b = close;
        continue;
      }
    }
    if (!decimal && (n.t === ',' || n.t === ';' || n.t === '—' || n.t === '–' || n.t === '.' || n.t === '(' || isQuoteTok(n))) break;
    b++;
  }
  return [a, b];
}

/**
 * Whether the words after a verb of saying are only its tag: an addressee, a time, a place or a
 * manner ("told Reuters on Tuesday", "said in an interview"), not a clause it introduces.
 */
function tagOnly(toks: readonly Tok[], verb: number, end: number): boolean {
  let words = 0;
  for (let k = verb + 1; k <= end; k++) {
    const t = toks[k] as Tok;
    if (t.l === 'that' || t.t === ':' || isQuoteTok(t)) return false;
    if (t.word && ++words > 7) return false;
  }
  return true;
}

/**
 * The claim a source phrase stands behind (issue 15: the highlight is the claim): the source and
 * its verb with the clause it introduces ("Critics say the levy will fail"), or, for "…, critics
 * say" and "according to critics, …", the sentence's claim before or after it. Stops at a
 * semicolon, a dash or the sentence end; never a fixed number of words.
 */
export function claimExtent(toks: readonly Tok[], from: number, to: number, verb: number): [number, number] {
  const stop = (t: Tok | undefined): boolean => !!t && (t.t === ';' || t.t === '—' || t.t === '–');
  const trimEnd = (b: number): number => {
    let e = b;
    while (e > from && toks[e] && !toks[e]?.word && !isQuoteTok(toks[e] as Tok)) e--;
    return e;
  };
  if (verb >= 0 && verb > to) {
    let b = verb;
    while (b + 1 < toks.length && !stop(toks[b + 1])) b++;
    // "“The ferry will be late,” a pilot predicted": the claim is the quotation before the speaker.
    let a = from;
    const closing = toks[from - 1]?.t === ',' ? from - 2 : from - 1;
    if (closing >= 0 && isQuoteTok(toks[closing] as Tok) && closing < from) {
      a = closing;
      while (a > 0 && !stop(toks[a - 1])) a--;
    } else if (toks[from - 1]?.t === ',' && tagOnly(toks, verb, b)) {
      // "The talks have collapsed, a source said.": the same claim as a paraphrase. The source and
      // its verb close the clause (no "that", no clause of their own after them), so what they
      // stand behind is what comes before the comma.
      a = from - 1;
      while (a > 0 && !stop(toks[a - 1])) a--;
    }
    return [a, trimEnd(b)];
  }
  // Inversion or "according to": the claim is the rest of the clause around the source.
  let a = from;
  while (a > 0 && !stop(toks[a - 1])) a--;
  let b = to;
  while (b + 1 < toks.length && !stop(toks[b + 1])) b++;
  return [a, trimEnd(b)];
}

export function quoteCue(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/**
 * Whether a loaded word at toks[from..to] is mentioned rather than used: inside quotation marks of its
 * own ("a “rigged” vote", scare quotes that hand the word back to whoever said it), or in what a
 * shell noun of saying reports ("their talk about rigged elections", "his contention that it is
 * propaganda"). Either way the accusation is someone else's, which the sentence reports.
 */
export function mentionedNotUsed(toks: readonly Tok[], from: number, to: number): boolean {
  let open = false;
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const t = toks[k] as Tok;
    if (isQuoteTok(t)) {
      open = true;
      break;
    }
    if (!t.word && t.t !== '-') break;
  }
  if (open) {
    for (let k = to + 1; k < toks.length && k <= to + 4; k++) {
      const t = toks[k] as Tok;
      if (isQuoteTok(t)) return true;
      if (!t.word && t.t !== '-' && t.t !== '.' && t.t !== ',') break;
    }
  }
  for (let k = from - 1; k >= 1 && k >= from - 8; k--) {
    const t = toks[k] as Tok;
    if (!t.word) break;
    if (SHELL_LINKS.has(t.l) && REPORT_NOUNS.has(toks[k - 1]?.l ?? '')) return true;
  }
  return false;
}

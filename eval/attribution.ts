// Telling a named source from a pronoun, anonymous, vague or collective one, using PolNeAR's gold
// Source spans. PolNeAR marks *where* the source is, not *what kind* it is, and its
// `source_kind_derived` field is automatic (it calls "Trump" descriptive), so the harness derives
// the kind itself, conservatively: a sentence enters the "named source" negatives only when every
// in-sentence Source span clearly names someone. The rule (also in eval/README.md):
//
//   1. Capitalisation lexicon: over all sentences of the set, a word counts as a proper-name word
//      when it is written capitalised more often than lower-case at positions that are not
//      sentence-initial (so "Trump", "Reuters" are names; "Officials", "The" are not).
//   2. A span is `pronoun` when all its words are pronouns or determiners ("he", "they", "his").
//   3. A span is `named` when it contains a name word (written capitalised in the span) that is
//      not a title ("President", "Sen.") or a group name ("Republicans", "Democrats", "GOP"), and it
//      contains no word that makes a source anonymous, vague or collective ("officials", "some",
//      "critics", "sources", "aides", "campaign", "administration", "White House"…).
//   4. Anything else is `other` (descriptions such as "the report", "a senior official").
//
// A sentence is `named` when its PolNeAR label is `attributed` and all its in-sentence Source
// spans (at least one) are named; `pronoun` when they are all pronouns. Derived, not gold: the
// gold measure of the claims detector's false positives on named sources is source_vagueness.

export type SourceKind = 'named' | 'pronoun' | 'other';

const WORD_RE = /[\p{L}][\p{L}\p{M}'’.-]*/gu;

const PRONOUNS = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its',
  'they', 'them', 'their', 'theirs', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those',
  'himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself', 'the', 'a', 'an', 'both', 'each',
]);

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'president', 'senator', 'governor', 'secretary',
  'speaker', 'chairman', 'chairwoman', 'judge', 'justice', 'mayor', 'former', 'vice', 'first', 'lady',
  'the', 'a', 'an', 'and', 'of', 'but', 'in', 'on', 'as', 'at', 'for', 'by', 'to', 'with',
]);

const GROUP_NAMES = new Set([
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'gop', 'american', 'americans',
  'conservative', 'conservatives', 'liberal', 'liberals', 'progressive', 'progressives', 'evangelical',
  'evangelicals', 'christian', 'christians', 'muslim', 'muslims', 'catholic', 'catholics', 'latino',
  'latinos', 'hispanic', 'hispanics', 'black', 'white', 'european', 'europeans', 'british', 'chinese',
  'russian', 'russians', 'mexican', 'mexicans', 'senate', 'house', 'congress', 'congressional',
]);

// Words that make a source anonymous, vague or collective (any of them disqualifies the span).
const NOT_NAMED = new Set([
  'some', 'many', 'several', 'few', 'most', 'others', 'other', 'various', 'numerous', 'certain',
  'critics', 'critic', 'experts', 'expert', 'analysts', 'analyst', 'observers', 'commentators',
  'economists', 'pundits', 'strategists', 'sources', 'source', 'official', 'officials', 'aides', 'aide',
  'people', 'person', 'insiders', 'insider', 'associates', 'supporters', 'opponents', 'advocates',
  'allies', 'members', 'voters', 'residents', 'activists', 'leaders', 'lawmakers', 'someone', 'somebody',
  'everyone', 'everybody', 'nobody', 'campaign', 'administration', 'government', 'team', 'staff',
  'authorities', 'polls', 'poll', 'surveys', 'survey', 'reports', 'report', 'studies', 'study',
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'familiar',
]);

function words(text: string): string[] {
  return Array.from(text.matchAll(WORD_RE), (m) => m[0].replace(/[.'’-]+$/u, ''));
}

function isCapitalised(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Builds the capitalisation lexicon from running text (one string per sentence). */
export function buildNameLexicon(sentences: Iterable<string>): Set<string> {
  const cap = new Map<string, number>();
  const low = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.matchAll(WORD_RE)) {
      const before = s.slice(0, m.index).trimEnd();
      // Sentence-initial or after sentence punctuation / an opening quote: capitalisation says nothing.
      if (before === '' || /[.!?:;"“‘'(\u2014-]$/.test(before)) continue;
      const w = m[0].replace(/[.'’-]+$/u, '');
      const key = w.toLowerCase();
      if (isCapitalised(w)) cap.set(key, (cap.get(key) ?? 0) + 1);
      else low.set(key, (low.get(key) ?? 0) + 1);
    }
  }
  const names = new Set<string>();
  for (const [k, c] of cap) if (c > (low.get(k) ?? 0)) names.add(k);
  return names;
}

export function classifySourceSpan(text: string, names: ReadonlySet<string>): SourceKind {
  const ws = words(text);
  if (ws.length === 0) return 'other';
  const lower = ws.map((w) => w.toLowerCase());
  if (lower.every((w) => PRONOUNS.has(w))) return 'pronoun';
  if (lower.some((w) => NOT_NAMED.has(w))) return 'other';
  if (/\bwhite house\b/i.test(text)) return 'other';
  const hasName = ws.some((w, i) => {
    const k = lower[i] as string;
    return isCapitalised(w) && names.has(k) && !TITLES.has(k) && !GROUP_NAMES.has(k);
  });
  return hasName ? 'named' : 'other';
}

/** Sentence-level kind from its in-sentence Source spans (null when it has none). */
export function sentenceSourceKind(spanTexts: readonly string[], names: ReadonlySet<string>): SourceKind | null {
  if (spanTexts.length === 0) return null;
  const kinds = spanTexts.map((t) => classifySourceSpan(t, names));
  if (kinds.every((k) => k === 'named')) return 'named';
  if (kinds.every((k) => k === 'pronoun')) return 'pronoun';
  return 'other';
}

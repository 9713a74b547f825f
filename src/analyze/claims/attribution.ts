// The attribution pass: who speaks in a sentence. Reporting verbs and their subjects, inverted
// "…, said X", "according to X", and back-references; each source phrase classified as named,
// anonymous, vague, collective or a pronoun.
import type { AttributionKind, AttributionRecord, Sentence } from '../types.ts';
import { IS_DIGIT, type Tok, isQuoteTok, matchAt } from './tokens.ts';
import { isLexiconPersonNoun, isPersonNoun, parse } from '../language/index.ts';
import { CONTRACTED_AUX, LABELLED, PERCEIVED_AS, CAUSATIVE_VERBS, FOCUS_ADVERBS, GIVE_VERBS, OPINION_NOUNS, ABILITY_MODALS, CONDITIONAL, ADJ_SUFFIX, ANON_HEAD, AUX, BACKREF_GROUPS, BACKREF_HEAD, BE_FORMS, CLAUSE_STOP, COLLECTIVE_HEAD, DEFINITE, DEGREE_BEFORE, DISCERN_FOLLOW, EMOTION, OPEN_PRONOUN, QUANTITY_ADJECTIVES, QUANTITY_NOUNS, RELATIVE, GENERIC_FLAG_VERBS, GENERIC_GROUP, HEADLINE_WORD, INDEFINITE, MENTAL, NOT_A_SOURCE, NOUN_MARKERS, NOUN_OR_VERB, NP_STOP, PARTICIPLES, PARTITIVE_BACKREF, PP_BREAK, PRONOUN, PRONOUN_SUBJECT, PUBLIC_RECORD, QUANTIFIER, REASON_INDEX, REPORTING, SPEECH_INVERSION, IMPERATIVE_FORMS, SPOKES, STRONG_ANON, VAGUE_HEAD, VAGUE_PHRASE_INDEX, VERB_FOLLOW, WEEKDAYS } from './words.ts';

// ── Attribution pass ────────────────────────────────────────────────────────────────────────────

export type SourceKind = AttributionKind | 'pronoun';

export interface Mention {
  kind: SourceKind;
  /** Token range of the source phrase (cue). */
  from: number;
  to: number;
  /** Verb token index, or -1 for "according to". */
  verb: number;
  mental: boolean;
  /** "the mayor's spokeswoman", "a county judge": attributed on the record. */
  onRecord: boolean;
  /** The anonymous/vague head is a strong one (officials, sources) — not "a woman". */
  strong: boolean;
  /** A generic group with a modifier ("rugby fans", "members of the guild"). */
  modified?: boolean;
  /** Sits in the complement of a named source's verb ("Smith said officials…"): relayed. */
  relayed?: boolean;
}

export interface SentenceInfo {
  sentence: Sentence;
  toks: Tok[];
  mentions: Mention[];
  record: AttributionRecord;
  /** The whole sentence is speech inside a quotation carried from an earlier sentence. */
  quoteContinuation: boolean;
  attributed: boolean;
  /** A footnote marker or a reference citation ("(12)", "(Okafor, 2019)") cites the sentence. */
  cited: boolean;
  /** Ends with a full stop: prose, not a headline, link text or caption. */
  prose: boolean;
  /** Speaks as "I"/"we" or to "you" outside quotation marks. */
  personal: boolean;
}

export function joinTokens(toks: readonly Tok[], from: number, to: number, text: string, offset: number): string {
  const a = toks[from];
  const b = toks[to];
  if (!a || !b) return '';
  return text.slice(a.s - offset, b.e - offset);
}

export function isAdverb(t: Tok): boolean {
  return t.word && !t.cap && t.l.length > 4 && t.l.endsWith('ly') && !MENTAL.has(t.l);
}

const PERSONAL_CIRCLE: ReadonlySet<string> = new Set([
  'friend', 'friends', 'family', 'wife', 'husband', 'partner', 'kids', 'children', 'son', 'daughter', 'sons',
  'daughters', 'mother', 'mom', 'mum', 'father', 'dad', 'parents', 'brother', 'sister', 'brothers', 'sisters',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'roommate', 'roommates', 'boyfriend', 'girlfriend',
  'grandmother', 'grandfather', 'grandparents', 'doctor', 'dentist', 'therapist', 'cousin', 'cousins',
]);

const OWN_STAFF: ReadonlySet<string> = new Set(['expert', 'experts', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'writer', 'writers', 'reviewer', 'reviewers', 'tester', 'testers', 'critic', 'critics', 'analyst', 'analysts', 'staff', 'team', 'columnist', 'columnists', 'journalists', 'journalist']);

/**
 * The last word of a phrase's core, the part before a preposition, a relative clause, a comma, a
 * parenthesis or a dash: "Members | of the press", "officials | who spoke".
 */
function coreEndOf(toks: readonly Tok[], from: number, to: number): number {
  let coreEnd = to;
  for (let i = from + 1; i <= to; i++) {
    const t = toks[i] as Tok;
    // "close" and "familiar" break the phrase only as "close to" / "familiar with" ("a close friend"
    // keeps its head).
    const adjectiveOnly = (t.l === 'close' && toks[i + 1]?.l !== 'to') || (t.l === 'familiar' && toks[i + 1]?.l !== 'with');
    if ((PP_BREAK.has(t.l) && !adjectiveOnly) || t.t === ',' || t.t === '(' || t.t === '—' || t.t === '–') {
      coreEnd = i - 1;
      break;
    }
  }
  while (coreEnd > from && !toks[coreEnd]?.word) coreEnd--;
  return coreEnd;
}

/** Classifies a candidate source phrase toks[from..to]. */
export function classify(toks: readonly Tok[], from: number, to: number): Omit<Mention, 'verb' | 'mental'> | null {
  // Trim leading conjunctions/punctuation and trailing punctuation.
  while (from <= to && (!toks[from]?.word || toks[from]?.l === 'and' || toks[from]?.l === 'but')) from++;
  while (to >= from && !toks[to]?.word) to--;
  if (from > to) return null;
  const base = { from, to, onRecord: false, strong: false };
  const first = toks[from] as Tok;

  for (let i = from; i <= to; i++) {
    if (matchAt(toks, i, VAGUE_PHRASE_INDEX)) return { ...base, kind: 'vague', strong: true };
    // Corpus guideline 3.3: people "close to" or "familiar with" someone are a vague source,
    // whatever noun names them (sources, people, staff members, aides).
    const w = toks[i] as Tok;
    const next = toks[i + 1]?.l;
    if (i > from && ((w.l === 'close' && next === 'to') || (w.l === 'familiar' && next === 'with'))) {
      const h = toks[i - 1] as Tok;
      if (ANON_HEAD.has(h.l) || VAGUE_HEAD.has(h.l) || STRONG_ANON.has(h.l) || OPEN_PRONOUN.has(h.l)) return { ...base, kind: 'vague', strong: true };
    }
  }
  const coreEnd = coreEndOf(toks, from, to);
  const head = toks[coreEnd] as Tok;
  const prevOfHead = toks[coreEnd - 1];
  // Any proper name after the core (appositive, "by X", "at X") names the source.
  let properAfter = false;
  for (let i = coreEnd + 1; i <= to; i++) {
    const t = toks[i] as Tok;
    if (t.cap && !COLLECTIVE_HEAD.has(t.l) && toks[i - 1]?.t !== '“' && toks[i - 1]?.t !== '"') properAfter = true;
  }

  // "Those who know her", "someone who was there": an open-ended group or person described by a
  // relative clause stands in for a source (MOS:WEASEL; guideline 3.3, open-ended groups).
  if (coreEnd === from && OPEN_PRONOUN.has(first.l) && RELATIVE.has(toks[from + 1]?.l ?? '')) return { ...base, kind: 'vague', strong: true };
  // The same group described by a participle instead of a relative clause: "those opposing the
  // plan", "anyone following the case" (a reduced relative clause).
  if (OPEN_PRONOUN.has(first.l) && /^[a-z]{3,}ing$/.test(toks[from + 1]?.l ?? '')) return { ...base, kind: 'vague', strong: true };
  if (coreEnd === from && PRONOUN.has(first.l)) return { ...base, kind: 'pronoun' };
  // "Both men said", "both sides claim": "both" refers to a pair the text has already introduced
  // (a definite predeterminer: Quirk et al. 1985, 5.16; CGEL ch. 5), a back-reference like "the two men".
  if (first.l === 'both' && coreEnd > from) return { ...base, kind: 'named' };
  if (NOT_A_SOURCE.has(first.l) || (first.l === 'not' && toks[from + 1]?.l === 'everyone')) return null;
  // "a friend of mine", "a neighbour of ours": the writer's own circle, as "my friend" below.
  if (INDEFINITE.has(first.l) && PERSONAL_CIRCLE.has(head.l) && toks[coreEnd + 1]?.l === 'of' && (toks[coreEnd + 2]?.l === 'mine' || toks[coreEnd + 2]?.l === 'ours')) return null;
  if ((first.l === 'my' || first.l === 'our') && coreEnd === from + 1) {
    // "my friends agree", "my doctor told me": the writer's own circle is the writer's experience
    // (corpus guideline 8: personal essays and reviews are the author's own voice), not a hidden source.
    if (PERSONAL_CIRCLE.has(head.l)) return null;
    // "my sources say": the writer's unnamed sources are "sources" with no role (guideline 3.3:
    // vague), not a back-reference to sources named before.
    if (head.l === 'sources' || head.l === 'source') return { ...base, kind: 'vague', strong: true };
    // "our expert says", "our reviewers found": the publication speaking through its own staff
    // (guideline 3.3: the outlet or author is the source, `self`), on the record as the outlet.
    if (first.l === 'our' && OWN_STAFF.has(head.l)) return { ...base, kind: 'named', onRecord: true };
  }
  // Existential "there are people who…" says such people exist; it gives no one as a source.
  if (first.l === 'there' && BE_FORMS.has(toks[from + 1]?.l ?? '')) return null;
  // "Too many people", "so many fans", "how many voters": a degree, not a group given as a source.
  if (DEGREE_BEFORE.has(first.l) && QUANTIFIER.has(toks[from + 1]?.l ?? '')) return null;
  let reasonInside = false;
  for (let i = from; i <= to; i++) if (matchAt(toks, i, REASON_INDEX)) reasonInside = true;

  // "A number of analysts", "a growing number of economists", "a handful of aides": a quantity
  // word standing in for a count (CoNLL and MOS:WEASEL treat "a number of" as a weasel quantifier)
  // makes the group after "of" an indefinite, vague one when it is a group of people.
  if (INDEFINITE.has(first.l)) {
    let q = from + 1;
    if (toks[q] && !QUANTITY_NOUNS.has(toks[q]?.l ?? '') && QUANTITY_ADJECTIVES.has(toks[q]?.l ?? '')) q++;
    if (QUANTITY_NOUNS.has(toks[q]?.l ?? '') && toks[q + 1]?.l === 'of' && q + 2 <= to) {
      const inner = classify(toks, q + 2, to);
      const innerHead = toks[inner ? Math.min(inner.to, to) : q + 2]?.l ?? '';
      if (inner && (inner.kind === 'vague' || inner.kind === 'anonymous' || VAGUE_HEAD.has(innerHead) || GENERIC_GROUP.has(innerHead))) return { ...base, kind: 'vague', strong: true };
    }
  }
  // Quantified groups: "some officials", "many", "other senators". A number after "some" is an
  // approximation ("some 40 percent"), not a quantifier.
  if (QUANTIFIER.has(first.l) && !(toks[from + 1] && IS_DIGIT.test(toks[from + 1]?.t ?? ''))) {
    // "most" and "certain" quantify a group only before a people noun ("most observers", "certain
    // officials"); elsewhere they are degree words ("most likely", "certain to win").
    if (first.l === 'most' || first.l === 'certain') {
      // Bare "most" as the subject ("most feel that", MOS:WEASEL) stands for most people.
      // (After "be" it is the degree word: "what he is most excited about".)
      const bareMost = first.l === 'most' && from === to && !BE_FORMS.has(toks[from - 1]?.l ?? '') && !AUX.has(toks[from - 1]?.l ?? '');
      if (!bareMost && !(VAGUE_HEAD.has(head.l) || GENERIC_GROUP.has(head.l) || STRONG_ANON.has(head.l) || ANON_HEAD.has(head.l))) return null;
    }
    // "several of them", "some of those": a part of a group already identified.
    if (toks[from + 1]?.l === 'of' && PARTITIVE_BACKREF.has(toks[from + 2]?.l ?? '')) return { ...base, kind: 'named' };
    if (toks[from + 1]?.l === 'of' && DEFINITE.has(toks[from + 2]?.l ?? '') && first.l !== 'many' && first.l !== 'some') return { ...base, kind: 'named' };
    return { ...base, kind: 'vague', strong: true };
  }
  if (head.l === 'house' && prevOfHead?.l === 'white') return { ...base, kind: 'collective' };
  if (IS_DIGIT.test(head.t) && prevOfHead?.t === '-' && toks[coreEnd - 2]?.cap) return { ...base, kind: 'named' };

  const possessive = toks.slice(from, coreEnd).some((t) => t.l.endsWith("'s") || t.l === "'" || t.l === 'his' || t.l === 'her' || t.l === 'their');
  if (PUBLIC_RECORD.has(head.l)) return { ...base, kind: 'named', onRecord: true };
  if (SPOKES.has(head.l) && (possessive || properAfter)) return { ...base, kind: 'named', onRecord: true };

  // "The donors who spoke to us": a restrictive relative clause describes the group instead of
  // pointing back to one already named, so it is not a back-reference.
  const relativeAfter = RELATIVE.has(toks[coreEnd + 1]?.l ?? '');
  if (DEFINITE.has(first.l) && (BACKREF_GROUPS.has(head.l) || GENERIC_GROUP.has(head.l)) && first.l !== 'their' && !relativeAfter) return { ...base, kind: 'named' };
  // "Three people who saw the crash": counted, described individuals are anonymous, not vague.
  if (INDEFINITE.has(first.l) && STRONG_ANON.has(head.l)) return { ...base, kind: 'anonymous', strong: true };
  // A counted group ("310 delegates") comes from a tally, not from unnamed speakers.
  if (IS_DIGIT.test(first.t) && GENERIC_GROUP.has(head.l)) return { ...base, kind: 'anonymous' };
  // "Census Bureau reports", "Gallup polls", "FBI data": a document a named body issued names its
  // source; only documents nobody names are vague ("polls show", guideline 3.3). The name is a
  // capitalised word before the head that is not merely the sentence's first word, or an acronym.
  if (DOCUMENT_HEAD.has(head.l) && coreEnd > from) {
    for (let i = from; i < coreEnd; i++) {
      const t = toks[i] as Tok;
      if (t.cap && (i > 0 || toks[i + 1]?.cap || /^\p{Lu}{2,}$/u.test(t.t))) return { ...base, kind: 'named' };
    }
  }
  if ((VAGUE_HEAD.has(head.l) || GENERIC_GROUP.has(head.l)) && !(head.l === 'sources' && coreEnd > from && !DEFINITE.has(first.l) && !INDEFINITE.has(first.l))) {
    if (properAfter && !GENERIC_GROUP.has(head.l) && head.l !== 'sources') return { ...base, kind: 'named' };
    if (GENERIC_GROUP.has(head.l)) return { ...base, kind: 'vague', strong: false, modified: coreEnd > from || to > coreEnd || head.l === 'people' };
    return { ...base, kind: 'vague', strong: true };
  }
  if (ANON_HEAD.has(head.l) || head.l === 'sources') {
    if (properAfter && !STRONG_ANON.has(head.l) && !reasonInside) return { ...base, kind: 'named' };
    return { ...base, kind: 'anonymous', strong: STRONG_ANON.has(head.l) || reasonInside };
  }
  if (COLLECTIVE_HEAD.has(head.l)) {
    // "Russia" capitalised as a country, or "the administration", "his campaign".
    if (head.cap || DEFINITE.has(first.l) || possessive) return { ...base, kind: 'collective' };
  }
  // "an Oregon Republican", "another Nevada Democrat": an indefinite phrase whose capitals are a
  // place and a party or a people describes someone without naming them (AP: a described, unnamed
  // source), unless the language layer finds a person's name in it. A name is a given name and a
  // surname (AP: full name on first reference); a lone given name before the party or people ("a
  // Virginia Libertarian") is the place it shares its spelling with.
  // "a smiling Clinton", "a defiant Johnson": an article and an adjective before a surname the tagger
  // knows describe a named person in a moment (CGEL 5.20, proper names with determiners), not a
  // stranger; a capitalised place before the party ("a Virginia Democrat") is not an adjective.
  const describedName = (): boolean => toks[coreEnd - 1]?.cap === false && entityKindOf(head.t) === 'person';
  if (INDEFINITE.has(first.l) && head.cap && coreEnd > from && !properAfter && AFFILIATION_HEAD.test(head.t) && !describedName() && !namesPerson(toks.slice(from + 1, coreEnd + 1).map((t) => t.t).join(' '))) {
    return { ...base, kind: 'anonymous', strong: false };
  }
  // "Tourists on the morning ferry say…", "Customers have complained…": a plural noun for people,
  // capitalised only because it opens the sentence, is a generic group like "voters" (guideline
  // 3.3: a generic group is vague), not a name, when the language layer knows no entity by it.
  if (head.cap && sentenceInitialGroup(toks, from, coreEnd)) return { ...base, kind: 'vague', strong: false, modified: to > coreEnd };
  if (head.cap) return { ...base, kind: 'named' };
  if (BACKREF_HEAD.has(head.l)) {
    if (INDEFINITE.has(first.l)) {
      const properInCore = toks.slice(from + 1, coreEnd).some((t) => t.cap);
      if (head.l === 'report' && prevOfHead?.l === 'pool') return { ...base, kind: 'named', onRecord: true };
      if (['study', 'report', 'poll', 'survey'].includes(head.l) && !properAfter && !properInCore) {
        return { ...base, kind: 'anonymous', strong: true };
      }
      if (properAfter || properInCore) return { ...base, kind: 'named' };
      return { ...base, kind: 'anonymous', strong: reasonInside };
    }
    return { ...base, kind: 'named' };
  }
  // Proper names inside the core ("the Lopez team's treasurer") or after it name the source.
  for (let i = from; i <= to; i++) {
    const t = toks[i] as Tok;
    if (t.cap && (i > 0 || !AUX.has(t.l))) return { ...base, kind: 'named' };
  }
  if (DEFINITE.has(first.l) || possessive) return { ...base, kind: 'named' };
  // "A chart showing…", "a thought occurred…": an indefinite phrase is an unnamed source only when
  // it names a person (the language layer's lexicon, or an agent noun).
  if (INDEFINITE.has(first.l)) return isPersonNoun(head.l) || reasonInside ? { ...base, kind: 'anonymous', strong: reasonInside } : null;
  return null;
}

/** Documents that can stand as a source: a named body's makes it named, an unnamed one is vague. */
const DOCUMENT_HEAD: ReadonlySet<string> = new Set(['report', 'reports', 'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'data', 'figures', 'statistics', 'estimates', 'records', 'documents', 'findings']);
const OBJECT_PRONOUN: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her']);
const ADD_FORMS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding']);
const HEARERS: ReadonlySet<string> = new Set(['reporters', 'journalists', 'him', 'her', 'them', 'us', 'me']);
const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'quarter']);
const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'last', 'next', 'earlier', 'early', 'late', 'later', 'the', 'same']);
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'over']);
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * The subject phrase ends before a time adverbial that AP style sets between the subject and its
 * verb ("The mayor on Tuesday said", "the utility in October said", "the board earlier this week
 * said"): the index of the subject's last word. `j` is the word before the verb once auxiliaries,
 * adverbs and weekdays are skipped; `v` the verb. Returns `j` when no time adverbial ends there.
 */
function beforeTimeTail(toks: readonly Tok[], j: number, v: number): number {
  // "on Tuesday", "on Tuesday night": the weekday itself was skipped with the adverbs.
  if (toks[j]?.l === 'on' && j + 1 < v && WEEKDAYS.has(toks[j + 1]?.l ?? '')) return j - 1;
  let k = j;
  if (TIME_NOUNS.has(toks[k]?.l ?? '') && (WEEKDAYS.has(toks[k - 1]?.l ?? '') || MONTHS.has(toks[k - 1]?.l ?? ''))) k--;
  const t = toks[k];
  if (!t || !(WEEKDAYS.has(t.l) || MONTHS.has(t.l) || TIME_NOUNS.has(t.l) || YEAR.test(t.t))) return j;
  // "in early March", "in March 2020", "on March 3": a month with its day or year.
  k--;
  if (MONTHS.has(toks[k]?.l ?? '') && (YEAR.test(t.t) || IS_DIGIT.test(t.t))) k--;
  let determiners = 0;
  while (k >= 0 && TIME_DETERMINERS.has(toks[k]?.l ?? '')) {
    k--;
    determiners++;
  }
  if (k >= 0 && TIME_PREPOSITIONS.has(toks[k]?.l ?? '')) return k - 1;
  // "the board earlier this week said": no preposition, but a time word before the noun.
  if (determiners > 0 && toks[k + 1]?.l !== 'the' && TIME_NOUNS.has(t.l)) return k;
  return j;
}

// Words ending in -s that are not plural nouns (function words, adjectives in -ous, -ss, -is).
const NOT_PLURAL = /^(?:this|his|its|hers|ours|yours|theirs|was|has|is|does|us|yes|thus|plus|less|unless|always|perhaps|news|series|across|towards|afterwards|besides|whereas|sometimes|nevertheless|nonetheless)$|(?:ous|ss|is|us)$/;
const CLAUSE_END_WORD = new Set(['to', 'of', 'for', 'with', 'at', 'on', 'in', 'by', 'from', 'about', 'up', 'out', 'off']);

/**
 * Where a subject phrase really starts when a relative clause without "that" (a contact clause:
 * Quirk et al. 1985, 17.16; Cambridge Grammar of the English Language, ch. 12) runs into it:
 * "the farm rules the minister's opponents warned about", "the reasons the mayor gave". A noun phrase
 * does not go on past a plural noun into a determiner, a quantifier or a capitalised word with
 * no comma between: the subject is what follows. Not when the phrase ends in a preposition or a
 * participle ("residents the paper spoke to said"): there the clause modifies the subject.
 */
function contactClause(toks: readonly Tok[], from: number, to: number): number {
  const last = toks[to];
  if (!last?.word || CLAUSE_END_WORD.has(last.l) || /(?:ed|ing)$/.test(last.l)) return from;
  for (let p = to; p > from; p--) {
    const prev = toks[p - 1] as Tok;
    const t = toks[p] as Tok;
    if (!prev.word || !t.word) return from;
    if (prev.cap || prev.l.length < 4 || !prev.l.endsWith('s') || /['’]/.test(prev.l) || NOT_PLURAL.test(prev.l)) continue;
    if (!(DEFINITE.has(t.l) || INDEFINITE.has(t.l) || QUANTIFIER.has(t.l) || t.cap)) continue;
    // A verb in -s ("enjoys some support") is no plural noun: the language layer reads the words around it.
    const window = toks.slice(Math.max(from, p - 3), Math.min(to, p + 1) + 1).map((x) => x.t).join(' ');
    if (parse(window).tokens.some((x) => x.text === prev.t && x.pos === 'noun')) return p;
  }
  return from;
}

/** The subject phrase before a verb, or the phrase after it in "…, said a senior official". */
export function findSource(toks: readonly Tok[], v: number): Omit<Mention, 'verb' | 'mental'> | null {
  let j = v - 1;
  while (j >= 0) {
    const t = toks[j] as Tok;
    // A negated auxiliary is one token ("didn't", "won't"): an auxiliary all the same.
    if (t.word && (AUX.has(t.l) || isAdverb(t) || WEEKDAYS.has(t.l) || NEGATED_AUX.test(t.l))) j--;
    else break;
  }
  j = beforeTimeTail(toks, j, v);
  const verbTok = toks[v] as Tok;
  const before = toks[j];
  const afterQuote = !before || isQuoteTok(before) || (before.t === ',' && !!toks[j - 1] && isQuoteTok(toks[j - 1] as Tok));
  const inversion = (): Omit<Mention, 'verb' | 'mental'> | null => {
    if (!SPEECH_INVERSION.has(verbTok.l)) return null;
    let k = v + 1;
    let words = 0;
    while (k < toks.length && words < 30) {
      const t = toks[k] as Tok;
      if (t.t === '.' || t.t === ';' || t.t === ':' || isQuoteTok(t) || t.t === '?' || t.t === '!') break;
      if (t.word) words++;
      k++;
    }
    if (k > v + 1) {
      const nextTok = toks[v + 1] as Tok;
      if (nextTok.word && nextTok.l !== 'that' && !WEEKDAYS.has(nextTok.l)) {
        return classify(toks, v + 1, k - 1);
      }
    }
    return null;
  };
  // Inversion: "…,” said a senior port official."
  if (afterQuote) return inversion();
  if (before.t === ',' || before.t === ')' || before.t === '—' || before.t === '–') {
    // Appositive: "Ana Reyes, head of policy at X, said" → the phrase before the first comma.
    const opener = new Set([',', '(', '—', '–']);
    let k = j - 1;
    let n = 0;
    while (k >= 0 && n < 16 && !opener.has(toks[k]?.t ?? '') && !isQuoteTok(toks[k] as Tok)) {
      k--;
      n++;
    }
    if (k >= 0 && opener.has(toks[k]?.t ?? '')) {
      // ", who also represents X," is a non-restrictive relative clause about the phrase before
      // it, not a source of its own.
      const appositive = RELATIVE.has(toks[k + 1]?.l ?? '') ? null : classify(toks, k + 1, j - 1);
      let headEnd = k - 1;
      // AP style puts an age or a party and state between the name and the appositive: "Ana
      // Reyes, 60, a doctor, said", "Rep. Ana Reyes (D-Ore.), a member of the panel, said".
      if (toks[headEnd]?.t === ')') {
        let p = headEnd - 1;
        while (p >= 0 && p > headEnd - 8 && toks[p]?.t !== '(') p--;
        if (toks[p]?.t === '(') headEnd = p - 1;
      }
      if (headEnd >= 2 && IS_DIGIT.test(toks[headEnd]?.t ?? '') && toks[headEnd - 1]?.t === ',') headEnd -= 2;
      let m = headEnd;
      let c2 = 0;
      // The full stop of an abbreviated name part ("Jr.", "J.") stays inside the name.
      const abbreviation = (i: number): boolean => toks[i]?.t === '.' && !!toks[i - 1]?.cap && (toks[i - 1]?.t.length ?? 9) <= 3;
      while (m >= 0 && c2 < 8 && (toks[m]?.word || abbreviation(m)) && !CLAUSE_STOP.has(toks[m]?.l ?? '')) {
        m--;
        c2++;
      }
      const main = m < headEnd ? classify(toks, m + 1, headEnd) : null;
      if (main && main.kind !== 'pronoun') {
        if (appositive?.kind === 'named' || main.kind === 'named') return { ...main, kind: 'named', to: j - 1 };
        return main;
      }
      if (appositive && appositive.kind !== 'pronoun') return appositive;
    }
    return inversion();
  }
  if (!before.word) return null;
  // A pronoun with its auxiliary contracted onto it ("you'll", "we'd", "they've") is still a pronoun.
  const bare = before.l.replace(CONTRACTED_AUX, '');
  if (PRONOUN_SUBJECT.has(bare) && toks[j - 1]?.l !== 'of') return { kind: 'pronoun', from: j, to: j, onRecord: false, strong: false };
  const start = npStart(toks, j);
  // After "who" the words are the relative clause's own verb and object ("those who know her well
  // say"), not a subject phrase; after "whom", or a "who" followed by a determiner or quantifier,
  // they are the clause's subject ("a candidate whom many members oppose").
  const rel = toks[start]?.l ?? '';
  const next = toks[start + 1]?.l ?? '';
  const objectRelative = rel === 'whom' || QUANTIFIER.has(next) || DEFINITE.has(next) || INDEFINITE.has(next);
  // "giving commuters hope that…", "will make these voters feel…": the phrase is the object of a verb
  // of giving or of a causative.
  // (A focusing adverb may sit between: "has made even loyal voters nervous".)
  let verbBefore = start;
  while (verbBefore > 0 && FOCUS_ADVERBS.has(toks[verbBefore]?.l ?? '')) verbBefore--;
  if (GIVE_VERBS.has(toks[verbBefore]?.l ?? '') || CAUSATIVE_VERBS.has(toks[verbBefore]?.l ?? '')) {
    // …unless that verb is a participle describing an open-ended group, which is the subject:
    // "those denying the firm any blame insist…" (a reduced relative clause).
    if (toks[verbBefore]?.l.endsWith('ing') && OPEN_PRONOUN.has(toks[verbBefore - 1]?.l ?? '')) return classify(toks, verbBefore - 1, j);
    return null;
  }
  // "Ana Reyes and her colleagues found…": a subject with a named conjunct names its source.
  if (rel === 'and' && toks[start - 1]?.word && toks[start - 1]?.cap && start - 1 > 0) {
    const inner = classify(toks, start + 1, j);
    if (inner && inner.kind !== 'vague') return { ...inner, from: start - 1, kind: 'named' };
  }
  const plain = RELATIVE.has(rel) && !objectRelative ? null : classify(toks, contactClause(toks, start + 1, j), j);
  if (plain) return plain;
  // A verb joined by "and" shares its subject with the verb before it; inside a relative clause
  // ("anyone who votes no and thinks…") that subject is the relative pronoun, not a source.
  let conj = j;
  while (conj > 0 && NEGATED_AUX.test(toks[conj]?.l ?? '')) conj--;
  if (COORDINATORS.has(toks[conj]?.l ?? '')) return null;
  // A subject with a relative clause: "People who have worked with him say…". The clause's own
  // verbs stop the walk above, so look for "who"/"whom" a few words back and take the noun phrase
  // before it (no punctuation in between: a comma would make it a non-restrictive aside).
  for (let r = j - 1; r > 0 && r >= j - 12; r--) {
    const t = toks[r] as Tok;
    if (!t.word) break;
    if (t.l === 'who' || t.l === 'whom') {
      const c = classify(toks, npStart(toks, r - 1) + 1, j);
      return c && c.kind !== 'pronoun' && c.kind !== 'named' ? c : null;
    }
  }
  return null;
}

/** Index just before the noun phrase that ends at toks[j], walking back over at most ten tokens. */
function npStart(toks: readonly Tok[], j: number): number {
  let k = j;
  let n = 0;
  while (k >= 0 && n < 10) {
    const t = toks[k] as Tok;
    if (!t.word && t.t !== '-' && t.t !== '.' && t.t !== "'" && t.t !== '’' && t.t !== '&') break;
    // A relative pronoun opens the clause the subject sits in ("a candidate who many members oppose").
    if (t.word && (CLAUSE_STOP.has(t.l) || RELATIVE.has(t.l) || t.l === 'whose' || (k < j && (NP_STOP.has(t.l) || GIVE_VERBS.has(t.l) || CAUSATIVE_VERBS.has(t.l))))) break;
    k--;
    n++;
  }
  return k;
}


/**
 * Participles of perceiving and labelling whose passive names its judges with "by": "is regarded
 * by many as" is Wikipedia MOS:WEASEL's own example; "seen by some analysts as", "portrayed by
 * critics as". Only their "by" phrase is read here: without it they are the agentless passive.
 */
const JUDGED_BY: ReadonlySet<string> = new Set([...PERCEIVED_AS, ...LABELLED]);
/** Of those, the verbs of seeing: they judge only with "as" ("seen by many as"); "seen by millions" is an audience. */
const SEEING: ReadonlySet<string> = new Set(['seen', 'viewed', 'perceived']);

// Perf: the only words the loop below does anything for. Every branch of it either needs one of
// these ('according', 'as', 'state(s)' for "state that", a form of "be" for "of the opinion that")
// or ends in `continue` unless the word is a reporting or mental verb, so any other word is skipped
// at once. (Built from the same sets at load; a new branch keyed on another word must add it here.)
const MENTION_KEYS: ReadonlySet<string> = new Set([...REPORTING, ...MENTAL, ...BE_FORMS, ...JUDGED_BY, 'according', 'as', 'state', 'states']);

/** Most words of four letters or more start with a capital: a title or headline, not running text. */
function titleCased(toks: readonly Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.t.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return caps * 2 > words;
}

export function analyseSentence(toks: Tok[]): Mention[] {
  const mentions: Mention[] = [];
  let title: boolean | undefined; // titleCased(toks), read only when a capitalised key word needs it
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!t.word || t.q || !MENTION_KEYS.has(t.l)) continue;
    // "the Morning Report", "the Harbour Show", "the Pension Plan": in running text English capitalises a
    // verb only where a sentence starts, so a capitalised word after another word is part of a name
    // (Chicago Manual of Style, 8.1–8.2, proper nouns and titles of works). Title-case lines (a
    // headline, "Critics Say Plan Will Fail") keep their verbs.
    if (t.cap && toks[i - 1]?.word && !(title ??= titleCased(toks))) continue;
    // "As reported by the Gazette, …", "as first reported by X": the sentence's source, like "according to".
    const asReported = t.l === 'as' && (toks[i + 1]?.l === 'reported' || (toks[i + 1]?.l === 'first' && toks[i + 2]?.l === 'reported'));
    const byAt = asReported ? (toks[i + 1]?.l === 'first' ? i + 3 : i + 2) : -1;
    if ((t.l === 'according' && toks[i + 1]?.l === 'to') || (asReported && toks[byAt]?.l === 'by')) {
      let k = asReported ? byAt + 1 : i + 2;
      while (k < toks.length && toks[k]?.t !== ',' && toks[k]?.t !== '.' && toks[k]?.t !== ';' && k < i + 22) k++;
      const c = classify(toks, asReported ? byAt + 1 : i + 2, k - 1);
      if (c) mentions.push({ ...c, verb: -1, mental: false });
      i = k - 1;
      continue;
    }
    if (JUDGED_BY.has(t.l)) {
      // The judges may follow the "as" phrase: "hailed as a breakthrough by some researchers".
      let by = i + 1;
      if (toks[by]?.l === 'as') {
        let b = by + 1;
        while (b < toks.length && b < i + 14 && toks[b]?.word && toks[b]?.l !== 'by' && !CLAUSE_STOP.has(toks[b]?.l ?? '')) b++;
        if (toks[b]?.l === 'by') by = b;
      }
      if (toks[by]?.l === 'by') {
        const afterAs = by > i + 1;
        let k = by + 1;
        while (k < toks.length && toks[k]?.word && k < by + 9 && !CLAUSE_STOP.has(toks[k]?.l ?? '') && toks[k]?.l !== 'as') k++;
        const c = afterAs || toks[k]?.l === 'as' || !SEEING.has(t.l) ? classify(toks, by + 1, k - 1) : null;
        if (c) mentions.push({ ...c, verb: i, mental: true });
      }
      continue;
    }
    // "offer support", "gave praise", "denied the claims": right after a verb of giving (Levin 13.1)
    // the word is its object, a noun.
    if (GIVE_VERBS.has(toks[i - 1]?.l ?? '')) continue;
    // "Please note that…": an imperative has no subject, so nobody before it is speaking.
    if (toks[i - 1]?.l === 'please') continue;
    // "…, adding to the pressure on the firm": "add to" is increasing (Merriam-Webster, add to), not
    // saying, unless its "to" names who heard it ("added to reporters").
    if (ADD_FORMS.has(t.l) && toks[i + 1]?.l === 'to' && !HEARERS.has(toks[i + 2]?.l ?? '')) continue;
    // "will find it harder", "found themselves outvoted": a judgement of ease, not a finding.
    if ((t.l === 'find' || t.l === 'finds' || t.l === 'found') && ['it', 'themselves', 'himself', 'herself', 'itself'].includes(toks[i + 1]?.l ?? '')) continue;
    // "Parents can tell when…", "hard to tell whether…": "tell" with no addressee before a wh-clause
    // is the verb of discerning, not of speech (Merriam-Webster, tell: "to ascertain by observing").
    if ((t.l === 'tell' || t.l === 'tells') && (DISCERN_FOLLOW.has(toks[i + 1]?.l ?? '') || (toks[i + 1]?.l === 'the' && toks[i + 2]?.l === 'difference'))) continue;
    // "Officers showed up at the door": the phrasal verb "show up" is arriving, not showing.
    if (SHOW_FORMS.has(t.l) && toks[i + 1]?.l === 'up') continue;
    // "Fans can see the films": a perception verb after a modal of ability is seeing, not believing.
    if ((t.l === 'see' || t.l === 'sees') && ABILITY_MODALS.has(toks[i - 1]?.l ?? '')) continue;
    // "long before a visitor sees it", "once readers see them": seeing a thing the text already named
    // (a pronoun object) is perception, not a belief, unless a judgement frames it: "as" after it
    // ("see it as a power grab") or "how" before it ("however lowly others see it", "how voters see
    // it": the way one views a thing, Merriam-Webster, see 2b).
    if ((t.l === 'see' || t.l === 'sees' || t.l === 'saw') && OBJECT_PRONOUN.has(toks[i + 1]?.l ?? '') && toks[i + 2]?.l !== 'as' && !toks.slice(Math.max(0, i - 6), i).some((x) => x.l === 'how' || x.l === 'however')) continue;
    // MOS:WEASEL's "many scholars state": "state(s)" is a verb of saying when "that" follows it
    // (otherwise it is far more often the noun). "Many are of the opinion that": a mental state.
    const stateThat = (t.l === 'state' || t.l === 'states') && toks[i + 1]?.l === 'that' && !!toks[i - 1]?.word;
    const ofOpinion = BE_FORMS.has(t.l) && toks[i + 1]?.l === 'of' && toks[i + 2]?.l === 'the' && OPINION_NOUNS.has(toks[i + 3]?.l ?? '') && toks[i + 4]?.l === 'that';
    const reporting = REPORTING.has(t.l) || stateThat;
    const mental = MENTAL.has(t.l) || ofOpinion;
    if (!reporting && !mental) continue;
    // "said" as an adjective ("the said report") is rare; a verb at sentence start has no subject.
    if (i === 0 && (!SPEECH_INVERSION.has(t.l) || IMPERATIVE_FORMS.has(t.l))) continue;
    // A noun, not a verb: "his claim", "a rather odd view", "the minister's plans".
    const prevTok = toks[i - 1];
    // …but "Some feel that", "some think": bare "some" before a form that is only a verb, or before
    // a verb-or-noun with "that" after it, is the pronoun subject (MOS:WEASEL's "some feel that").
    const someSubject = prevTok?.l === 'some' && (!NOUN_OR_VERB.has(t.l) || toks[i + 1]?.l === 'that');
    if (prevTok && prevTok.word && !someSubject && !stateThat && (NOUN_MARKERS.has(prevTok.l) || prevTok.l.endsWith("'s") || (NOUN_OR_VERB.has(t.l) && !prevTok.cap && ADJ_SUFFIX.test(prevTok.l) && !isAdverb(prevTok)))) continue;
    // Passive agent: "questioned by critics", "criticized by many".
    // An emotion's "by" names its cause ("frustrated by the delays"), not a speaker.
    if (toks[i + 1]?.l === 'by' && (t.l.endsWith('ed') || t.l === 'shown') && !EMOTION.has(t.l)) {
      let k = i + 2;
      while (k < toks.length && toks[k]?.word && k < i + 10 && !CLAUSE_STOP.has(toks[k]?.l ?? '')) k++;
      const c = classify(toks, i + 2, k - 1);
      if (c) mentions.push({ ...c, verb: i, mental: false });
      continue;
    }
    // "a clerk accused of theft", "a man charged with fraud": a reduced relative, not speech.
    if ((t.l === 'accused' || t.l === 'charged' || t.l === 'suspected' || t.l === 'alleged') && ['of', 'with', 'in'].includes(toks[i + 1]?.l ?? '')) continue;
    if (NOUN_OR_VERB.has(t.l)) {
      const next = toks[i + 1];
      if (!next || !(VERB_FOLLOW.has(next.l) || next.cap || isQuoteTok(next) || next.t === ',' || next.t === ':')) continue;
    }
    // Passive ("was expected to", "is believed"): the subject is not the source.
    if (PARTICIPLES.has(t.l) || t.l.endsWith('ed')) {
      let b = i - 1;
      while (b >= 0 && toks[b]?.word && (isAdverb(toks[b] as Tok) || toks[b]?.l === 'not' || toks[b]?.l === 'also' || toks[b]?.l === 'widely')) b--;
      if (b >= 0 && BE_FORMS.has(toks[b]?.l ?? '') && !(mental && GENERIC_FLAG_VERBS.has(t.l) && !PARTICIPLES.has(t.l))) continue;
    }
    const c = findSource(toks, i);
    if (c) {
      // Don't count a source twice when two verbs share it ("…said and added").
      if (mentions.some((m) => m.from === c.from && m.to === c.to)) continue;
      mentions.push({ ...c, verb: i, mental });
    }
  }
  // "If another bidder wants the firm, …": a speaker or holder inside a conditional clause is
  // supposed, not reported (the clause asserts nothing, like a question: guideline 3.4).
  // Two readings that contradict each other: one takes a word as the verb of a phrase, the other
  // reads that same word inside a longer subject phrase starting at the same place ("Acme added
  // support for…": "added" the verb, or "support" the verb of "Acme added"). A word cannot be
  // both; with no parser to settle it, neither reading is kept as a source.
  const clash = (m: Mention): boolean => mentions.some((o) => o !== m && o.from === m.from && ((o.to > m.to && m.verb >= 0 && m.verb <= o.to) || (m.to > o.to && o.verb >= 0 && o.verb <= m.to)));
  // "A friend told me that…", "a neighbour once told us…": someone of the writer's own circle telling
  // the writer is the writer's experience (guideline 8: personal essays and reviews are the author's
  // own voice), no source, as "my friend" and "a friend of mine" are in `classify`.
  const toldWriter = (m: Mention): boolean => m.kind === 'anonymous' && m.verb >= 0 && PERSONAL_CIRCLE.has(toks[m.to]?.l ?? '') && (toks[m.verb + 1]?.l === 'me' || toks[m.verb + 1]?.l === 'us');
  const kept = mentions.filter((m) => !inConditional(toks, m.verb >= 0 ? m.verb : m.from) && !inIndirectQuestion(toks, m) && !obliged(toks, m) && !clash(m) && !toldWriter(m));
  // "Smith said officials believe…": what follows a named speaker's verb is relayed by that speaker.
  const [ra, rb] = relayRange(toks, kept);
  for (const m of kept) if (m.from >= ra && m.from <= rb) m.relayed = true;
  // "A witness told police the driver was speeding, the police department said": a named source
  // closing the sentence after a comma reports all that comes before it (guideline 3.1: the label is
  // the outermost attribution; what sits inside a named source's report belongs to that source).
  const closing = trailingNamedSource(toks, kept);
  if (closing >= 0) for (const m of kept) if (m.kind !== 'named' && m.from < closing) m.relayed = true;
  return kept;
}

/** Whether toks[i] sits in a clause opened by "if"/"unless" that has not yet closed (comma, semicolon, "then"). */
function inConditional(toks: readonly Tok[], i: number): boolean {
  // A conditional clause that has run on for forty tokens without a comma has ended somewhere
  // (and a bounded walk keeps a hostile run of mentions linear).
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const t = toks[k] as Tok;
    if (t.t === ',' || t.t === ';' || t.t === ':' || t.t === '—' || t.t === '–' || t.l === 'then' || isQuoteTok(t)) return false;
    if (CONDITIONAL.has(t.l)) return true;
  }
  return false;
}

// "How a manager responds matters", "tied to what voters think of her", "whether critics agree": a
// speaker inside an indirect question or a free relative is the topic, not a report (the clause
// asserts no one said or thought anything: Quirk et al. 1985, 15.4–15.8 on nominal wh-clauses).
// After "is"/"here's"/"that's" the same words report what was said ("Here's what analysts say:",
// "that's how critics see it"), and "why" presupposes its clause, so those stay.
const INDIRECT_WH: ReadonlySet<string> = new Set(['how', 'what', 'whether']);
// (Token `l` forms carry a straight apostrophe: the tokenizer folds the curly one.)
const REPORTS_WH: ReadonlySet<string> = new Set(["here's", 'here', "that's", "this's", "what's", "it's", 'exactly', 'precisely', 'just']);
function inIndirectQuestion(toks: readonly Tok[], m: Mention): boolean {
  if (m.verb < 0 || m.from > m.verb) return false;
  const wh = toks[m.from - 1];
  if (!wh || !INDIRECT_WH.has(wh.l)) return false;
  const before = toks[m.from - 2]?.l ?? '';
  return !BE_FORMS.has(before) && !REPORTS_WH.has(before);
}

// "Others should tell them", "voters must decide whether…": a modal of obligation prescribes what
// someone ought to say or think, and "must have feared" infers it (deontic and epistemic necessity:
// Palmer, Mood and Modality, 2001, ch. 2–3); neither reports anything said or thought (the guideline's
// hedged analysis). Modals of possibility are left alone: "some might argue" is a weasel.
const DEONTIC: ReadonlySet<string> = new Set(['should', 'must', "shouldn't", "mustn't", 'ought']);
function obliged(toks: readonly Tok[], m: Mention): boolean {
  if (m.verb < 0 || m.from > m.verb) return false;
  let k = m.verb - 1;
  if (toks[k]?.l === 'to' && toks[k - 1]?.l === 'ought') k--;
  if (toks[k]?.l === 'have' || toks[k]?.l === 'be') k--;
  while (k > m.to && toks[k] && (isAdverb(toks[k] as Tok) || toks[k]?.l === 'not' || toks[k]?.l === 'also')) k--;
  return DEONTIC.has(toks[k]?.l ?? '');
}

export const SUBORDINATORS = new Set(['while', 'although', 'though', 'as', 'because', 'if', 'when', 'after', 'before', 'since', 'despite', 'even', 'whereas']);

const PERSONAL_SINGULAR = new Set(['he', 'she']);
/** The entity kind the language layer gives one word on its own. */
function entityKindOf(word: string): string | undefined {
  const e = parse(word).entities;
  return e.length === 1 && e[0]?.text === word ? e[0].kind : undefined;
}

/**
 * A one-word core that opens the sentence (or a quotation) and is a plural common noun for people
 * the tagger's lexicon knows ("Tourists", "Customers"): its capital is the sentence's, not a name's.
 */
function sentenceInitialGroup(toks: readonly Tok[], from: number, coreEnd: number): boolean {
  if (coreEnd !== from) return false;
  const before = toks[from - 1];
  if (before && before.word) return false;
  const head = toks[from] as Tok;
  if (!/^\p{Lu}\p{Ll}{3,}s$/u.test(head.t) || NOT_PLURAL.test(head.l)) return false;
  return isLexiconPersonNoun(head.l) && entityKindOf(head.t) === undefined;
}

/** A person's full name (two words or more) among the entities the language layer finds. */
function namesPerson(text: string): boolean {
  return parse(text).entities.some((e) => e.kind === 'person' && /\s/.test(e.text.trim()));
}

// A member of a party or a people: "Republican", "Democrat", "Iowan", "Texan", "Canadian", "Briton".
// English demonyms and party nouns end in -an, -ian, -ese, -er, -i or -ite (Quirk et al. 1985, App.
// I.36); a company ("HP") or a surname does not qualify.
const AFFILIATION_HEAD = /^(?:\p{Lu}\p{Ll}{2,}(?:an|ese|er|i|ite|on)|Democrat|Tory|Whig)$/u;
const COORDINATORS = new Set(['and', 'or', 'but']);
// "don't", "didn't", "won't", "cannot": a negated auxiliary between the conjunction and its verb.
const NEGATED_AUX = /^(?:[a-z]{2,5}n['’]t|cannot|not)$/;
const SHOW_FORMS = new Set(['show', 'shows', 'showed', 'shown', 'showing']);

/**
 * The index of the comma before a named source that closes the sentence (", the department said.",
 * ", according to the court filing."), or -1. After the source's verb only a short tail may follow
 * (a day, "in a statement").
 */
function trailingNamedSource(toks: readonly Tok[], mentions: readonly Mention[]): number {
  let lastWord = toks.length - 1;
  while (lastWord >= 0 && !toks[lastWord]?.word) lastWord--;
  for (const x of mentions) {
    if (x.kind !== 'named' || toks[x.from]?.q) continue;
    let c = x.from - 1;
    if (x.verb < 0 && toks[c]?.l === 'to' && toks[c - 1]?.l === 'according') c -= 2;
    if (toks[c]?.t !== ',') continue;
    const end = Math.max(x.to, x.verb);
    if (x.verb >= 0 && x.verb < x.from) continue;
    // The closing source must be named in its own core ("the Harbour Police Department", "Smith")
    // or be a definite back-reference ("the department", "the police report"); a group named only
    // by what follows it ("followers of U.S.-Russia relations") is too weak to carry the sentence.
    if (!coreNamesSource(toks, x.from, x.to)) continue;
    let tail = 0;
    for (let k = end + 1; k <= lastWord; k++) if (toks[k]?.word) tail++;
    if (tail <= 4 && c > 0) return c;
  }
  return -1;
}

/** The phrase's core (`coreEndOf`) holds a capitalised word or opens with a definite determiner. */
function coreNamesSource(toks: readonly Tok[], from: number, to: number): boolean {
  const core = toks.slice(from, coreEndOf(toks, from, to) + 1).filter((t) => t.word);
  return core.some((t) => t.cap) || DEFINITE.has(core[0]?.l ?? '');
}

/**
 * Token range relayed by a named speaker: from after its verb to the end of the sentence, or to
 * the end of the subordinate clause it sits in ("While Novak claimed X, experts affirm Y").
 */
export function relayRange(toks: readonly Tok[], mentions: readonly Mention[]): [number, number] {
  // A named speaker, or "he"/"she" standing for one (a singular personal pronoun refers back to a
  // person the article has named or described: what that person says is relayed the same way).
  const speaker = (x: Mention): boolean => x.kind === 'named' || (x.kind === 'pronoun' && x.from === x.to && PERSONAL_SINGULAR.has(toks[x.from]?.l ?? ''));
  const m = mentions.find((x) => speaker(x) && x.verb >= 0 && !x.mental && !toks[x.from]?.q && x.from < x.verb);
  if (!m) {
    // Inversion at the end: "…, adds psychologist Ana Ruiz." Everything before the verb is hers.
    const inv = mentions.find((x) => x.kind === 'named' && x.verb > 0 && x.from > x.verb && !toks[x.from]?.q && (toks[x.verb - 1]?.t === ',' || isQuoteTok(toks[x.verb - 1] as Tok)));
    return inv ? [0, inv.verb - 1] : [Number.POSITIVE_INFINITY, -1];
  }
  let end = toks.length - 1;
  let first = 0;
  while (first < toks.length && !toks[first]?.word) first++;
  if (SUBORDINATORS.has(toks[first]?.l ?? '') && first < m.from) {
    for (let i = m.verb + 1; i < toks.length; i++) {
      if (toks[i]?.t === ',' || toks[i]?.t === ';') {
        end = i;
        break;
      }
    }
  }
  return [m.verb + 1, end];
}

// Perf: HEADLINE_WORD wants four letters, so a token under four UTF-16 units is not tested. (Checked
// at load: should the pattern ever take a shorter word, every token is tested again.)
const HEADLINE_MIN_UNITS = ['a', 'ab', 'abc'].some((w) => HEADLINE_WORD.test(w)) ? 0 : 4;

/** Title-case lines ("Harbour Board Approves New Ferry Route") are headlines used as labels. */
export function looksLikeHeadline(toks: readonly Tok[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.t.length < HEADLINE_MIN_UNITS || !HEADLINE_WORD.test(t.t)) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 4 && caps / long >= 0.7;
}

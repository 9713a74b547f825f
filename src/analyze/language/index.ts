// The language layer: tokens with offsets, a coarse part of speech and entity-ish kinds (person,
// organisation, place, title) for English text. Pure: no DOM, no network, no globals beyond the
// tagger's own lexicon, so it runs wherever the analyzer runs (offscreen document, background
// page, Node for the CLI), never in the content script.
//
// Backed by compromise (MIT, https://github.com/spencermountain/compromise), its `two` build:
// tokeniser + rule-and-lexicon tagger, no model download. Measured on this machine (Node 22, PolNeAR
// sentences): ~19k words/s once warm, ~150 ms to load. That is too slow to tag whole articles within
// the analyzer's budget, so callers tag short phrases (a candidate source phrase and a few words
// around it), never a page. Results are cached per phrase: an article repeats its sources.
import nlp from 'compromise/two';

export type Pos = 'noun' | 'propn' | 'pron' | 'verb' | 'aux' | 'adj' | 'adv' | 'det' | 'adp' | 'conj' | 'num' | 'punct' | 'other';
export type EntityKind = 'person' | 'organisation' | 'place' | 'title';

export interface LangToken {
  text: string;
  /** UTF-16 offsets into the parsed text. */
  start: number;
  end: number;
  pos: Pos;
  /** Entity-ish kind of this token, when it has one. */
  entity?: EntityKind;
}

export interface LangEntity {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
}

export interface Parsed {
  tokens: LangToken[];
  /** Maximal runs of tokens of one entity kind. */
  entities: LangEntity[];
}

interface RawTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

// Compromise's tag names → our coarse tags. Order matters: the first that matches wins.
const POS_OF: ReadonlyArray<[string, Pos]> = [
  ['Pronoun', 'pron'],
  ['Auxiliary', 'aux'],
  ['Copula', 'aux'],
  ['Modal', 'aux'],
  ['ProperNoun', 'propn'],
  ['Value', 'num'],
  ['Determiner', 'det'],
  ['Preposition', 'adp'],
  ['Conjunction', 'conj'],
  ['Verb', 'verb'],
  ['Adjective', 'adj'],
  ['Adverb', 'adv'],
  ['Noun', 'noun'],
];

function entityOf(tags: readonly string[], text: string): EntityKind | undefined {
  const has = (t: string): boolean => tags.includes(t);
  if (has('Person') || has('FirstName') || has('LastName') || has('MaleName') || has('FemaleName')) return 'person';
  if (has('Organization') || has('SportsTeam') || has('School') || has('Company')) return 'organisation';
  if (has('Place') || has('Country') || has('City') || has('Region')) return 'place';
  // A capitalised role word before a name ("President", "Senator"): a title.
  if ((has('Honorific') || (has('Actor') && has('Singular'))) && /^\p{Lu}/u.test(text)) return 'title';
  return undefined;
}

const CACHE_MAX = 2000;
const cache = new Map<string, Parsed>();

/** Tags one short piece of text (a phrase or a sentence). Offsets are UTF-16 offsets into `text`. */
export function parse(text: string): Parsed {
  const hit = cache.get(text);
  if (hit) return hit;
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: RawTerm[] }>;
  const tokens: LangToken[] = [];
  for (const sentence of json) {
    for (const term of sentence.terms) {
      const start = term.offset.start;
      const end = start + term.offset.length;
      const word = text.slice(start, end);
      if (word === '') continue;
      const pos = POS_OF.find(([tag]) => term.tags.includes(tag))?.[1] ?? (/^[\p{L}\p{N}]/u.test(word) ? 'other' : 'punct');
      const entity = entityOf(term.tags, word);
      tokens.push({ text: word, start, end, pos, ...(entity ? { entity } : {}) });
    }
  }
  const entities: LangEntity[] = [];
  for (const t of tokens) {
    if (!t.entity) continue;
    const last = entities[entities.length - 1];
    // "Governor Ana Ruiz": a title run followed by a person is one person.
    if (last && last.end + 2 >= t.start && (last.kind === t.entity || (last.kind === 'title' && t.entity === 'person'))) {
      last.end = t.end;
      last.kind = t.entity;
      last.text = text.slice(last.start, last.end);
    } else {
      entities.push({ kind: t.entity, start: t.start, end: t.end, text: t.text });
    }
  }
  const parsed = { tokens, entities };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

/** The entity kinds found in a phrase (a cheap question the detectors ask most). */
export function entityKinds(text: string): Set<EntityKind> {
  return new Set(parse(text).entities.map((e) => e.kind));
}

const singularTagsCache = new Map<string, { singular: string; tags: readonly string[] }>();

/** A noun's singular (by its plural ending) and the tagger's tags for it on its own. */
function singularTags(word: string): { singular: string; tags: readonly string[] } {
  const w = word.toLowerCase();
  const hit = singularTagsCache.get(w);
  if (hit !== undefined) return hit;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  const json = nlp(singular).json({ terms: {} }) as Array<{ terms: Array<{ tags: string[] }> }>;
  const result = { singular, tags: json[0]?.terms[0]?.tags ?? [] };
  if (singularTagsCache.size >= CACHE_MAX) singularTagsCache.clear();
  singularTagsCache.set(w, result);
  return result;
}

/**
 * Whether the tagger's lexicon knows the word's singular as a common noun for a person (its Actor
 * tag: "farmer", "tourist", "customer") and not as a name (no ProperNoun tag: "walker" and "reuter"
 * are surnames too). Stricter than `isPersonNoun`, for where a capital could be a name.
 */
export function isLexiconPersonNoun(word: string): boolean {
  const { tags } = singularTags(word);
  return tags.includes('Actor') && !tags.includes('ProperNoun');
}
// Agent nouns: "bidder", "economist", "historian", "trainee", "auctioneer" (English derivational
// suffixes that make a noun for a person who does something; Quirk et al., A Comprehensive Grammar
// of the English Language, 1985, App. I.34–35). "-or" is left out: as many things as people end in it.
const AGENT_SUFFIX = /(?:[a-z]{3}er|[a-z]{3}ist|[a-z]{3}ian|[a-z]{3}ee|[a-z]{3}eer)$/;

/**
 * Whether a common noun names a person (or people): the tagger's Actor/Person tags for the word on
 * its own, or an agent-noun suffix. Used where a bare "a …" or "another …" phrase would otherwise be
 * taken for an unnamed source ("a chart showing…", "a thought occurred…" are not sources).
 */
export function isPersonNoun(word: string): boolean {
  const { singular, tags } = singularTags(word);
  return tags.includes('Actor') || tags.includes('Person') || AGENT_SUFFIX.test(singular);
}

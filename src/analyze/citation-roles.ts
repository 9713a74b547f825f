// Roles of a cited name from sentence structure: the construction patterns of
// rules/state-media-constructions.ts over the lexicons of rules/state-media-cues.ts, read by the
// token matcher. Every language's constructions are tried (a page may quote a Russian sentence in
// an English article); each construction only reads its own language's lexicon, so the languages
// do not mix inside one pattern.
import { CONSTRUCTIONS, type Construction } from './rules/state-media-constructions.ts';
import { CUES, CUE_LANGS, type CueLang } from './rules/state-media-cues.ts';
import { Lexicon, matchSteps, tokenize, type Lexicons, type Step, type Token } from './token-patterns.ts';

const LEXICONS: ReadonlyMap<CueLang, Lexicons> = new Map(
  CUE_LANGS.map((lang) => [lang, new Map(Object.entries(CUES[lang]).map(([name, c]) => [name, new Lexicon(c.forms)]))]),
);

interface Compiled {
  c: Construction;
  /** `before` steps reversed, for matching from the name outwards. */
  back: readonly Step[] | null;
  lex: Lexicons;
}

const COMPILED: readonly Compiled[] = CONSTRUCTIONS.map((c) => ({
  c,
  back: c.before ? [...c.before].reverse() : null,
  lex: LEXICONS.get(c.lang) ?? new Map(),
}));

/** Tokens read on either side of a name: enough for every construction's longest reach. */
const REACH = 14;

export interface ConstructionRole {
  role: 'source' | 'venue';
  /** The construction's id ("ru/according"), for `details.cue` and tests. */
  id: string;
}

/**
 * The role a construction gives the item between `before` and `after` (the rest of its sentence on
 * each side), or null. Venue constructions are tried first: "told RIA Novosti" is a venue even
 * though "told" is also a reporting verb.
 */
export function constructionRole(before: string, after: string, descriptor: boolean): ConstructionRole | null {
  const b = tokenize(before).slice(-REACH);
  const a = tokenize(after).slice(0, REACH);
  let source: ConstructionRole | null = null;
  for (const { c, back, lex } of COMPILED) {
    if (descriptor && !c.descriptors) continue;
    if (!matches(c, back, b, a, lex)) continue;
    if (c.role === 'venue') return { role: 'venue', id: c.id };
    source ??= { role: 'source', id: c.id };
  }
  return source;
}

function matches(c: Construction, back: readonly Step[] | null, b: Token[], a: Token[], lex: Lexicons): boolean {
  if (back && !matchSteps(back, b, -1, lex)) return false;
  if (c.after && !matchSteps(c.after, a, 1, lex)) return false;
  return true;
}

const EN_SUBJECT = COMPILED.filter((x) => x.c.id === 'en/subject');

/**
 * English: is the name the subject of a reporting or claiming verb ("X boasts", "X has spelled
 * out", "X on Monday covered the vote as…")? The one place the English subject-of-verb logic lives:
 * when the shared language layer (parts of speech, dependencies) lands, this function asks it
 * instead of the verb lexicon.
 */
export function englishSubjectOfReportingVerb(after: string): boolean {
  const a = tokenize(after).slice(0, REACH);
  return EN_SUBJECT.some(({ c, lex }) => (c.after ? matchSteps(c.after, a, 1, lex) : false));
}

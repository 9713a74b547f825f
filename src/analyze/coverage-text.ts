// What the analyzer and the popup say about coverage, in words. Kept apart from coverage.ts so
// that the popup can name a language without bundling the language detector.
import type { Coverage, FindingKind } from './types.ts';

/** Languages each kind is analysed in (primary BCP-47 subtags). */
export const ANALYSED_LANGS: Readonly<Record<FindingKind, readonly string[]>> = {
  // The claims detector's cues, verbs and patterns are English.
  claim: ['en'],
  // Outlet names and the roles around them ("told", "according to", and their equivalents).
  'state-media': ['en', 'ru', 'uk', 'ar', 'fa', 'zh', 'es', 'fr', 'de', 'tr'],
  // Promotion is found mostly from structure (link-dense lists, share bars, lone headline links),
  // which holds in any language; but its section labels, calls to action, newsletter and
  // "Related:" inserts are English phrases. Outside English it is checked only in part, so it is
  // not reported as analysed there (its findings are still shown: what it finds is there).
  promotion: ['en'],
};

/** "ru" → "Russian"; "und" or an unknown tag → null. */
export function languageName(lang: string, inLang = 'en'): string | null {
  if (!lang || lang === 'und') return null;
  try {
    const name = new Intl.DisplayNames([inLang], { type: 'language', fallback: 'none' }).of(lang);
    return name && name.toLowerCase() !== lang.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

const KIND_NAMES: Record<FindingKind, string> = { claim: 'claims', 'state-media': 'state-media citations', promotion: 'promotion' };

/**
 * The verdict's sentence on what was not analysed: "Claims were not checked, and promotion only in
 * part (the article is in Russian)." or '' when every kind was. Claims are not read at all outside
 * English; state media and promotion are still found by names, links and structure there, so they
 * were checked in part.
 */
export function notCheckedSentence(coverage: Coverage): string {
  const partial = (['state-media', 'promotion'] as const).filter((k) => !coverage[k]).map((k) => KIND_NAMES[k]);
  if (coverage.claim && partial.length === 0) return '';
  const name = languageName(coverage.lang);
  const why = name ? `the article is in ${name}` : 'the article’s language could not be told';
  const some = partial.join(' and ');
  const verb = partial.length > 1 || partial[0] === KIND_NAMES['state-media'] ? 'were' : 'was';
  if (coverage.claim) return `${some.charAt(0).toUpperCase()}${some.slice(1)} ${verb} checked only in part (${why}).`;
  return partial.length > 0 ? `Claims were not checked, and ${some} only in part (${why}).` : `Claims were not checked (${why}).`;
}

/** True when some kind was not analysed in the article's language. */
export function isPartial(coverage: Coverage): boolean {
  return !coverage.claim || !coverage['state-media'] || !coverage.promotion;
}

// What the analyzer could check on this article (issue 15, part 6). The detectors read English
// (claims, the phrase rules of promotion) or a set of languages (state-media names and roles), so
// a Report says which language the article is in and which kinds were analysed in it; the popup
// says plainly what was not checked, and the verdict does not grade it.
//
// The language comes from the text: a page's declared `lang` is often missing, or left at the
// template's "en" on a page in another language. franc-min (wooorm/franc, MIT; 82 languages by
// trigram profiles, and by script alone where one language owns a script) reads the start of the
// article's text (SAMPLE_CHARS); its ranking is computed from franc-min's own data through an index
// (coverage-trigrams.ts: the same scores, a fraction of the cost). Its documentation warns that
// short texts are unreliable, so the declared language is kept unless the text clearly says otherwise:
//   - a text in another script than the declared language's: the script decides (reliable even
//     for a short text: Cyrillic letters are not English);
//   - a declared language that scores near the top is kept (an English page whose trigrams look a
//     little Dutch stays English);
//   - otherwise the text overrides the page only when there is enough of it and one language
//     clearly leads; when nothing is declared the same lead is needed, else the language is `und`.
// Thresholds were read off franc's normalised scores (top = 1) on paragraphs written for the tests
// and checked on the English sentence sets and the wild pages of the evaluation corpus (figures in
// the branch's note); none is tuned to a sentence.
import { rankLanguages } from './coverage-trigrams.ts';
import { ANALYSED_LANGS } from './coverage-text.ts';
import type { Article, Coverage } from './types.ts';

export { ANALYSED_LANGS };

/** franc-min's ISO 639-3 codes → the shortest BCP-47 tag (ISO 639-1 where there is one). */
const TO_BCP47: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', cmn: 'zh',
  deu: 'de', ell: 'el', eng: 'en', fra: 'fr', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu',
  ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko',
  lin: 'ln', mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps',
  pes: 'fa', plt: 'mg', pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so',
  spa: 'es', srp: 'sr', sun: 'su', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th',
  tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
  // No two-letter code: the three-letter one is the BCP-47 tag.
  bho: 'bho', ceb: 'ceb', ckb: 'ckb', fuv: 'fuv', hms: 'hms', hnj: 'hnj', ilo: 'ilo', koi: 'koi',
  mad: 'mad', mag: 'mag', mai: 'mai', qug: 'qug', skr: 'skr', zyb: 'zyb',
};
/** The languages franc-min knows, as BCP-47 primary subtags. */
const KNOWN = new Set(Object.values(TO_BCP47));

/**
 * Characters read. franc reads up to 2,048, but its cost grows with the sample (with franc's own
 * scan, about 1 ms per 200 characters on this project's test machine; a fifth of that through the
 * index of coverage-trigrams.ts) and two or three paragraphs are enough to tell the languages apart
 * that coverage depends on.
 */
const SAMPLE_CHARS = 640;
/** Fewer letters than this: too little text to say anything (a caption, a title). */
export const MIN_LETTERS = 40;
/** The text overrides a declared language (same script) only with at least this many letters. */
export const MIN_OVERRIDE_LETTERS = 150;
// franc's scores are distances scaled to the text's length (top = 1): on a long text every
// language of the script scores above 0.9. So closeness is read relative to the spread between the
// best and the worst language of the script: 0 = as far as the worst, 1 = as close as the best.
/** A declared language at least this close to the best agrees with the text. */
export const AGREE = 0.8;
/** The leading language must lead the next by this share of the spread, else the text is ambiguous. */
export const LEAD = 0.04;

const ONE_LETTER = /^\p{L}$/u;

/** `text.match(/\p{L}/gu).length` without the array of every letter: ASCII by its code, the rest by the pattern. */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      continue;
    }
    // A surrogate pair is one code point, as the pattern's `u` flag reads it.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (ONE_LETTER.test(pair ? text.slice(i, i + 2) : (text[i] as string))) n++;
    if (pair) i++;
  }
  return n;
}

/** The primary subtag of a declared language ("en-GB" → "en"), or null when it is not one. */
export function primaryLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  if (!m) return null;
  const p = (m[1] as string).toLowerCase();
  return p === 'und' || p === 'mul' || p === 'zxx' ? null : p;
}

function toBcp47(code: string): string {
  return TO_BCP47[code] ?? code;
}

/** The article's text as the detector reads it: kept blocks first, in order, up to franc's limit. */
export function languageSample(article: Pick<Article, 'blocks'>): string {
  const parts: string[] = [];
  let size = 0;
  for (const pass of [false, true]) {
    for (const block of article.blocks) {
      if (block.dropped !== pass) continue;
      parts.push(block.text);
      size += block.text.length + 1;
      if (size >= SAMPLE_CHARS) return parts.join('\n').slice(0, SAMPLE_CHARS);
    }
    // Dropped blocks (lists, plugs) only when the kept text is too short to read.
    if (countLetters(parts.join('\n')) >= MIN_OVERRIDE_LETTERS) break;
  }
  return parts.join('\n').slice(0, SAMPLE_CHARS);
}

export interface LanguageGuess {
  /** Primary BCP-47 subtag, or 'und'. */
  lang: string;
  /** Where it came from: the text, the page's declaration, or neither. */
  from: 'text' | 'declared' | 'none';
}

/** The language of a text, given what the page declares (null when nothing). Pure. */
export function detectLanguage(text: string, declaredTag: string | null): LanguageGuess {
  const declared = primaryLang(declaredTag);
  const fallback: LanguageGuess = declared ? { lang: declared, from: 'declared' } : { lang: 'und', from: 'none' };
  const letters = countLetters(text);
  if (letters < MIN_LETTERS) return fallback;
  const ranked = rankLanguages(text);
  const top = ranked[0];
  if (!top || top[0] === 'und') return fallback;
  const second = ranked[1];
  const worst = ranked[ranked.length - 1] as [string, number];
  const spread = top[1] - worst[1];
  const closeness = (score: number): number => (spread > 0 ? (score - worst[1]) / spread : 1);
  const clear = !second || 1 - closeness(second[1]) >= LEAD;
  const guess: LanguageGuess = { lang: toBcp47(top[0]), from: 'text' };
  if (!declared) return clear ? guess : fallback;
  if (guess.lang === declared) return guess;
  // A declared language franc does not know (Danish, Finnish…) is kept unless the text is clearly
  // English: franc would name its nearest neighbour instead (Swedish for Danish).
  if (!KNOWN.has(declared)) return guess.lang === 'en' && clear && letters >= MIN_OVERRIDE_LETTERS ? guess : fallback;
  const own = ranked.find(([code]) => toBcp47(code) === declared);
  // The declared language is not among this script's languages: the text is in another script.
  if (!own) return clear ? guess : { lang: 'und', from: 'none' };
  if (closeness(own[1]) >= AGREE || letters < MIN_OVERRIDE_LETTERS || !clear) return fallback;
  return guess;
}

/** Which kinds are analysed in a language. */
export function coverageFor(lang: string): Coverage {
  const p = primaryLang(lang) ?? 'und';
  return {
    lang: p === 'und' ? 'und' : p,
    claim: ANALYSED_LANGS.claim.includes(p),
    'state-media': ANALYSED_LANGS['state-media'].includes(p),
    promotion: ANALYSED_LANGS.promotion.includes(p),
  };
}

/** The article's language and what is analysed in it. */
export function articleCoverage(article: Pick<Article, 'blocks' | 'lang'>): Coverage {
  return coverageFor(detectLanguage(languageSample(article), article.lang).lang);
}

// The constructions that give an outlet's name (or a descriptor such as "state TV") the role of a
// source or a venue, as data: token patterns over the lexicon classes of ./state-media-cues.ts,
// read by ../token-patterns.ts. `before` steps are written in reading order and end right before
// the name; `after` steps start right after it. A construction with both must match both sides.
//
// What each kind stands for (guideline of the citation set, and the references of the cues file):
// - subject: the outlet is the subject of a reporting or claiming verb ("X boasts", "X сообщает");
// - inverted: the verb comes first ("сообщает ТАСС", "informó la agencia X", "ذكرت وكالة");
// - according: a preposition governs the outlet ("according to X", "со ссылкой на X", "به گزارش");
// - told / interview / appear: a statement made to or on the outlet (venue);
// - credit: a credit line ("Source: X", "… — X" at the end of a sentence).
import type { Step } from '../token-patterns.ts';
import type { CueLang } from './state-media-cues.ts';

export interface Construction {
  id: string;
  lang: CueLang;
  role: 'source' | 'venue';
  before?: readonly Step[];
  after?: readonly Step[];
  /** For descriptors too ("state TV reported"), not only names. */
  descriptors: boolean;
}

const NP_EN = ['det', 'mod', 'media', 'poss', 'cap', 'quote'] as const;
const NP = ['det', 'mod', 'media', 'quote'] as const;
/** Russian and Ukrainian have no articles. */
const NP_NO_DET = ['mod', 'media', 'quote'] as const;

/** "X reported", "X, the state broadcaster, reported" is left to the appositive rule in the detector. */
const subject = (lang: CueLang, media = 3, filler = 3): Construction => ({
  id: `${lang}/subject`,
  lang,
  role: 'source',
  descriptors: true,
  after: [
    { gap: 2, of: ['quote'] },
    { gap: media, of: ['media', 'mod'] },
    { gap: filler, of: ['filler'] },
    // Only English puts an auxiliary between subject and verb here ("X has claimed").
    ...(lang === 'en' ? [{ lex: 'aux', opt: true }, { gap: 2, of: ['filler'] }] : []),
    { lex: 'report' },
  ],
});
const before = (lang: CueLang, id: string, lex: string, role: 'source' | 'venue', gap: readonly string[] = NP, n = 4): Construction => ({
  id: `${lang}/${id}`,
  lang,
  role,
  descriptors: true,
  before: [{ lex }, { gap: n, of: gap }],
});
const credit = (lang: CueLang): Construction => ({
  id: `${lang}/credit-label`,
  lang,
  role: 'source',
  descriptors: false,
  before: [{ lex: 'creditLabel' }, { lex: 'colon' }, { gap: 3, of: ['en', 'de', 'fr', 'es'].includes(lang) ? NP : ['mod', 'media'] }],
});

export const CONSTRUCTIONS: readonly Construction[] = [
  // English
  subject('en'),
  before('en', 'according', 'according', 'source', NP_EN),
  before('en', 'told', 'told', 'venue', NP_EN),
  before('en', 'interview', 'interview', 'venue', NP_EN),
  before('en', 'appear', 'appear', 'venue', NP_EN),
  credit('en'),
  { id: 'en/credit-dash', lang: 'en', role: 'source', descriptors: false, before: [{ lex: 'dash' }], after: [{ end: true }] },
  // Russian
  subject('ru', 3, 2),
  before('ru', 'inverted', 'report', 'source', NP_NO_DET),
  before('ru', 'according', 'according', 'source', NP_NO_DET),
  before('ru', 'told', 'told', 'venue', NP_NO_DET),
  before('ru', 'interview', 'interview', 'venue', NP_NO_DET),
  credit('ru'),
  // Ukrainian
  subject('uk', 3, 2),
  before('uk', 'inverted', 'report', 'source', NP_NO_DET),
  before('uk', 'according', 'according', 'source', NP_NO_DET),
  before('uk', 'told', 'told', 'venue', NP_NO_DET),
  before('uk', 'interview', 'interview', 'venue', NP_NO_DET),
  credit('uk'),
  // German
  subject('de', 3, 2),
  before('de', 'inverted', 'report', 'source', ['det', 'mod', 'media', 'quote']),
  before('de', 'according', 'according', 'source', ['det', 'mod', 'media', 'quote']),
  { id: 'de/according-after', lang: 'de', role: 'source', descriptors: true, after: [{ gap: 1, of: ['quote'] }, { lex: 'accordingAfter' }] },
  before('de', 'told', 'told', 'venue', ['det', 'mod', 'media', 'quote']),
  before('de', 'interview', 'interview', 'venue', ['det', 'mod', 'media', 'quote']),
  credit('de'),
  // French
  subject('fr', 3, 2),
  before('fr', 'inverted', 'according', 'source'),
  before('fr', 'told', 'told', 'venue'),
  before('fr', 'interview', 'interview', 'venue'),
  credit('fr'),
  // Spanish
  subject('es', 3, 2),
  before('es', 'according', 'according', 'source'),
  before('es', 'told', 'told', 'venue'),
  before('es', 'interview', 'interview', 'venue'),
  credit('es'),
  // Turkish: verb-final; case suffixes after an apostrophe.
  {
    id: 'tr/subject', lang: 'tr', role: 'source', descriptors: true,
    after: [{ gap: 2, of: ['media', 'suffix'] }, { gap: 3, of: ['filler'] }, { lex: 'report' }],
  },
  {
    // A long object clause between the subject and the final verb, the subject set off by a comma.
    id: 'tr/subject-comma', lang: 'tr', role: 'source', descriptors: true,
    after: [{ gap: 2, of: ['media', 'suffix'] }, { lex: 'comma' }, { gap: 10, of: ['word'] }, { lex: 'report' }, { end: true }],
  },
  { id: 'tr/according-after', lang: 'tr', role: 'source', descriptors: true, after: [{ gap: 2, of: ['suffix', 'media'] }, { lex: 'accordingAfter' }] },
  {
    id: 'tr/told', lang: 'tr', role: 'venue', descriptors: true,
    after: [{ gap: 1, of: ['media'] }, { lex: 'dative' }, { gap: 2, of: ['filler'] }, { lex: 'toldAfter' }],
  },
  credit('tr'),
  // Arabic: verb-initial; "لـ" written onto the next word.
  before('ar', 'inverted', 'report', 'source', ['media', 'mod'], 3),
  before('ar', 'according', 'according', 'source', ['media', 'mod', 'liMedia'], 3),
  { id: 'ar/told', lang: 'ar', role: 'venue', descriptors: true, before: [{ lex: 'told' }, { gap: 3, of: ['word'] }, { lex: 'liMedia' }, { gap: 2, of: ['mod', 'media'] }] },
  before('ar', 'interview', 'interview', 'venue', ['media', 'mod', 'liMedia'], 3),
  { id: 'ar/subject', lang: 'ar', role: 'source', descriptors: true, after: [{ gap: 2, of: ['mod', 'filler'] }, { lex: 'report' }] },
  credit('ar'),
  // Persian: verb-final.
  before('fa', 'according', 'according', 'source', ['media', 'mod'], 2),
  before('fa', 'interview', 'interview', 'venue', ['media', 'mod'], 2),
  {
    id: 'fa/subject', lang: 'fa', role: 'source', descriptors: true,
    after: [{ gap: 2, of: ['mod', 'media'] }, { gap: 3, of: ['filler'] }, { lex: 'report' }],
  },
  {
    id: 'fa/told', lang: 'fa', role: 'venue', descriptors: true,
    before: [{ lex: 'be' }, { gap: 2, of: ['media', 'mod'] }],
    after: [{ gap: 2, of: ['mod', 'filler'] }, { lex: 'toldAfter' }],
  },
  credit('fa'),
  // Chinese: one token per character.
  before('zh', 'according', 'according', 'source', ['mod', 'media'], 4),
  { id: 'zh/subject', lang: 'zh', role: 'source', descriptors: true, after: [{ gap: 4, of: ['media', 'filler', 'word'] }, { lex: 'report' }] },
  {
    id: 'zh/venue', lang: 'zh', role: 'venue', descriptors: true,
    before: [{ lex: 'jieshou' }, { gap: 4, of: ['mod', 'media'] }],
    after: [{ gap: 6, of: ['word'] }, { lex: 'venueAfter' }],
  },
];

// State-media citations: links to a registry outlet, the outlet's name in the text (with the role
// the article gives it: source of a claim, venue of someone's statement, or a plain mention), and
// descriptors that stand for an outlet ("the state broadcaster added", after the outlet was named).
// Public-service-independent outlets never produce a finding; disputed rows are listed, not painted.
//
// Every pattern below runs on a bounded window (at most WINDOW characters either side of a name or
// descriptor), so its cost is constant per occurrence and the detector stays linear on huge pages.
import { constructionRole } from '../citation-roles.ts';
import { sensesFor, type SenseRule } from '../rules/state-media-senses.ts';
import { FILLER, MEDIA_NOUN, VERBS_EN, VERBS_OTHER } from '../rules/state-media-phrases.ts';
import {
  AGENCY_NOUN,
  ALL_STATE_MEDIA_PHRASES,
  COUNTRY_ADJ,
  COUNTRY_STEMS,
  COUNTRY_WORDS,
  DESCRIPTOR,
  DESCRIPTOR_DEFAULTS,
  DESCRIPTOR_NEEDLE,
  OFFICIAL_DESCRIPTOR,
  OFFICIAL_DESCRIPTOR_NEEDLE,
  OTHER_DESCRIPTORS,
  TV_NOUN,
} from '../rules/state-media-descriptors.ts';
import { hostOf } from '../hostname.ts';
import {
  OUTLETS,
  countryName,
  findAliases,
  foldCodes,
  outletById,
  outletForHost,
  outletRef,
  siteOutlet,
  typeLabel,
  type AliasEntry,
  type AliasHit,
  type OutletRecord,
} from '../registry/index.ts';
import type { AnalysisContext, Block, Detector, Finding, FindingDetails, Sentence } from '../types.ts';

export { siteOutlet };

type Role = 'source' | 'venue' | 'mention';
interface RoleResult {
  role: Role;
  /** How the role was found: 'credit' for datelines and credit lines. */
  how: 'credit' | 'verb' | 'venue' | 'cjk' | 'none' | 'quote' | 'affiliation' | 'construction';
}

const WINDOW = 140;
/** Sentence context read around a name (quotes, country words, rejections). */
const CONTEXT = 400;
/**
 * Names and descriptors read per article. A news article names outlets a few dozen times; a page
 * with thousands of matches is hostile or a list, and reading more would only stall the page.
 */
const MAX_ITEMS = 600;
const PSI = 'public-service-independent';

// ---- Cues after a name: "Xinhua reported", "the Global Times wrote in a commentary", "TASS added"
// (phrase lists in ../rules/state-media-phrases.ts).
const AFTER_VERB = new RegExp(
  `^(?:\\s*[)"”»“'’\\]]+)?(?:\\s*\\([^()]{0,40}\\))?(?:\\s+(?:news |press |state |official )?${MEDIA_NOUN})?` +
    `(?:\\s*,[^,;:.?!"“”]{1,90},)?(?:\\s+${FILLER}){0,3}\\s+(?:${VERBS_EN}|${VERBS_OTHER})(?![\\p{L}])`,
  'iu',
);
/** A broadcaster's own programmes as the subject ("CCTV's evening bulletin and its news channel both carried"). */
const AFTER_POSSESSIVE_VERB = new RegExp(
  `^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,6}?(?:${VERBS_EN})(?![\\p{L}])`,
  'iu',
);
const AFTER_POSSESSIVE_INTERVIEW = /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}?interviews?\b/iu;
const AFTER_POSSESSIVE_WORK = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:editorial|commentary|op-ed|report|dispatch|article)\b/iu;
/** "Press TV's Marzieh Hashemi": the name is someone's employer. */
const AFTER_POSSESSIVE_PERSON = /^['’]s?\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const AFTER_HEADLINE_WORK = /^\s+(?:editorial|commentary|op-ed)\b/iu;
/** "CCTV's evening bulletin ran…". */
const AFTER_POSSESSIVE_PROGRAMME =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:program|programme|show|bulletin|broadcast|newscast)s?\s+(?:ran|aired|broadcast|showed|carried)\b/iu;
/** "China's leading party paper, the People's Daily, argues…": the name is itself the appositive. */
const BEFORE_APPOSITIVE = /,\s*(?:the\s+)?["“„«]?$/u;
const AFTER_APPOSITIVE_VERB = new RegExp(`^["”»]?\\s*,\\s+(?:${VERBS_EN})(?![\\p{L}])`, 'iu');

// ---- Cues before a name.
const BEFORE_ACCORDING = new RegExp(
  '(?:according to|citing|quoting|cited by|quoted by|reported by|carried by|published by|posted by|broadcast by|' +
    'aired by|as reported by|as cited by|report by|reports by|commentary by|editorial by|via|selon|d[\'’]après|según|' +
    'segun|secondo|segundo|laut|gemäß|por datos de|по данным|по сообщению|согласно|со ссылкой на|передает|передаёт|' +
    'сообщает|сообщило|пишет|распространило|распространил|цитирует|մեջբերում է)' +
    '\\s+(?:the\\s+)?(?:[^\\s.,;:!?()"“”]+\\s+){0,5}["“„«]?$',
  'iu',
);
const BEFORE_INVERTED = new RegExp(
  `(?:[,"”'’]\\s*|^)(?:said|says|reported|reports|wrote|writes|noted|notes|added|adds|claimed|claims|stated|states|` +
    `announced|continued|explained|warned|told)\\s+(?:the\\s+)?(?:(?:official|state|state-run|state-owned|` +
    `state-controlled|semi-official|government-run|pro-government|news|\\p{Lu}\\p{Ll}+(?:['’]s)?)\\s+){0,3}$`,
  'u',
);
const BEFORE_CREDIT_LABEL =
  /(?:^|[\s(|])(?:source|sources|quelle|fuente|fonte|источник|credit|credits|photo|photos|foto|fotos|bild|image|picture|video|by)\s*:\s*$/iu;
const BEFORE_SLASH = /[\p{L}.]\s*\/\s*$/u;
const AFTER_SLASH = /^\s*\/\s*[\p{L}]/u;
const BEFORE_PIPE = /\|\s*$/;
const AFTER_PIPE = /^\s*\|/;
const BEFORE_COPYRIGHT = /©\s*$/;
const BEFORE_OPEN_PAREN = /\(\s*$/;
const AFTER_CLOSE_PAREN_END = /^\s*\)\s*(?:[-–—]|[.:]?\s*$)/;
const BEFORE_SLASH_OPEN = /(?:^|\s)\/\s*$/;
const AFTER_SLASH_CLOSE = /^\s*\/\s*(?:[.-–—]|$)/;
const AFTER_DASH = /^\s*[-–—]{1,2}\s/;
const BEFORE_DATELINE = /(?:^\s*|\d{1,2}(?:st|nd|rd|th)?[.,]?\s*|\(\s*)$/;
const BEFORE_COLON = /:\s*["“„«]?$/;
const AFTER_HEADLINE_END = /^\s*(?:editorial|commentary|op-ed)?\s*["”»]?\s*[.!]?\s*$/iu;
/** The name is the object of a preposition ("the head of IRNA", "the building of TASS"). */
const BEFORE_PREPOSITION = /(?:^|\s)(?:of|from|at|about|against|into|de|du|des|von|vom|der|des|di|del)\s+(?:the\s+)?$/iu;

// ---- Venue: someone spoke to or on the outlet.
const TOKENS = (n: number): string => `(?:[^\\s.,;:!?()]+\\s+){0,${n}}["“„«'‘]?$`;
const BEFORE_VENUE = [
  new RegExp(`\\b(?:told|tells|telling|tell)\\s+(?:the\\s+|a\\s+|an\\s+)?${TOKENS(4)}`, 'iu'),
  new RegExp(
    `(?:interview(?:ed|s)?|entrevista(?:do|da)?|intervista|entretien|interjú|интервью|wywiad(?:zie)?|röportaj)\\s+` +
      `(?:\\p{L}+ly\\s+)?(?:with|to|for|by|on|in|mit|con|a|à|al|com|avec|dem|der|ao|na|w|z|для|с)\\s+` +
      `(?:the\\s+|a\\s+|an\\s+|il\\s+|la\\s+|el\\s+|der\\s+|dem\\s+|le\\s+|o\\s+)?${TOKENS(5)}`,
    'iu',
  ),
  new RegExp(`\\b(?:spoke|speaking|speaks|talked|talking|talks)\\s+(?:exclusively\\s+)?(?:to|with)\\s+(?:the\\s+|a\\s+|an\\s+)?${TOKENS(3)}`, 'iu'),
  new RegExp(`\\b(?:said|says|stated|speaking|appeared|appearing|remarked|commented)\\s+(?:[^\\s.,;:!?()]+\\s+){0,2}on\\s+(?:the\\s+)?${TOKENS(2)}`, 'iu'),
  new RegExp(`\\bquestions?\\s+(?:put|raised|posed|asked|sent)\\s+(?:to\\s+\\p{L}+\\s+)?by\\s+(?:the\\s+)?${TOKENS(2)}`, 'iu'),
  new RegExp(`\\b(?:answer(?:ed|s)?|repl(?:y|ied))\\s+(?:to\\s+)?(?:a\\s+|the\\s+)?questions?\\s+(?:from|by|of)\\s+(?:the\\s+)?${TOKENS(2)}`, 'iu'),
  new RegExp(`\\b(?:wrote|writing|writes)\\s+(?:in|for)\\s+(?:the\\s+)?${TOKENS(2)}`, 'iu'),
  new RegExp(`\\bpress[- ]conference\\b[^.;]{0,60}\\s(?:in|at)\\s+$`, 'iu'),
  new RegExp(`\\b(?:entrevistad[oa]|interviewée?|intervistat[oa])\\s+(?:en|por|con|par|à|da|in)\\s+${TOKENS(3)}`, 'iu'),
  new RegExp(`\\b(?:disse|disseram|dijo|dijeron|declaró|afirmó|sagte|erklärte|a dit|a déclaré)\\b[^.;:!?]{0,60}?\\s(?:à|ao|a|al|dem|der)\\s+$`, 'iu'),
];
const SOURCE_SUBJECT = /\b(?:an?|one)\s+(?:\p{L}+\s+)?source\b|\bsources\b|\bofficials?\b|\bspokes(?:man|woman|person)\b/iu;

// ---- A staff member's or a building's outlet, not a citation.
const BEFORE_AFFILIATION =
  /\b(?:head|chief|editor|editor-in-chief|editors|director|director-general|president|presidenta|présidente|ceo|founder|correspondent|reporter|journalist|anchor|host|presenter|employees?|staff|spokes(?:man|woman|person)|executive|manager|owner|board|premises|headquarters|building|offices?|studio|workers|travailleurs|trabajadores|colleagues|sede)\s+(?:of|at|for|de|du|de la|von|der|des|da|do)\s+(?:the\s+|la\s+|el\s+)?(?:[^\s.,;:!?()]+\s+){0,4}$/iu;

// ---- Scripts without spaces: cues right after the name.
const CJK_VENUE_AFTER = /^[」』”"]?[^。！？]{0,8}?(?:節目|节目|取材|采访|採訪|专访|專訪|インタビュー|인터뷰)/u;
const CJK_SOURCE_AFTER = /^[」』”"]?[^。！？]{0,50}?(?:報道|报道|報じ|伝え|論評|社説|评论|評論|논평|논설|보도|전했|밝혔)/u;
const CJK_SOURCE_BEFORE = /(?:据|據|によると)\s*[「『“"]?$/u;

// ---- Cue for ambiguous aliases: a media word right beside the name.
const MEDIA_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:agency|channel|newspaper|daily|broadcaster|network|television|tv|radio|outlet|media|` +
    `агентство|агентства|телеканал|газета|agencia|agence|agentur|sender|canal|ajansı|gazete|kanal|dziennik|telewizja|` +
    `persbureau|televisienetwerk|nachrichtenagentur|quotidiano|giornale|jornal|periódico|diario|journal)\\s+["“„«]?$`,
  'iu',
);
const MEDIA_AFTER = /^["”»]?\s*(?:news agency|press agency|agency|newspaper|daily|tabloid|channel|broadcaster|network|television|tv|radio|news|ajansı|agentur|գործակալ\p{L}*|通信|通讯社|通訊社|电视台|電視台|新聞|新闻|신문|통신)(?![\p{L}])/iu;


// ------------------------------------------------------------------------------------------------

function tail(s: string): string {
  return s.length > WINDOW ? s.slice(s.length - WINDOW) : s;
}
function head(s: string): string {
  return s.length > WINDOW ? s.slice(0, WINDOW) : s;
}

/** Spans of reported speech in a sentence (offsets relative to the sentence). */
function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let openChar = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const isDouble = c === '"' || (c === "'" && text[i + 1] === "'");
    if (c === '“' || c === '«' || c === '„') {
      if (open < 0) {
        open = i;
        openChar = c;
      } else if (c === '“' && openChar === '„') {
        spans.push([open, i]);
        open = -1;
      }
    } else if (c === '”' || c === '»') {
      if (open >= 0) spans.push([open, i]);
      else spans.push([0, i]); // the quote opened before this sentence
      open = -1;
    } else if (isDouble) {
      const prev = text[i - 1];
      const next = text[c === '"' ? i + 1 : i + 2];
      const closes = prev !== undefined && /[,.!?]/.test(prev) && (next === undefined || /\s/.test(next));
      if (open >= 0) {
        spans.push([open, i]);
        open = -1;
      } else if (closes) spans.push([0, i]);
      else {
        open = i;
        openChar = '"';
      }
      if (c === "'") i++;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

interface Unit {
  start: number;
  end: number;
  hits: AliasHit[];
}

interface Resolved {
  outlet: OutletRecord;
  entry: AliasEntry;
}

/** The text around a name, for the sense rules (rules/state-media-senses.ts). */
interface Around {
  sentence: string;
  before: string;
  after: string;
}

/** A sense rule that says this occurrence means something else (a camera, a retweet…). */
function otherSense(alias: string, around: Around): SenseRule | undefined {
  return sensesFor(alias).find(
    (r) =>
      !(r.notInHeadlines && isTitleCase(around.sentence)) &&
      (r.sentence?.test(around.sentence) || r.before?.test(around.before) || r.after?.test(around.after)),
  );
}

const WORDS = /\p{L}[\p{L}'’-]*/gu;
/** A headline in title case: most words of four letters or more start with a capital. */
function isTitleCase(sentence: string): boolean {
  const long = (sentence.match(WORDS) ?? []).filter((w) => w.length >= 4);
  if (long.length < 3) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.7;
}

function pickEntry(hit: AliasHit, around: Around, blockText: string): Resolved | null | 'blocked' {
  if (hit.entries.some((e) => e.outlet === null)) return 'blocked';
  const ok: AliasEntry[] = [];
  for (const e of hit.entries) {
    const o = e.outlet;
    if (!o) continue;
    if (e.rule === 'country') {
      const words = COUNTRY_WORDS[o.country];
      if (!words || !(words.test(around.sentence) || words.test(blockText.slice(0, 2000)))) continue;
    }
    if (otherSense(e.alias, around)) continue;
    ok.push(e);
  }
  if (ok.length === 0) return null;
  // Fairness first (state-media.md §4): if a public-service-independent outlet fits, it wins.
  ok.sort((a, b) => rank(a) - rank(b));
  const best = ok[0] as AliasEntry;
  return { outlet: best.outlet as OutletRecord, entry: best };
}

function rank(e: AliasEntry): number {
  if (e.outlet?.type === PSI) return 0;
  if (e.rule === 'country') return 1;
  if (e.rule === null || e.rule === 'exact') return 2;
  return 3;
}

const ABBR_AFTER = /^\s*\(\s*\p{Lu}[\p{Lu}\p{N}&+.-]{1,9}\s*\)/u;
const PAREN_BETWEEN = /^\s*\(\s*$/;
const CLOSE_AFTER = /^\s*\)/;
const CAP_WORD = /^\p{Lu}/u;
const LINK_WORD = /^(?:and|of|for|the|de|du|des|la|le|y|e|und|et|och)$/iu;

/** "Korean Central News Agency (KCNA)", "Radio and Television Corporation (TRT)": one unit. */
function buildUnits(text: string, hits: AliasHit[]): Unit[] {
  const units: Unit[] = [];
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k] as AliasHit;
    const unit: Unit = { start: hit.start, end: hit.end, hits: [hit] };
    const next = hits[k + 1];
    if (next && PAREN_BETWEEN.test(text.slice(hit.end, next.start)) && CLOSE_AFTER.test(text.slice(next.end, next.end + 4))) {
      unit.hits.push(next);
      unit.end = text.indexOf(')', next.end) + 1;
      k++;
    } else {
      const m = ABBR_AFTER.exec(text.slice(hit.end, hit.end + 20));
      if (m) unit.end = hit.end + m[0].length;
      else if (BEFORE_OPEN_PAREN.test(text.slice(Math.max(0, hit.start - 3), hit.start)) && CLOSE_AFTER.test(text.slice(hit.end, hit.end + 3))) {
        // "(TRT)" after a capitalised full name the registry does not list: extend back over it.
        const open = text.lastIndexOf('(', hit.start);
        const before = text.slice(Math.max(0, open - 80), open);
        const words = before.split(/(\s+)/);
        let len = 0;
        let start = -1;
        for (let w = words.length - 1; w >= 0; w--) {
          const word = words[w] as string;
          len += word.length;
          if (!word.trim()) continue;
          if (CAP_WORD.test(word)) start = open - len;
          else if (!LINK_WORD.test(word)) break;
        }
        const prev = units[units.length - 1];
        if (start >= 0 && (!prev || prev.end <= start)) {
          unit.start = start;
          unit.end = text.indexOf(')', hit.end) + 1;
        }
      }
    }
    units.push(unit);
  }
  return units;
}

function classify(before: string, after: string, inQuote: boolean, descriptor = false): RoleResult {
  const b = tail(before);
  const a = head(after);
  if (inQuote) return { role: 'mention', how: 'quote' };
  // Credit lines and datelines: "(Xinhua) —", "/TASS/", "Photo: …/AA", "| TASS |", "Source: IRNA".
  if (
    (BEFORE_OPEN_PAREN.test(b) && AFTER_CLOSE_PAREN_END.test(a)) ||
    (BEFORE_SLASH_OPEN.test(b) && AFTER_SLASH_CLOSE.test(a)) ||
    BEFORE_CREDIT_LABEL.test(b) ||
    BEFORE_COPYRIGHT.test(b) ||
    BEFORE_SLASH.test(b) ||
    AFTER_SLASH.test(a) ||
    BEFORE_PIPE.test(b) ||
    AFTER_PIPE.test(a) ||
    (AFTER_DASH.test(a) && BEFORE_DATELINE.test(b))
  ) {
    return { role: 'source', how: 'credit' };
  }
  const venueFirst = BEFORE_VENUE.some((re) => re.test(b));
  if (BEFORE_AFFILIATION.test(b) && !venueFirst) return { role: 'mention', how: 'affiliation' };
  if (AFTER_POSSESSIVE_INTERVIEW.test(a)) return { role: 'venue', how: 'venue' };
  if (AFTER_POSSESSIVE_VERB.test(a) || AFTER_POSSESSIVE_WORK.test(a) || AFTER_POSSESSIVE_PROGRAMME.test(a)) {
    return { role: 'source', how: 'verb' };
  }
  if (AFTER_POSSESSIVE_PERSON.test(a)) return { role: 'mention', how: 'affiliation' };
  if (venueFirst) return { role: SOURCE_SUBJECT.test(b) ? 'source' : 'venue', how: 'venue' };
  if (BEFORE_ACCORDING.test(b) || BEFORE_INVERTED.test(b)) return { role: 'source', how: 'verb' };
  if ((AFTER_VERB.test(a) || AFTER_HEADLINE_WORK.test(a)) && !BEFORE_PREPOSITION.test(b)) {
    return { role: 'source', how: 'verb' };
  }
  if (BEFORE_COLON.test(b) && AFTER_HEADLINE_END.test(a)) return { role: 'source', how: 'verb' };
  if (BEFORE_APPOSITIVE.test(b) && AFTER_APPOSITIVE_VERB.test(a)) return { role: 'source', how: 'verb' };
  if (CJK_VENUE_AFTER.test(a)) return { role: 'venue', how: 'cjk' };
  if (CJK_SOURCE_AFTER.test(a) || CJK_SOURCE_BEFORE.test(b)) return { role: 'source', how: 'cjk' };
  // Constructions of every supported language (rules/state-media-constructions.ts).
  const c = constructionRole(b, a, descriptor);
  if (c) return { role: c.role, how: 'construction' };
  return { role: 'mention', how: 'none' };
}

// "an interview given to TASS, a Brazilian daily and Xinhua": the outlet is one item of a list.
const LIST_END = /(?:,|\band|\bet|\bund|\by|\be|\bи|\bi)\s*$/iu;
const LIST_BREAK = /[.;:!?()"“”«»]|\b(?:said|says|which|who|that|where|while|but|because|after|before|when|told|reported|then)\b/iu;
function isListGap(between: string): boolean {
  return between.length <= 160 && LIST_END.test(between) && !LIST_BREAK.test(between);
}

function hasMediaCue(before: string, after: string): boolean {
  return MEDIA_BEFORE.test(tail(before)) || MEDIA_AFTER.test(head(after));
}

/** Sentence lookup for offsets that only grow (items are visited in text order). */
function sentenceCursor(sentences: Sentence[]): (offset: number) => Sentence | undefined {
  let k = 0;
  return (offset) => {
    while (k < sentences.length && (sentences[k] as Sentence).end <= offset) k++;
    const s = sentences[k];
    return s && offset >= s.start ? s : undefined;
  };
}

interface Named {
  outlet: OutletRecord;
  blockId: number;
}

function reasonFor(outlet: OutletRecord, role: Role | 'link', descriptor?: string): string {
  const label = `${outlet.name}, a ${typeLabel(outlet)}`;
  if (outlet.disputed) return `Names ${label}; it is listed, not highlighted.`;
  switch (role) {
    case 'source':
      return descriptor
        ? `Cites ${label}, here called "${descriptor}", as the source of this claim.`
        : `Cites ${label}, as the source of this claim.`;
    case 'venue':
      return `This statement was given to ${label}.`;
    case 'link':
      return `Links to ${label}.`;
    default:
      return `Names ${label}, without relying on it as a source here.`;
  }
}

function makeFinding(
  block: Block,
  start: number,
  end: number,
  outlet: OutletRecord | null,
  role: Role | 'link',
  rule: string,
  extra: { descriptor?: string; sentence?: string; cue?: string; country?: string | undefined } = {},
): Finding {
  const disputed = outlet?.disputed ?? false;
  const shownRole = disputed ? 'mention' : role;
  const details: FindingDetails = { role: shownRole };
  if (outlet) details.outlet = outletRef(outlet);
  if (extra.sentence) details.sentence = extra.sentence;
  if (disputed) details.cue = `${role} (disputed outlet)`;
  else if (extra.cue) details.cue = extra.cue;
  // A generic finding (no outlet): details.country says whose state media, details.cue the words.
  if (!outlet && extra.country) details.country = extra.country;
  const whose = extra.country ? `${countryName(extra.country)}'s state media` : 'unnamed state media';
  const words = block.text.slice(start, end);
  const reason = outlet
    ? reasonFor(outlet, role, extra.descriptor)
    : role === 'venue'
      ? `This statement was given to ${whose} ("${words}").`
      : `Cites ${whose} ("${words}") as the source of this claim.`;
  return {
    id: `state-media:${block.id}:${start}:${end}`,
    kind: 'state-media',
    rule: disputed ? 'state-media/disputed' : rule,
    blockId: block.id,
    start,
    end,
    text: block.text.slice(start, end),
    reason,
    severity: shownRole === 'mention' ? 'low' : role === 'source' ? 'high' : 'medium',
    details,
  };
}

/** Countries with at least one state-controlled or state-affiliated, undisputed registry outlet. */
const STATE_MEDIA_COUNTRIES: ReadonlySet<string> = new Set(
  OUTLETS.filter((o) => o.type !== PSI && !o.disputed).map((o) => o.country),
);

interface Descriptor {
  kind: 'descriptor';
  start: number;
  end: number;
  /** ISO code of the country the descriptor names, if any. */
  country: string | undefined;
  /** The media noun ("news agency", "Staatsfernsehen"), to pick a default outlet. */
  noun: string;
  /** "<country> media" of a country whose media are all state-run: never one outlet. */
  whole: boolean;
}

const DESCRIPTOR_SCANS: readonly (readonly [RegExp, RegExp])[] = [
  [OFFICIAL_DESCRIPTOR, OFFICIAL_DESCRIPTOR_NEEDLE],
  [DESCRIPTOR, DESCRIPTOR_NEEDLE],
];

/**
 * The needles of the phrase lists joined into one pattern per flag set: most blocks hold none of
 * them, and one scan of the alternation costs a fraction of a scan per needle. When it finds none,
 * no needle is in the text; else each needle is tested on its own, as before. (A needle with a
 * `g` or `y` flag, which keeps state, or with a back-reference is left out and always tested.)
 */
const GROUPED_NEEDLES = new Set<RegExp>();
const NEEDLE_GROUPS: readonly RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  for (const p of [...ALL_STATE_MEDIA_PHRASES, ...OTHER_DESCRIPTORS]) {
    const n = p.needle;
    if (!n || /[gy]/.test(n.flags) || /\\[1-9k]/.test(n.source) || GROUPED_NEEDLES.has(n)) continue;
    GROUPED_NEEDLES.add(n);
    const sources = byFlags.get(n.flags) ?? [];
    sources.push(`(?:${n.source})`);
    byFlags.set(n.flags, sources);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
})();

/** Every state-media descriptor in `text`, in the supported languages, non-overlapping. */
function findDescriptors(text: string, limit: number): Descriptor[] {
  const found: Descriptor[] = [];
  const add = (d: Descriptor): void => {
    if (found.length < limit && !found.some((x) => x.start < d.end && d.start < x.end)) found.push(d);
  };
  for (const [re, needle] of DESCRIPTOR_SCANS) {
    // Most blocks name no state medium: a text without the words every match has is not scanned.
    if (!needle.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && found.length < limit; m = re.exec(text)) {
      const word = (m[1] ?? m[2] ?? '').toLowerCase();
      add({ kind: 'descriptor', start: m.index, end: m.index + m[0].length, country: word ? COUNTRY_ADJ[word] : undefined, noun: m[3] ?? '', whole: false });
    }
  }
  const someNeedle = NEEDLE_GROUPS.some((re) => re.test(text));
  const absent = (needle: RegExp): boolean => (GROUPED_NEEDLES.has(needle) && !someNeedle) || !needle.test(text);
  for (const p of ALL_STATE_MEDIA_PHRASES) {
    if (p.needle && absent(p.needle)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m && found.length < limit; m = p.re.exec(text)) {
      add({ kind: 'descriptor', start: m.index, end: m.index + m[0].length, country: p.country, noun: m[0], whole: true });
    }
  }
  for (const p of OTHER_DESCRIPTORS) {
    if (p.needle && absent(p.needle)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m && found.length < limit; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const near = text.slice(Math.max(0, start - 25), Math.min(text.length, end + 25));
      const country = COUNTRY_STEMS.find((c) => c.re.test(near))?.country;
      add({ kind: 'descriptor', start, end, country, noun: m[0], whole: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function run(ctx: AnalysisContext): Finding[] {
  const findings: Finding[] = [];
  const site = ctx.host ? outletForHost(ctx.host) : undefined;
  const first = ctx.article.blocks[0];
  if (site && site.type !== PSI && first) {
    findings.push({
      id: `state-media:site:${site.id}`,
      kind: 'state-media',
      rule: 'state-media/site',
      blockId: first.id,
      start: 0,
      end: 0,
      text: '',
      reason: `This site is ${site.name}, a ${typeLabel(site)}.`,
      severity: site.disputed ? 'low' : 'medium',
      details: { outlet: outletRef(site), role: 'site' },
    });
  }
  let lastNamed: Named | null = null;
  let budget = 0;
  let prevUnit: { end: number; sStart: number; blockId: number; role: RoleResult } | null = null;

  for (const block of ctx.article.blocks) {
    if (ctx.promotionBlocks.has(block.id)) continue;
    const text = block.text;
    const sentences = ctx.sentencesByBlock.get(block.id) ?? [];
    const taken: [number, number][] = [];

    // Links to an outlet's domain (label boundary), except the site's own links.
    const linkOutlets: { start: number; end: number; outlet: OutletRecord }[] = [];
    for (const link of block.links) {
      const outlet = outletForHost(hostOf(link.href));
      if (!outlet || outlet.type === PSI || (site && outlet.id === site.id)) continue;
      linkOutlets.push({ start: link.start, end: link.end, outlet });
    }

    const hits = findAliases(text, foldCodes(text), MAX_ITEMS);
    const units = buildUnits(text, hits);
    const unitStarts = new Set(units.map((u) => u.start));
    const unitEnds = new Set(units.map((u) => u.end));
    const sentenceAt = sentenceCursor(sentences);
    type Item = { kind: 'unit'; unit: Unit } | Descriptor;
    const items: Item[] = units.map((unit) => ({ kind: 'unit', unit }));
    for (const d of findDescriptors(text, 2 * MAX_ITEMS)) items.push(d);
    items.sort((x, y) => (x.kind === 'unit' ? x.unit.start : x.start) - (y.kind === 'unit' ? y.unit.start : y.start));

    for (const item of items) {
      if (++budget > MAX_ITEMS) break;
      const start = item.kind === 'unit' ? item.unit.start : item.start;
      const end = item.kind === 'unit' ? item.unit.end : item.end;
      const s = sentenceAt(start);
      const sStart = s?.start ?? 0;
      const sEnd = s ? Math.max(s.end, end) : text.length;
      // Context is read in bounded windows, so a one-sentence 1 MB page costs O(1) per item.
      const cStart = Math.max(sStart, start - CONTEXT);
      const sentenceText = text.slice(cStart, Math.min(sEnd, end + CONTEXT));
      const before = text.slice(Math.max(sStart, start - WINDOW), start);
      const after = text.slice(end, Math.min(sEnd, end + WINDOW));
      const rel = start - cStart;
      const relEnd = end - cStart;
      const inQuote = quoteSpans(sentenceText.slice(0, relEnd + CONTEXT)).some(
        ([qs, qe]) => qs < rel && relEnd <= qe && qe - qs - 1 > relEnd - rel + 4,
      );

      if (item.kind === 'descriptor') {
        let adjacentName = false;
        for (let d = 0; d <= 3; d++) if (unitStarts.has(end + d) || (d <= 2 && unitEnds.has(start - d))) adjacentName = true;
        if (adjacentName || inQuote) continue;
        const role = classify(before, after, false, true);
        if (role.role === 'mention' || role.how === 'credit') continue;
        const country = item.country;
        let outlet: OutletRecord | null = null;
        const recent = lastNamed && block.id - lastNamed.blockId <= 3 ? lastNamed.outlet : null;
        if (recent && (!country || recent.country === country)) {
          if (recent.type === PSI) continue;
          outlet = recent;
        } else if (country) {
          const defaults = DESCRIPTOR_DEFAULTS[country];
          const id = item.whole ? undefined : AGENCY_NOUN.test(item.noun) ? defaults?.agency : TV_NOUN.test(item.noun) ? defaults?.tv : undefined;
          outlet = id ? (outletById(id) ?? null) : null;
          // Otherwise a generic finding, only for a country with state-controlled outlets in the
          // registry (not for countries whose public broadcasters are independent).
          if (!outlet && !STATE_MEDIA_COUNTRIES.has(country)) continue;
        }
        const f = makeFinding(block, start, end, outlet, role.role, 'state-media/descriptor', {
          descriptor: text.slice(start, end),
          country: outlet ? undefined : country,
          sentence: s?.text,
          cue: text.slice(start, end),
        });
        findings.push(f);
        taken.push([start, end]);
        continue;
      }

      // A name: pick the outlet, then the role.
      const unit = item.unit;
      let resolved: Resolved | null = null;
      let blocked = false;
      for (const hit of unit.hits) {
        const around = {
          sentence: sentenceText,
          before: text.slice(Math.max(sStart, hit.start - WINDOW), hit.start),
          after: text.slice(hit.end, Math.min(sEnd, hit.end + WINDOW)),
        };
        const r = pickEntry(hit, around, text);
        if (r === 'blocked') blocked = true;
        else if (r && !resolved) resolved = r;
      }
      if (blocked || !resolved) continue;
      const { outlet, entry } = resolved;
      lastNamed = { outlet, blockId: block.id };
      if (outlet.type === PSI) continue;
      let role = classify(before, after, inQuote);
      if (
        role.how === 'none' &&
        prevUnit &&
        prevUnit.blockId === block.id &&
        prevUnit.sStart === sStart &&
        prevUnit.role.role !== 'mention' &&
        prevUnit.role.how !== 'credit' &&
        isListGap(text.slice(prevUnit.end, start))
      ) {
        role = prevUnit.role;
      }
      prevUnit = { end, sStart, blockId: block.id, role };
      const rule = entry.rule;
      if (rule === 'credit' && role.how !== 'credit') continue;
      if (role.role === 'mention' && sensesFor(entry.alias).some((r) => r.mentionNeeds && !r.mentionNeeds.test(text.slice(0, 4000)))) {
        continue;
      }
      if ((rule === 'cue' || rule === 'rt' || rule === 'sputnik' || rule === 'mir') && role.role === 'mention') {
        if (!hasMediaCue(before, after)) continue;
      }
      const link = linkOutlets.find((l) => l.start < end && start < l.end);
      if (link && role.role === 'mention') continue; // the link finding below covers it
      const ruleId =
        role.role === 'source'
          ? role.how === 'credit'
            ? 'state-media/credit'
            : 'state-media/source-name'
          : role.role === 'venue'
            ? 'state-media/venue'
            : 'state-media/mention';
      // A linked name is the outlet the link goes to (arabic.rt.com: RT Arabic, not RT).
      const cited = link && link.outlet.type !== PSI ? link.outlet : outlet;
      findings.push(makeFinding(block, start, end, cited, role.role, ruleId, { sentence: s?.text }));
      taken.push([start, end]);
    }

    for (const l of linkOutlets) {
      if (taken.some(([a, b]) => a < l.end && l.start < b)) continue;
      const s = sentenceCursor(sentences)(l.start);
      findings.push(makeFinding(block, l.start, l.end, l.outlet, 'link', 'state-media/link', { sentence: s?.text }));
      lastNamed = { outlet: l.outlet, blockId: block.id };
    }
  }
  return findings;
}

export const stateMediaDetector: Detector = { id: 'state-media', run };

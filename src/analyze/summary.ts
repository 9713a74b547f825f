import { hostOf } from './hostname.ts';
import { siteOfHost } from './site.ts';
import { BACKREF_HEAD, CONTRACTED_AUX, DEFINITE, PRONOUN_SUBJECT } from './claims/words.ts';
import { isCounted } from './findings.ts';
import { notCheckedSentence } from './coverage-text.ts';
import type {
  AnalysisContext,
  AttributionKind,
  CitedOutlet,
  Coverage,
  Finding,
  FindingKind,
  ReportSummary,
  SourceSummary,
} from './types.ts';

/** Runs of non-white-space, as `/\S+/g` counts them, without building an array of every word. */
function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function emptyAttribution(): Record<AttributionKind, number> {
  return { named: 0, anonymous: 0, vague: 0, collective: 0, hearsay: 0, none: 0 };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const ALL_ANALYSED: Coverage = { lang: 'und', claim: true, 'state-media': true, promotion: true };

/**
 * Sources table and headline verdict, derived only from the findings and the attribution pass.
 * The own-voice view (hedges, statements with no source) is not counted (`isCounted`), and a kind the
 * analyzer did not read in the article's language (`coverage`) is not graded.
 */
export function buildSummary(
  ctx: AnalysisContext,
  allFindings: readonly Finding[],
  coverage: Coverage = ALL_ANALYSED,
): { sources: SourceSummary; summary: ReportSummary } {
  const findings = allFindings.filter(isCounted);
  const counts: Record<FindingKind, number> = { claim: 0, 'state-media': 0, promotion: 0 };
  for (const f of findings) counts[f.kind]++;

  // Outlets: one row per outlet, citations (relied on) separate from mentions.
  const outlets = new Map<string, CitedOutlet>();
  for (const f of findings) {
    const outlet = f.details?.outlet;
    if (f.kind !== 'state-media' || !outlet) continue;
    const row = outlets.get(outlet.id) ?? { outlet, citations: 0, mentions: 0 };
    if (f.details?.role === 'mention') row.mentions++;
    else if (f.details?.role !== 'site') row.citations++;
    outlets.set(outlet.id, row);
  }

  const attribution = emptyAttribution();
  const named = new Set<string>();
  for (const rec of ctx.attributions) {
    attribution[rec.kind]++;
    if (rec.kind === 'named' && rec.source && namesSomeone(rec.source)) named.add(rec.source);
  }

  const linksOut = new Set<string>();
  const ownSite = siteOfHost(ctx.host);
  let articleChars = 0;
  let words = 0;
  for (const block of ctx.article.blocks) {
    if (ctx.promotionBlocks.has(block.id)) continue;
    for (const link of block.links) {
      const host = hostOf(link.href);
      // Another site is another registrable domain: a link to a subdomain of the page's own site
      // (a widget host, an image server) is not a link out.
      if (host && siteOfHost(host) !== ownSite) linksOut.add(host);
    }
    if (!block.dropped) {
      articleChars += block.text.length;
      words += countWords(block.text);
    }
  }
  let promoChars = 0;
  let allChars = 0;
  for (const block of ctx.article.blocks) {
    allChars += block.text.length;
    if (ctx.promotionBlocks.has(block.id)) promoChars += block.text.length;
  }

  const sources: SourceSummary = {
    outlets: [...outlets.values()].sort((a, b) => b.citations - a.citations),
    attribution,
    linksOut: [...linksOut].sort(),
    sourceList: ctx.sourceListBlocks.size > 0,
    named: [...named].slice(0, 50),
  };

  const relied = sources.outlets.filter(
    (o) => o.citations > 0 && o.outlet.type !== 'public-service-independent' && !o.outlet.disputed,
  );
  const weakClaims = findings.filter((f) => f.kind === 'claim' && f.severity !== 'low').length;
  // What the grade may rest on: only the kinds read in the article's language.
  const graded = {
    relied: coverage['state-media'] ? relied.length : 0,
    weakClaims: coverage.claim ? weakClaims : 0,
    claim: coverage.claim ? counts.claim : 0,
    promotion: coverage.promotion ? counts.promotion : 0,
  };
  const sentences = ctx.sentences.length;
  const parts: string[] = [];
  if (relied.length > 0) {
    const names = relied.map((o) => o.outlet.name).join(' and ');
    parts.push(`relies on state-controlled media (${names})`);
  }
  if (counts.claim > 0) {
    parts.push(`${plural(counts.claim, 'claim rests', 'claims rest')} on no named source`);
  }
  if (counts.promotion > 0) parts.push(plural(counts.promotion, 'promotional block', 'promotional blocks'));

  let grade: ReportSummary['grade'];
  if (sentences === 0 || articleChars === 0) grade = 'none';
  else if (graded.relied > 0 || graded.weakClaims >= 3) grade = 'weak';
  else if (graded.claim > 0 || graded.promotion > 0) grade = 'mixed';
  else grade = 'good';

  const head =
    grade === 'weak' ? 'Weak sourcing' : grade === 'mixed' ? 'Mixed sourcing' : grade === 'good' ? 'Nothing flagged' : 'Nothing to judge';
  const notChecked = grade === 'none' ? '' : notCheckedSentence(coverage);
  const base =
    parts.length > 0
      ? `${head}: ${parts.join('; ')}.`
      : grade === 'good'
        ? notChecked
          ? 'Nothing flagged in what Sourcelight could read.'
          : 'Nothing flagged: every claim we checked has a named source. Read on with your own judgement.'
        : 'Nothing to judge: no article text was found.';
  const verdict = notChecked ? `${base} ${notChecked}` : base;

  return {
    sources,
    summary: {
      counts,
      grade,
      verdict,
      sentences,
      words,
      promotionShare: allChars > 0 ? promoChars / allChars : 0,
    },
  };
}

// Words that open a phrase without naming anyone: determiners and pronouns, capitalised only
// because a sentence starts with them.
const OPENERS = new Set([...DEFINITE, ...PRONOUN_SUBJECT, 'a', 'an', 'one', 'what']);
const NOT_AN_OPENER = new Set([
  'of', 'for', 'at', 'during', 'on', 'in', 'with', 'by', 'from', 'to', 'into', 'after', 'before', 'since',
  'about', 'over', 'under', 'between', 'among', 'through', 'without', 'within', 'across', 'against', 'upon',
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'perhaps', 'maybe', 'there', 'quite', 'however', 'meanwhile',
  // An imperative's politeness marker ("Please note that…") opens an instruction, not a subject.
  'please',
]);
// "Occasionally I'll", "I've": the writer's own first person, contracted or not, is nobody to list.
const FIRST_PERSON = /^i(?:['’](?:ll|ve|m|d))?$/;

/**
 * Whether a named-source phrase is worth listing to the reader: it holds a proper name (a
 * capitalised word that is not a sentence-opening determiner or pronoun) or ends in a role or
 * document noun that points back to one ("the minister", "the agency"). "The lesson" is neither.
 */
export function namesSomeone(source: string): boolean {
  const words = source.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  if (words.some((w) => FIRST_PERSON.test(w.toLowerCase()))) return false;
  // A subject phrase never opens with a preposition, a finite "be"/"have" or a sentence adverb
  // ("during the show", "is investigating the firm", "Perhaps"): such a phrase is a misreading of
  // the sentence, not a source. A share of respondents ("a third of voters" as a percentage) is a poll's figure.
  const first = words[0]?.toLowerCase() ?? '';
  if (NOT_AN_OPENER.has(first) || /\bper ?cent\b|%/i.test(source)) return false;
  // "It's", "They'll": a pronoun with its auxiliary contracted onto it is still an opener.
  if (words.some((w) => /^\p{Lu}/u.test(w) && !OPENERS.has(w.toLowerCase().replace(CONTRACTED_AUX, '')))) return true;
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  return BACKREF_HEAD.has(last) || BACKREF_HEAD.has(last.replace(/s$/, ''));
}

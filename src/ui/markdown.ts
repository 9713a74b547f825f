// Report → a short Markdown summary (the popup's "Copy summary"), plus the small pure views of a
// Report that the popup shares with it, so the copied text and the popup always say the same thing.
// No DOM, no browser APIs: unit-tested in Node.
import { ANALYSED_LANGS, isPartial, languageName, notCheckedSentence } from '../analyze/coverage-text.ts';
import type { AttributionKind, Coverage, Finding, FindingKind, OutletRef, Report, ReportSummary } from '../analyze/types.ts';
import { t as defaultStrings, type Strings } from './strings.ts';

/** Display order of the kinds: the verdict leads with state media. */
export const KIND_ORDER: readonly FindingKind[] = ['state-media', 'claim', 'promotion'];
export const ATTRIBUTION_ORDER: readonly AttributionKind[] = ['named', 'anonymous', 'vague', 'collective', 'hearsay', 'none'];

export interface FindingGroups {
  /** Findings painted in the page, by kind, in reading order: each one is a jump target. */
  byKind: Record<FindingKind, Finding[]>;
  /** State-media findings with role 'mention': named in the article, not relied on, not painted. */
  mentions: Finding[];
  /** State-media findings with role 'site': the page itself belongs to a registry outlet. */
  site: Finding[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroups {
  const sorted = [...findings].sort((a, b) => a.blockId - b.blockId || a.start - b.start);
  const groups: FindingGroups = { byKind: { claim: [], 'state-media': [], promotion: [] }, mentions: [], site: [] };
  for (const f of sorted) {
    const role = f.kind === 'state-media' ? f.details?.role : undefined;
    if (role === 'mention') groups.mentions.push(f);
    else if (role === 'site') groups.site.push(f);
    else groups.byKind[f.kind].push(f);
  }
  return groups;
}

/** The distinct outlets the page itself belongs to (role 'site'). */
export function siteOutlets(findings: readonly Finding[]): OutletRef[] {
  const seen = new Map<string, OutletRef>();
  for (const f of findings) {
    const outlet = f.details?.outlet;
    if (f.kind === 'state-media' && f.details?.role === 'site' && outlet && !seen.has(outlet.id)) seen.set(outlet.id, outlet);
  }
  return [...seen.values()];
}

/** "RU" → "Russia" (in the reader's language when available); anything else is shown as written. */
export function countryName(country: string, lang: string = defaultStrings.lang): string {
  const code = country.trim();
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code; // handled: an engine without that locale shows the code itself
  }
}

/** A page's og:type / schema hint as a reader's word ("News", "Opinion"…), or null when unstated. */
export function workType(type: string | null, s: Strings = defaultStrings): string | null {
  if (!type) return null;
  const key = type.trim().toLowerCase();
  if (!key) return null;
  for (const [hint, label] of s.signals.typeNames) if (key.includes(hint)) return label;
  return type.trim();
}

/** An ISO date as the reader's short date; other text is shown as written. */
export function formatDate(value: string | null, lang: string = defaultStrings.lang): string | null {
  if (!value || !value.trim()) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value.trim();
  try {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(d);
  } catch {
    return value.trim(); // handled: a date the engine can't format is shown as written
  }
}

/**
 * The verdict without its leading grade words ("Weak sourcing: relies on…" → "Relies on…") when it
 * is shown beside the grade badge, so the headline doesn't say the grade twice.
 */
export function verdictBody(summary: Pick<ReportSummary, 'grade' | 'verdict'>, s: Strings = defaultStrings): string {
  const verdict = summary.verdict.trim();
  const prefix = `${s.grade[summary.grade]}:`;
  if (!verdict.toLowerCase().startsWith(prefix.toLowerCase())) return verdict;
  const rest = verdict.slice(prefix.length).trim();
  return rest ? rest.charAt(0).toLocaleUpperCase(s.lang) + rest.slice(1) : verdict;
}

/**
 * The verdict's words as the popup and the export show them: the analyzer's verdict without its
 * grade words and without its sentence on what was not checked (the coverage notice says that,
 * in full); with nothing shown, the neutral empty state (which no longer claims every check ran
 * when some could not).
 */
export function shownVerdict(report: Pick<Report, 'summary' | 'coverage'>, nothing: boolean, s: Strings = defaultStrings): string {
  const { summary, coverage } = report;
  if (nothing) {
    if (summary.grade === 'none') return s.states.nothingToJudge.body;
    return isPartial(coverage) ? s.coverage.nothingFound : s.states.nothingFound.body;
  }
  const sentence = notCheckedSentence(coverage);
  const body = verdictBody(summary, s);
  return sentence ? body.replace(sentence, '').trim() : body;
}

/** The coverage notice's lines (what was not analysed in the article's language), for the export. */
export function coverageLines(coverage: Coverage, s: Strings = defaultStrings): string[] {
  const lang = languageName(coverage.lang, s.lang);
  const later = coverage.claim ? lang : null;
  const langs = ANALYSED_LANGS['state-media'].map((l) => languageName(l, s.lang) ?? l).join(', ');
  const lines: string[] = [];
  if (!coverage.claim) lines.push(s.coverage.claim(lang));
  if (!coverage['state-media']) lines.push(s.coverage['state-media'](later, langs));
  if (!coverage.promotion) lines.push(s.coverage.promotion(coverage['state-media'] ? later : null));
  return lines;
}

const UNNAMED: ReadonlySet<AttributionKind> = new Set(['anonymous', 'vague', 'hearsay']);

/**
 * Sentences with an anonymous, vague or hearsay source: the attribution mix's count, or the
 * highlighted claims of those kinds when there are more of them (every number stays traceable
 * to highlighted text, even if the two passes disagree).
 */
export function anonymousCount(report: Report): number {
  const a = report.sources.attribution;
  const flagged = report.findings.filter((f) => f.kind === 'claim' && f.details?.attribution && UNNAMED.has(f.details.attribution)).length;
  return Math.max(a.anonymous + a.vague + a.hearsay, flagged);
}

/** Whitespace collapsed and cut to `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Inline Markdown escape for untrusted text (titles, findings, names): no links, HTML or emphasis. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    // Brackets are escaped, so parentheses can't form a link and stay readable.
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)\./, '$1\\.');
}

/** Only http(s) URLs are ever linked or opened. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null; // handled: not an address, so no link
  }
}

function findingLine(f: Finding): string {
  const name = f.details?.outlet?.name;
  const outlet = name && !f.text.toLowerCase().includes(name.toLowerCase()) ? ` (${escapeMarkdown(name)})` : '';
  return `- “${escapeMarkdown(clip(f.text, 200))}”${outlet}: ${escapeMarkdown(f.reason)}`;
}

/** The report as a Markdown summary a reader can paste into a note, a chat or an issue. */
export function reportToMarkdown(report: Report, s: Strings = defaultStrings): string {
  const { article, summary, sources } = report;
  const groups = groupFindings(report.findings);
  const lines: string[] = [];
  const title = article.title.trim() ? escapeMarkdown(article.title) : s.markdown.untitled;
  lines.push(`# ${s.markdown.title(title)}`, '');
  const url = safeHttpUrl(article.url);
  if (url) lines.push(`<${url.replace(/>/g, '%3E')}>`, '');

  for (const outlet of siteOutlets(report.findings)) {
    lines.push(`> ${escapeMarkdown(s.siteNotice(outlet.name, s.outletTypePhrase[outlet.type], countryName(outlet.country, s.lang)))}`, '');
  }

  const nothing = report.findings.length === 0;
  const head = nothing ? (summary.grade === 'none' ? s.states.nothingToJudge : s.states.nothingFound) : null;
  const body = shownVerdict(report, nothing, s);
  if (head) lines.push(`**${head.title}.** ${body}`, '');
  else lines.push(`**${s.grade[summary.grade]}.** ${escapeMarkdown(body)}`, '');
  const notChecked = coverageLines(report.coverage, s);
  if (notChecked.length > 0) lines.push(`## ${s.coverage.heading}`, '', ...notChecked.map((l) => `- ${l}`), `- ${s.coverage.notGraded}`, '');

  lines.push(`## ${s.markdown.counts}`, '');
  for (const kind of KIND_ORDER) lines.push(`- ${s.kind[kind]}: ${summary.counts[kind]}`);
  lines.push('');

  if (sources.outlets.length > 0) {
    lines.push(`## ${s.markdown.outlets}`, '');
    for (const row of sources.outlets) {
      const o = row.outlet;
      const usage = s.sources.citedMentioned(row.citations, row.mentions);
      lines.push(`- ${s.markdown.outletLine(escapeMarkdown(o.name), escapeMarkdown(countryName(o.country, s.lang)), s.outletType[o.type], usage)}. ${escapeMarkdown(o.why)}`);
    }
    lines.push('');
  }

  const mix = ATTRIBUTION_ORDER.map((k) => `${s.attribution[k]} ${sources.attribution[k]}`).join(' · ');
  lines.push(`## ${s.markdown.attribution}`, '', mix, '');

  const yesNo = (v: boolean): string => (v ? s.signals.yes : s.signals.no);
  const published = formatDate(article.publishedTime, s.lang);
  const type = workType(article.type, s);
  lines.push(`## ${s.markdown.signals}`, '');
  lines.push(`- ${s.signals.byline}: ${article.byline?.trim() ? escapeMarkdown(article.byline) : s.signals.bylineMissing}`);
  lines.push(`- ${s.signals.date}: ${published ? escapeMarkdown(published) : s.signals.dateMissing}`);
  lines.push(`- ${s.signals.type}: ${type ? escapeMarkdown(type) : s.signals.typeMissing}`);
  lines.push(`- ${s.signals.linksOut}: ${s.signals.linksOutValue(sources.linksOut.length)}`);
  lines.push(`- ${s.signals.sourceList}: ${yesNo(sources.sourceList)}`);
  lines.push(`- ${s.signals.anonymity}: ${s.signals.anonymityValue(anonymousCount(report))}`);
  lines.push(`- ${s.signals.promotion}: ${s.signals.promotionValue(summary.promotionShare)}`);
  if (article.truncated) lines.push(`- ${s.signals.truncated}`);
  lines.push('');

  if (!nothing) {
    lines.push(`## ${s.markdown.findings}`, '');
    for (const kind of KIND_ORDER) {
      const list = groups.byKind[kind];
      if (list.length === 0) continue;
      lines.push(`### ${s.kind[kind]} (${list.length})`, '', ...list.map(findingLine), '');
    }
    if (groups.mentions.length > 0) {
      lines.push(`### ${s.markdown.mentions} (${groups.mentions.length})`, '', ...groups.mentions.map(findingLine), '');
    }
  }

  lines.push(`_${s.markdown.footer}_`, '');
  return lines.join('\n');
}

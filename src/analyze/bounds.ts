// Bounds on what a report carries. A report crosses messages (content script ← background ←
// offscreen document), whose schema (src/messages/schema.ts) caps each string at 20,000 characters
// and the findings at 5,000, and rejects a report that breaks either whole. A hostile page (a
// 30,000-character "sentence" naming Xinhua, a 240 KB page of "Reportedly, …" sentences: 9,000
// findings) made an unbounded report fail validation, and the reader saw an error instead of the
// highlights. tests/unit/hostile.test.ts checks every adversarial input against that schema.
import type { Finding, Report } from './types.ts';

/** Findings kept, in reading order; the summary still counts them all. */
export const MAX_FINDINGS = 2_000;
/** Characters kept of any one string (a highlight longer than this is no single claim). */
export const MAX_STRING = 4_000;

function clip(s: string): string {
  return s.length > MAX_STRING ? `${s.slice(0, MAX_STRING - 1)}…` : s;
}

function clipNullable(s: string | null): string | null {
  return s === null ? null : clip(s);
}

function boundFinding(f: Finding): Finding {
  const long = f.text.length > MAX_STRING;
  const d = f.details;
  const longDetail = (s: string | undefined): boolean => s !== undefined && s.length > MAX_STRING;
  if (!long && f.reason.length <= MAX_STRING && !(d && (longDetail(d.sentence) || longDetail(d.cue) || longDetail(d.subtype)))) {
    return f;
  }
  const out: Finding = { ...f, reason: clip(f.reason) };
  // The span is shortened, not its text alone: text stays block.text.slice(start, end).
  if (long) {
    out.end = f.start + MAX_STRING;
    out.text = f.text.slice(0, MAX_STRING);
  }
  if (d) {
    out.details = { ...d };
    if (d.sentence !== undefined) out.details.sentence = clip(d.sentence);
    if (d.cue !== undefined) out.details.cue = clip(d.cue);
    if (d.subtype !== undefined) out.details.subtype = clip(d.subtype);
  }
  return out;
}

/** The report as it may cross a message: bounded strings, at most MAX_FINDINGS findings. */
export function boundReport(report: Report): Report {
  const a = report.article;
  const capped = report.findings.length > MAX_FINDINGS;
  return {
    ...report,
    article: {
      ...a,
      url: clip(a.url),
      title: clip(a.title),
      byline: clipNullable(a.byline),
      siteName: clipNullable(a.siteName),
      lang: clipNullable(a.lang),
      publishedTime: clipNullable(a.publishedTime),
      type: clipNullable(a.type),
      // Fewer findings than were found: say so, as for a page cut short.
      truncated: a.truncated || capped,
    },
    findings: report.findings.slice(0, MAX_FINDINGS).map(boundFinding),
    sources: {
      ...report.sources,
      linksOut: report.sources.linksOut.slice(0, 500).map(clip),
      named: report.sources.named.map(clip),
    },
    summary: { ...report.summary, verdict: clip(report.summary.verdict) },
  };
}

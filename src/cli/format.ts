import { MAX_FINDINGS } from '../analyze/bounds.ts';
import { languageName } from '../analyze/coverage-text.ts';
import type { Coverage, Report } from '../analyze/types.ts';
import { DEFAULT_MAX_BLOCKS, DEFAULT_MAX_CHARS } from '../extract/limits.ts';

/** "language: Russian (ru) · claims not analysed · promotion in part", or every kind analysed. */
export function formatCoverage(c: Coverage): string {
  const lang = c.lang === 'und' ? 'not identified (und)' : `${languageName(c.lang) ?? c.lang} (${c.lang})`;
  const parts = [`language: ${lang}`];
  parts.push(c.claim ? 'claims analysed' : 'claims not analysed');
  parts.push(c['state-media'] ? 'state media analysed' : 'state media in part (names and links)');
  parts.push(c.promotion ? 'promotion analysed' : 'promotion in part (structure only)');
  return parts.join(' · ');
}

/**
 * What was cut from a report, in words, or null when nothing was: the findings list (a report
 * keeps the first MAX_FINDINGS; the counts cover them all) and the article (extraction stops at
 * DEFAULT_MAX_CHARS characters or DEFAULT_MAX_BLOCKS blocks). JSON readers see `article.truncated`.
 */
export function cutNote(report: Report): string | null {
  const c = report.summary.counts;
  const total = c.claim + c['state-media'] + c.promotion;
  const shown = report.findings.length;
  if (total > shown) {
    return `cut: the first ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} findings are listed (a report keeps at most ${MAX_FINDINGS.toLocaleString('en')}); the counts above cover them all`;
  }
  if (report.article.truncated) {
    return `cut: the article is longer than the analysis limit (${DEFAULT_MAX_CHARS.toLocaleString('en')} characters or ${DEFAULT_MAX_BLOCKS.toLocaleString('en')} blocks); only its first ${report.article.blocks.toLocaleString('en')} blocks were analysed`;
  }
  return null;
}

/** A Report as plain text for a terminal. */
export function formatReport(report: Report, label: string): string {
  const lines: string[] = [];
  const c = report.summary.counts;
  lines.push(`${label}: ${report.article.title || '(untitled)'}`);
  lines.push(`  ${report.summary.verdict}`);
  lines.push(`  ${formatCoverage(report.coverage)}`);
  lines.push(`  claims ${c.claim} · state media ${c['state-media']} · promotion ${c.promotion}`);
  const cut = cutNote(report);
  if (cut) lines.push(`  ${cut}`);
  if (report.sources.outlets.length > 0) {
    const names = report.sources.outlets.map((o) => `${o.outlet.name} (${o.outlet.type}, ${o.outlet.country})`);
    lines.push(`  outlets: ${names.join('; ')}`);
  }
  for (const f of report.findings) {
    const text = f.text.length > 90 ? `${f.text.slice(0, 87)}...` : f.text;
    lines.push(`  [${f.kind}] ${f.rule} block ${f.blockId} @${f.start}-${f.end}: "${text}"`);
    lines.push(`      ${f.reason}`);
  }
  if (cut) lines.push(`  (${cut})`);
  return lines.join('\n');
}

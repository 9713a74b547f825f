import { languageName } from '../analyze/coverage-text.ts';
import type { Coverage, Report } from '../analyze/types.ts';

/** "language: Russian (ru) · claims not analysed · promotion in part", or every kind analysed. */
export function formatCoverage(c: Coverage): string {
  const lang = c.lang === 'und' ? 'not identified (und)' : `${languageName(c.lang) ?? c.lang} (${c.lang})`;
  const parts = [`language: ${lang}`];
  parts.push(c.claim ? 'claims analysed' : 'claims not analysed');
  parts.push(c['state-media'] ? 'state media analysed' : 'state media in part (names and links)');
  parts.push(c.promotion ? 'promotion analysed' : 'promotion in part (structure only)');
  return parts.join(' · ');
}

/** A Report as plain text for a terminal. */
export function formatReport(report: Report, label: string): string {
  const lines: string[] = [];
  const c = report.summary.counts;
  lines.push(`${label}: ${report.article.title || '(untitled)'}`);
  lines.push(`  ${report.summary.verdict}`);
  lines.push(`  ${formatCoverage(report.coverage)}`);
  lines.push(`  claims ${c.claim} · state media ${c['state-media']} · promotion ${c.promotion}`);
  if (report.sources.outlets.length > 0) {
    const names = report.sources.outlets.map((o) => `${o.outlet.name} (${o.outlet.type}, ${o.outlet.country})`);
    lines.push(`  outlets: ${names.join('; ')}`);
  }
  for (const f of report.findings) {
    const text = f.text.length > 90 ? `${f.text.slice(0, 87)}...` : f.text;
    lines.push(`  [${f.kind}] ${f.rule} block ${f.blockId} @${f.start}-${f.end}: "${text}"`);
    lines.push(`      ${f.reason}`);
  }
  return lines.join('\n');
}

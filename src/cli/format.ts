import type { Report } from '../analyze/types.ts';

/** A Report as plain text for a terminal. */
export function formatReport(report: Report, label: string): string {
  const lines: string[] = [];
  const c = report.summary.counts;
  lines.push(`${label}: ${report.article.title || '(untitled)'}`);
  lines.push(`  ${report.summary.verdict}`);
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

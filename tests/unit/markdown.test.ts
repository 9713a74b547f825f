import { describe, expect, it } from 'vitest';
import type { Finding, OutletRef, Report } from '../../src/analyze/types.ts';
import {
  anonymousCount,
  clip,
  countryName,
  escapeMarkdown,
  formatDate,
  groupFindings,
  reportToMarkdown,
  safeHttpUrl,
  siteOutlets,
  verdictBody,
  workType,
} from '../../src/ui/markdown.ts';
import { t } from '../../src/ui/strings.ts';

const RT: OutletRef = {
  id: 'ru-rt',
  name: 'RT',
  country: 'RU',
  type: 'state-controlled',
  why: 'Funded from the Russian federal budget through ANO TV-Novosti.',
  references: ['https://example.org/rt'],
  disputed: false,
};

function finding(id: string, kind: Finding['kind'], blockId: number, start: number, text: string, details?: Finding['details']): Finding {
  return { id, kind, rule: `${kind}/test`, blockId, start, end: start + text.length, text, reason: `Reason for ${id}.`, severity: 'medium', ...(details ? { details } : {}) };
}

function report(findings: Finding[], over: Partial<Report['summary']> = {}): Report {
  const counts = { claim: 0, 'state-media': 0, promotion: 0 };
  for (const f of findings) counts[f.kind]++;
  return {
    version: 1,
    article: {
      url: 'https://news.example.com/a',
      title: 'Peace talks *urged* [again]',
      byline: 'Newsroom',
      siteName: 'Harbour Ledger',
      lang: 'en',
      publishedTime: '2024-08-20',
      type: 'article',
      truncated: false,
      blocks: 10,
    },
    coverage: { lang: 'en', claim: true, 'state-media': true, promotion: true },
    findings,
    sources: {
      outlets: [{ outlet: RT, citations: 2, mentions: 1 }],
      attribution: { named: 5, anonymous: 1, vague: 1, collective: 0, hearsay: 1, none: 2 },
      linksOut: ['rt.com'],
      sourceList: true,
      named: ['Governor Avery'],
    },
    summary: {
      counts,
      grade: 'weak',
      verdict: 'Weak sourcing: relies on state-controlled media (RT); 1 claim rests on no named source.',
      sentences: 20,
      words: 400,
      promotionShare: 0.125,
      ...over,
    },
    timings: { analyzeMs: 12 },
  };
}

describe('groupFindings', () => {
  it('sorts by position and separates mentions and the site notice from jump targets', () => {
    const g = groupFindings([
      finding('c2', 'claim', 3, 5, 'later claim'),
      finding('c1', 'claim', 1, 0, 'earlier claim'),
      finding('m1', 'state-media', 2, 0, 'RT', { outlet: RT, role: 'mention' }),
      finding('s1', 'state-media', 0, 0, 'RT', { outlet: RT, role: 'site' }),
      finding('r1', 'state-media', 2, 10, 'RT reported', { outlet: RT, role: 'source' }),
    ]);
    expect(g.byKind.claim.map((f) => f.id)).toEqual(['c1', 'c2']);
    expect(g.byKind['state-media'].map((f) => f.id)).toEqual(['r1']);
    expect(g.mentions.map((f) => f.id)).toEqual(['m1']);
    expect(g.site.map((f) => f.id)).toEqual(['s1']);
  });

  it('lists each site outlet once', () => {
    const fs = [finding('s1', 'state-media', 0, 0, 'RT', { outlet: RT, role: 'site' }), finding('s2', 'state-media', 1, 0, 'RT', { outlet: RT, role: 'site' })];
    expect(siteOutlets(fs).map((o) => o.id)).toEqual(['ru-rt']);
  });
});

describe('small views', () => {
  it('names countries from ISO codes and keeps other text', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('Belarus')).toBe('Belarus');
  });
  it('maps og:type hints to words', () => {
    expect(workType('article')).toBe('News');
    expect(workType('OpinionNewsArticle')).toBe('Opinion');
    expect(workType('something-else')).toBe('something-else');
    expect(workType('opinion')).toBe('Opinion');
    expect(workType(null)).toBeNull();
    expect(workType('  ')).toBeNull();
  });
  it('formats ISO dates and keeps other text', () => {
    expect(formatDate('2024-08-20')).toBe('Aug 20, 2024');
    expect(formatDate('last Tuesday')).toBe('last Tuesday');
    expect(formatDate(null)).toBeNull();
  });
  it('clips on a word boundary', () => {
    expect(clip('one two three four five six', 16)).toBe('one two three…');
    expect(clip('  short\n text ', 50)).toBe('short text');
  });
  it('drops the grade words from the verdict shown beside the grade', () => {
    expect(verdictBody({ grade: 'weak', verdict: 'Weak sourcing: relies on X.' })).toBe('Relies on X.');
    expect(verdictBody({ grade: 'mixed', verdict: 'Something else.' })).toBe('Something else.');
  });
  it('counts unnamed sources from the mix or the highlighted claims, whichever is larger', () => {
    const r = report([finding('c1', 'claim', 0, 0, 'x', { attribution: 'vague' }), finding('c2', 'claim', 1, 0, 'y', { attribution: 'none' })]);
    expect(anonymousCount(r)).toBe(3);
    r.sources.attribution = { named: 5, anonymous: 0, vague: 0, collective: 0, hearsay: 0, none: 2 };
    expect(anonymousCount(r)).toBe(1);
  });
  it('only accepts http(s) URLs', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
  it('escapes Markdown and HTML syntax in untrusted text', () => {
    expect(escapeMarkdown('[click](javascript:x) <img src=x onerror=alert(1)> *b*')).toBe(
      '\\[click\\](javascript:x) \\<img src=x onerror=alert(1)\\> \\*b\\*',
    );
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('- item')).toBe('\\- item');
  });
});

describe('reportToMarkdown', () => {
  it('writes the verdict, counts, outlets, signals and grouped findings', () => {
    const md = reportToMarkdown(
      report([
        finding('r1', 'state-media', 2, 10, 'Russia Today noted', { outlet: RT, role: 'source' }),
        finding('c1', 'claim', 1, 0, 'who reportedly advised the council', { attribution: 'hearsay' }),
        finding('m1', 'state-media', 4, 0, 'RT', { outlet: RT, role: 'mention' }),
      ]),
    );
    expect(md).toContain('# Sourcelight summary: Peace talks \\*urged\\* \\[again\\]');
    expect(md).toContain('<https://news.example.com/a>');
    expect(md).toContain('**Weak sourcing.** Relies on state-controlled media (RT)');
    expect(md).toContain(`- ${t.kind['state-media']}: 2`);
    expect(md).toContain(`- ${t.kind.claim}: 1`);
    expect(md).toContain('- RT (Russia, State-controlled): relied on 2 times, mentioned 1 time.');
    expect(md).toContain('Named 5 · Anonymous 1 · Vague 1 · Collective 0 · Hearsay 1 · No source 2');
    expect(md).toContain('- Byline: Newsroom');
    expect(md).toContain('- Share of text that is promotion: 13%');
    expect(md).toContain('### Unattributed claims (1)');
    expect(md).toContain('- “who reportedly advised the council”: Reason for c1.');
    expect(md).toContain('- “Russia Today noted” (RT): Reason for r1.');
    expect(md).toContain('### Mentioned, not relied on (1)');
    // state media comes first, as in the popup
    expect(md.indexOf('### State-controlled media')).toBeLessThan(md.indexOf('### Unattributed claims'));
  });

  it('says what was not checked once, under the verdict', () => {
    const r = { ...report([finding('s1', 'state-media', 1, 0, 'RT', { outlet: RT, role: 'source' })]), coverage: { lang: 'es', claim: false, 'state-media': true, promotion: false } };
    r.summary = { ...r.summary, verdict: 'Weak sourcing: relies on state-controlled media (RT). Claims were not checked, and promotion only in part (the article is in Spanish).' };
    const md = reportToMarkdown(r);
    expect(md).toContain('**Weak sourcing.** Relies on state-controlled media (RT).\n');
    expect(md).toContain('## Not fully checked\n\n- Claims were not checked: this article is in Spanish, and Sourcelight reads claims in English only.\n');
    expect(md).toContain('- The verdict does not grade what was not checked.');
    expect(md.match(/Claims were not checked/g)).toHaveLength(1);
    expect(reportToMarkdown(report([]))).not.toContain('Not fully checked');
  });

  it('says "nothing found" neutrally when there are no findings', () => {
    const md = reportToMarkdown(report([], { grade: 'good', verdict: 'Nothing flagged: every claim we checked has a named source.' }));
    expect(md).toContain(`**${t.states.nothingFound.title}.**`);
    expect(md).not.toContain('every claim we checked');
    expect(md).not.toContain('## Findings');
  });

  it('writes the site notice when the page is a registry outlet', () => {
    const md = reportToMarkdown(report([finding('s1', 'state-media', 0, 0, 'RT', { outlet: RT, role: 'site' })]));
    expect(md).toContain('> This site is RT, a government-controlled outlet (Russia).');
  });

  it('does not link a non-http page URL', () => {
    const r = report([]);
    r.article.url = 'javascript:alert(1)';
    expect(reportToMarkdown(r)).not.toContain('javascript:');
  });
});

// The verdict and grade a reader sees first (src/analyze/summary.ts), from findings made by hand
// so these tests hold whatever the detectors find.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/analyze/index.ts';
import { buildSummary, namesSomeone } from '../../src/analyze/summary.ts';
import type { Finding, OutletRef } from '../../src/analyze/types.ts';
import { testArticle } from '../helpers/article.ts';

const TEXT = [
  'The council approved the budget on Tuesday after a long debate.',
  'Road repairs get twelve percent more, the mayor said at the meeting.',
];

let n = 0;
function finding(kind: Finding['kind'], severity: Finding['severity'] = 'medium', details?: Finding['details']): Finding {
  return { id: `f${n++}`, kind, rule: `${kind}/test`, blockId: 0, start: 0, end: 3, text: 'The', reason: 'test', severity, ...(details ? { details } : {}) };
}

const outlet = (type: OutletRef['type'], name: string, disputed = false): OutletRef => ({
  id: name.toLowerCase(),
  name,
  country: 'XX',
  type,
  why: 'test',
  references: [],
  disputed,
});

function summary(findings: Finding[], paragraphs = TEXT) {
  return buildSummary(createContext(testArticle(paragraphs)), findings).summary;
}

describe('grade and verdict', () => {
  it('nothing flagged: good', () => {
    const s = summary([]);
    expect(s.grade).toBe('good');
    expect(s.verdict).toBe('Nothing flagged: every claim we checked has a named source. Read on with your own judgement.');
  });

  it('no article text: nothing to judge', () => {
    const s = summary([], []);
    expect(s.grade).toBe('none');
    expect(s.verdict).toBe('Nothing to judge: no article text was found.');
  });

  it('one claim or one promotional block: mixed', () => {
    expect(summary([finding('claim', 'low')])).toMatchObject({ grade: 'mixed', verdict: 'Mixed sourcing: 1 claim rests on no named source.' });
    expect(summary([finding('promotion', 'low')])).toMatchObject({ grade: 'mixed', verdict: 'Mixed sourcing: 1 promotional block.' });
  });

  it('three claims above low severity: weak; three low ones: still mixed', () => {
    expect(summary([finding('claim'), finding('claim', 'high'), finding('claim')]).grade).toBe('weak');
    expect(summary([finding('claim', 'low'), finding('claim', 'low'), finding('claim', 'low')]).grade).toBe('mixed');
  });

  it('relying on a state-controlled outlet: weak, named in the verdict', () => {
    const s = summary([finding('state-media', 'high', { outlet: outlet('state-controlled', 'Statecast'), role: 'source' }), finding('claim', 'low')]);
    expect(s.grade).toBe('weak');
    expect(s.verdict).toBe('Weak sourcing: relies on state-controlled media (Statecast); 1 claim rests on no named source.');
    expect(s.counts).toEqual({ claim: 1, 'state-media': 1, promotion: 0 });
  });

  it('a mention, an independent public broadcaster or a disputed record is not reliance', () => {
    for (const f of [
      finding('state-media', 'low', { outlet: outlet('state-controlled', 'Statecast'), role: 'mention' }),
      finding('state-media', 'low', { outlet: outlet('public-service-independent', 'Public Radio'), role: 'source' }),
      finding('state-media', 'low', { outlet: outlet('state-affiliated', 'Contested News', true), role: 'source' }),
    ]) {
      expect(summary([f]).grade).toBe('good');
    }
  });
});

describe('named sources listed to the reader', () => {
  it.each([
    ['Mayor Ana Ruiz', true],
    ['Ruiz', true],
    ['the harbour minister', true],
    ['the agency', true],
    ['The lesson', false],
    ['I always', false],
    ['Occasionally I’ll', false],
    ["I've", false],
    ['the whole thing', false],
    ['former port official Ana Ruiz', true],
    ['during the Harbour Festival', false],
    ['is investigating Northwind, according to two people', false],
    ['Perhaps', false],
    ['Forty-two percent of Harbour residents', false],
    ['61% of Northwind customers', false],
    ['Please', false],
    ['It’s often a neighbour', false],
  ])('%s → %s', (source, keep) => {
    expect(namesSomeone(source)).toBe(keep);
  });
});

describe('links to other sites', () => {
  it('a subdomain of the page’s own site is not another site; another registrable domain is', () => {
    const text = 'The council approved the budget, as the city’s own figures and a regional paper show.';
    const at = (word: string, href: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, href });
    const article = testArticle([text], {
      url: 'https://www.harbourtimes.co.uk/news/budget',
      links: [[at('figures', 'https://static.cdn.harbourtimes.co.uk/figures.pdf'), at('paper', 'https://www.valleypost.co.uk/story')]],
    });
    const { sources } = buildSummary(createContext(article), []);
    expect(sources.linksOut).toEqual(['valleypost.co.uk']);
  });
});

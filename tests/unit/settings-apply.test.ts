// filterFindings: which findings a page shows under the reader's settings.
import { describe, expect, it } from 'vitest';
import type { Finding, FindingKind, Severity } from '../../src/analyze/types.ts';
import { filterFindings, isSuppressed, normalizePhrase, type DisplaySettings } from '../../src/settings/apply.ts';
import { DEFAULTS, type Sensitivity } from '../../src/settings/schema.ts';

function f(id: string, kind: FindingKind, severity: Severity, rule = `${kind}/test`, text = 'some text'): Finding {
  return { id, kind, rule, blockId: 0, start: 0, end: text.length, text, reason: 'why', severity };
}

const ALL: Finding[] = [
  f('c-low', 'claim', 'low', 'claim/hedge-wording', 'Some say'),
  f('c-med', 'claim', 'medium', 'claim/hearsay-reportedly', 'reportedly'),
  f('c-high', 'claim', 'high', 'claim/anonymous-opinion', 'sources said'),
  f('sm-low', 'state-media', 'low'),
  f('sm-high', 'state-media', 'high'),
  f('p-low', 'promotion', 'low', 'promotion/related-links', 'Read more'),
];

function settings(over: Partial<DisplaySettings> = {}): DisplaySettings {
  return { kinds: { ...DEFAULTS.kinds }, sensitivity: DEFAULTS.sensitivity, suppressions: [], ...over };
}
const ids = (list: Finding[]): string[] => list.map((x) => x.id);

describe('sensitivity', () => {
  it.each<[Sensitivity, string[]]>([
    ['strict', ['c-low', 'c-med', 'c-high', 'sm-low', 'sm-high', 'p-low']],
    ['balanced', ['c-med', 'c-high', 'sm-low', 'sm-high', 'p-low']],
    ['lenient', ['c-high', 'sm-low', 'sm-high', 'p-low']],
  ])('%s shows %j', (sensitivity, expected) => {
    expect(ids(filterFindings(ALL, settings({ sensitivity })))).toEqual(expected);
  });

  it('the defaults show everything (wiring the filter changes nothing until the reader does)', () => {
    expect(filterFindings(ALL, settings())).toEqual(ALL);
  });
});

describe('kinds', () => {
  it.each<[FindingKind, string[]]>([
    ['claim', ['sm-low', 'sm-high', 'p-low']],
    ['state-media', ['c-low', 'c-med', 'c-high', 'p-low']],
    ['promotion', ['c-low', 'c-med', 'c-high', 'sm-low', 'sm-high']],
  ])('%s off', (kind, expected) => {
    expect(ids(filterFindings(ALL, settings({ kinds: { ...DEFAULTS.kinds, [kind]: false } })))).toEqual(expected);
  });

  it('all off shows nothing', () => {
    expect(filterFindings(ALL, settings({ kinds: { claim: false, 'state-media': false, promotion: false } }))).toEqual([]);
  });
});

describe('suppressions', () => {
  it.each<[string, DisplaySettings['suppressions'], string[]]>([
    ['a whole rule', [{ rule: 'claim/hedge-wording' }], ['c-med', 'c-high', 'sm-low', 'sm-high', 'p-low']],
    ['a rule on its phrase', [{ rule: 'claim/hearsay-reportedly', phrase: 'reportedly' }], ['c-low', 'c-high', 'sm-low', 'sm-high', 'p-low']],
    ['a phrase, case and spaces folded', [{ rule: 'claim/hedge-wording', phrase: '  SOME\nsay ' }], ['c-med', 'c-high', 'sm-low', 'sm-high', 'p-low']],
    ['the phrase under another rule: no effect', [{ rule: 'claim/hedge-quantifier', phrase: 'Some say' }], ids(ALL)],
    ['another phrase of the rule: no effect', [{ rule: 'claim/hedge-wording', phrase: 'Some said' }], ids(ALL)],
    ['a promotion rule', [{ rule: 'promotion/related-links' }], ['c-low', 'c-med', 'c-high', 'sm-low', 'sm-high']],
  ])('%s', (_name, suppressions, expected) => {
    expect(ids(filterFindings(ALL, settings({ suppressions })))).toEqual(expected);
  });

  it('phrase matching is whole, not partial', () => {
    expect(isSuppressed({ rule: 'claim/x', text: 'many experts agree' }, [{ rule: 'claim/x', phrase: 'many experts' }])).toBe(false);
    expect(normalizePhrase(' Many\u00a0 Experts ')).toBe('many experts');
  });

  it('combines with kinds and sensitivity', () => {
    const out = filterFindings(ALL, settings({ sensitivity: 'balanced', kinds: { ...DEFAULTS.kinds, promotion: false }, suppressions: [{ rule: 'claim/anonymous-opinion' }] }));
    expect(ids(out)).toEqual(['c-med', 'sm-low', 'sm-high']);
  });

  it('keeps order and does not mutate its input', () => {
    const input = [...ALL].reverse();
    const copy = structuredClone(input);
    expect(ids(filterFindings(input, settings({ sensitivity: 'lenient' })))).toEqual(['p-low', 'sm-high', 'sm-low', 'c-high']);
    expect(input).toEqual(copy);
  });
});

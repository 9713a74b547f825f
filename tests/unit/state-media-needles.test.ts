// @vitest-environment node
// The descriptor patterns' needles (rules/state-media-descriptors.ts): a needle is a part every
// match of its pattern spells out, so a text without it can be skipped. Each needle is copied from
// its pattern with the same flags, and on phrases written for this test, in every language with a
// needle, the pattern matches and so does the needle (a text the needle misses would lose a finding).
import { describe, expect, test } from 'vitest';
import {
  ALL_STATE_MEDIA_PHRASES,
  DESCRIPTOR,
  DESCRIPTOR_NEEDLE,
  OFFICIAL_DESCRIPTOR,
  OFFICIAL_DESCRIPTOR_NEEDLE,
  OTHER_DESCRIPTORS,
} from '../../src/analyze/rules/state-media-descriptors.ts';

const RULES = [
  { name: 'DESCRIPTOR', re: DESCRIPTOR, needle: DESCRIPTOR_NEEDLE as RegExp | undefined },
  { name: 'OFFICIAL_DESCRIPTOR', re: OFFICIAL_DESCRIPTOR, needle: OFFICIAL_DESCRIPTOR_NEEDLE as RegExp | undefined },
  ...ALL_STATE_MEDIA_PHRASES.map((p) => ({ name: `all ${p.lang} ${p.country}`, re: p.re, needle: p.needle })),
  ...OTHER_DESCRIPTORS.map((p) => ({ name: `other ${p.lang}`, re: p.re, needle: p.needle })),
];

const PHRASES = [
  'the state-run broadcaster said', 'Kremlin-backed TV ran it', 'a government-owned newspaper wrote', 'Russian state media reported',
  "Iran's official news agency said", 'the official Syrian news agency', 'North Korean media said', "Pyongyang's state media",
  'DPRK media', 'Eritrean media', 'Turkmen television', 'северокорейские СМИ', 'СМИ КНДР', 'північнокорейські ЗМІ',
  'nordkoreanische Medien', 'les médias nord-coréens', 'la prensa norcoreana', 'Kuzey Kore medyası', 'государственное телевидение',
  'госСМИ', 'провластные СМИ', 'державне телебачення', 'держЗМІ', 'das Staatsfernsehen', 'staatliche Medien', 'amtliche Nachrichtenagentur',
  "la télévision d'État", 'l’agence officielle', 'la televisión estatal', 'la agencia oficial', 'devlet televizyonu', 'resmi haber ajansı',
  'التلفزيون الرسمي', 'وكالة الأنباء الحكومية', 'تلویزیون دولتی', 'خبرگزاری رسمی',
  'The STATE-RUN channel', 'STAATSMEDIEN', 'ГОСУДАРСТВЕННЫЕ СМИ',
];

describe('descriptor needles', () => {
  const withNeedle = RULES.filter((r) => r.needle);

  test('most patterns have one, with the pattern’s flags (without g)', () => {
    expect(withNeedle.length).toBeGreaterThanOrEqual(18);
    for (const r of withNeedle) expect(`${r.name} ${r.needle?.flags}`).toBe(`${r.name} ${r.re.flags.replace('g', '')}`);
  });

  test('each needle’s words are copied from its pattern', () => {
    for (const r of withNeedle) {
      for (const word of (r.needle as RegExp).source.replace(/^\(\?:|\)$/g, '').split('|')) {
        expect(`${r.name}: ${r.re.source.includes(word)}`).toBe(`${r.name}: true`);
      }
    }
  });

  test('where a pattern matches a phrase, its needle does too', () => {
    let matched = 0;
    for (const r of withNeedle) {
      for (const phrase of PHRASES) {
        r.re.lastIndex = 0;
        if (!r.re.test(phrase)) continue;
        matched++;
        expect(`${r.name} / ${phrase}: ${(r.needle as RegExp).test(phrase)}`).toBe(`${r.name} / ${phrase}: true`);
      }
      r.re.lastIndex = 0;
    }
    // The phrases reach the patterns: every pattern with a needle matched at least one.
    const reached = withNeedle.filter((r) => PHRASES.some((p) => { r.re.lastIndex = 0; const ok = r.re.test(p); r.re.lastIndex = 0; return ok; }));
    expect(reached.map((r) => r.name)).toEqual(withNeedle.map((r) => r.name));
    expect(matched).toBeGreaterThan(withNeedle.length);
  });
});

// @vitest-environment node
// Coverage (issue 15, part 6): the article's language from its text, what is analysed in it, and
// a verdict that does not grade what was not analysed. Every paragraph here was written for this
// test; the places and people are invented.
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../eval/metrics.ts';
import { analyze, createContext } from '../../src/analyze/index.ts';
import { countLetters, coverageFor, detectLanguage, languageSample, primaryLang } from '../../src/analyze/coverage.ts';
import { notCheckedSentence } from '../../src/analyze/coverage-text.ts';
import { buildSummary } from '../../src/analyze/summary.ts';
import type { Article, Block, Coverage, Finding } from '../../src/analyze/types.ts';

const RUSSIAN =
  'Городской совет Заречья во вторник отложил голосование о новом мосте через реку. ' +
  'Депутаты спорили почти четыре часа, но так и не договорились о том, кто заплатит за ремонт подъездной дороги. ' +
  'Жители соседних улиц жалуются, что грузовики уже второй год ездят в объезд через деревни.';

const SPANISH =
  'El ayuntamiento de Valdeluna aplazó el martes la votación sobre el nuevo puente del río. ' +
  'Los concejales discutieron durante casi cuatro horas sin ponerse de acuerdo sobre quién pagará la carretera de acceso. ' +
  'Los vecinos de las calles cercanas se quejan de que los camiones llevan dos años dando un rodeo por los pueblos.';

const ENGLISH =
  'The council of Millbrook postponed its vote on the new river bridge on Tuesday. ' +
  'Councillors argued for almost four hours without agreeing on who would pay for the approach road. ' +
  'People on the nearby streets say lorries have been taking a detour through the villages for two years.';

function block(id: number, text: string, over: Partial<Block> = {}): Block {
  return { id, kind: 'paragraph', text, links: [], dropped: false, tag: 'p', ...over };
}

function article(blocks: Block[], lang: string | null = null): Article {
  return { url: 'https://news.example.org/story', title: 'A story', byline: null, siteName: null, lang, publishedTime: null, type: null, blocks, truncated: false };
}

describe('the language comes from the text', () => {
  test.each([
    ['a Russian paragraph', RUSSIAN, null, 'ru'],
    ['a Spanish paragraph', SPANISH, null, 'es'],
    ['an English paragraph', ENGLISH, null, 'en'],
    // The page's declaration is often a template's "en": the text overrules it.
    ['a Russian paragraph declared English', RUSSIAN, 'en', 'ru'],
    ['a Spanish paragraph declared English', SPANISH, 'en-US', 'es'],
    // …and a right declaration stays.
    ['an English paragraph declared en-GB', ENGLISH, 'en-GB', 'en'],
  ])('%s', (_label, text, declared, lang) => {
    expect(detectLanguage(text, declared).lang).toBe(lang);
  });

  test.each([
    ['a greeting', 'OK, thanks!'],
    ['a product name', 'iPhone 15 Pro Max 256GB'],
    ['a place and a year', 'Tokyo 2020'],
    ['nothing', ''],
  ])('a short ambiguous text with no declared language is und: %s', (_label, text) => {
    expect(detectLanguage(text, null)).toEqual({ lang: 'und', from: 'none' });
  });

  test('a short text keeps its declared language', () => {
    expect(detectLanguage('Officials said the plan would cost more than expected.', 'en')).toEqual({ lang: 'en', from: 'text' });
    expect(detectLanguage('Menu', 'fr')).toEqual({ lang: 'fr', from: 'declared' });
  });

  test('a declared language the detector does not know is kept', () => {
    const danish = 'Byrådet i Havnby udsatte tirsdag afstemningen om den nye bro over åen, fordi politikerne ikke kunne blive enige om prisen på vejen.';
    expect(detectLanguage(danish, 'da').lang).toBe('da');
  });

  test.each([
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['pt_BR', 'pt'],
    ['und', null],
    ['', null],
    ['english', null],
    [null, null],
  ])('primary subtag of %j', (tag, primary) => {
    expect(primaryLang(tag)).toBe(primary);
  });

  test('the sample prefers the article text to dropped blocks', () => {
    const a = article([block(0, 'Related: Más noticias', { dropped: true }), block(1, ENGLISH), block(2, ENGLISH)]);
    expect(languageSample(a).startsWith('The council')).toBe(true);
  });
});

describe('coverage per kind', () => {
  test.each([
    ['en', { lang: 'en', claim: true, 'state-media': true, promotion: true }],
    ['ru', { lang: 'ru', claim: false, 'state-media': true, promotion: false }],
    ['es', { lang: 'es', claim: false, 'state-media': true, promotion: false }],
    ['ja', { lang: 'ja', claim: false, 'state-media': false, promotion: false }],
    ['und', { lang: 'und', claim: false, 'state-media': false, promotion: false }],
  ])('%s', (lang, coverage) => {
    expect(coverageFor(lang)).toEqual(coverage);
  });

  test('a Russian article: claims are not analysed, state media is', () => {
    const report = analyze(article([block(0, RUSSIAN), block(1, 'Об этом сообщило агентство РИА Новости.', { links: [{ start: 30, end: 39, href: 'https://ria.ru/news/1' }] })], 'en'));
    expect(report.coverage).toEqual({ lang: 'ru', claim: false, 'state-media': true, promotion: false });
    expect(report.findings.filter((f) => f.kind === 'claim')).toEqual([]);
    // The claims detector did not run: no attribution counts pretend the sentences were read.
    expect(Object.values(report.sources.attribution).every((n) => n === 0)).toBe(true);
    expect(report.findings.some((f) => f.kind === 'state-media')).toBe(true);
    expect(report.summary.verdict).toContain('Claims were not checked');
    expect(report.summary.verdict).toContain('Russian');
  });

  test('an English article is analysed in full, and claims are found', () => {
    const report = analyze(article([block(0, `${ENGLISH} Critics say the contractor has raised its price twice since the spring.`)]));
    expect(report.coverage).toEqual({ lang: 'en', claim: true, 'state-media': true, promotion: true });
    expect(report.findings.some((f) => f.kind === 'claim')).toBe(true);
    expect(report.summary.verdict).not.toContain('not checked');
  });
});

describe('the verdict does not grade what was not analysed', () => {
  const ALL: Coverage = { lang: 'en', claim: true, 'state-media': true, promotion: true };
  const RU: Coverage = { lang: 'ru', claim: false, 'state-media': true, promotion: false };
  const JA: Coverage = { lang: 'ja', claim: false, 'state-media': false, promotion: false };

  function f(id: string, kind: Finding['kind'], over: Partial<Finding> = {}): Finding {
    return { id, kind, rule: `${kind}/test`, blockId: 0, start: 0, end: 4, text: 'text', reason: 'A reason.', severity: 'medium', ...over };
  }

  const ctx = createContext(article([block(0, ENGLISH)]));
  const claims = [f('c1', 'claim'), f('c2', 'claim'), f('c3', 'claim')];
  const promo = [f('p1', 'promotion', { severity: 'low' })];
  const rt = {
    id: 'rt', name: 'RT', country: 'RU', type: 'state-controlled' as const, why: 'Funded and directed by the state.', references: [], disputed: false,
  };
  const link = [f('s1', 'state-media', { details: { outlet: rt, role: 'link' } })];

  test('three weak claims make weak sourcing where claims are read…', () => {
    expect(buildSummary(ctx, claims, ALL).summary.grade).toBe('weak');
  });

  test('…and nothing where they are not', () => {
    const { summary } = buildSummary(ctx, claims, RU);
    expect(summary.grade).toBe('good');
    expect(summary.verdict).toContain('Claims were not checked, and promotion only in part (the article is in Russian).');
  });

  test('promotion found in a language it is read only in part is listed, not graded', () => {
    const { summary } = buildSummary(ctx, promo, RU);
    expect(summary.counts.promotion).toBe(1);
    expect(summary.grade).toBe('good');
    expect(buildSummary(ctx, promo, ALL).summary.grade).toBe('mixed');
  });

  test('a state-media link is graded only where state media is read', () => {
    expect(buildSummary(ctx, link, ALL).summary.grade).toBe('weak');
    expect(buildSummary(ctx, link, RU).summary.grade).toBe('weak');
    const ja = buildSummary(ctx, link, JA).summary;
    expect(ja.grade).toBe('good');
    expect(ja.verdict).toContain('relies on state-controlled media (RT)');
    expect(ja.verdict).toContain('state-media citations and promotion only in part (the article is in Japanese)');
  });

  test('an unknown language is said so', () => {
    expect(notCheckedSentence({ lang: 'und', claim: false, 'state-media': false, promotion: false })).toBe(
      'Claims were not checked, and state-media citations and promotion only in part (the article’s language could not be told).',
    );
    expect(notCheckedSentence(ALL)).toBe('');
  });
});

describe('hedges are not claims', () => {
  const ctx = createContext(article([block(0, ENGLISH)]));
  const hedge = (id: string): Finding => ({
    id, kind: 'claim', rule: 'claim/hedge-test', blockId: 0, start: 0, end: 4, text: 'text', reason: 'A hedge.', severity: 'medium', details: { hedge: true },
  });

  test('own-voice hedges never count in the counts or the verdict', () => {
    const { summary } = buildSummary(ctx, [hedge('h1'), hedge('h2'), hedge('h3')]);
    expect(summary.counts.claim).toBe(0);
    expect(summary.grade).toBe('good');
    expect(summary.verdict).not.toMatch(/claims? rests?/);
  });
});

describe('countLetters', () => {
  test('counts what /\\p{L}/gu matches: ASCII, accented, other scripts, astral letters, not marks, digits or lone surrogates', () => {
    const pieces = ['a', 'Z', '1', ' ', 'é', 'ß', 'Ж', '中', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', 'ʰ', '\u0301', 'ǅ', 'Ⅻ', '٣', 'ـ'];
    const next = mulberry32(7);
    for (let t = 0; t < 2000; t++) {
      let s = '';
      const n = Math.floor(next() * 24);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
      expect(countLetters(s), JSON.stringify(s)).toBe(s.match(/\p{L}/gu)?.length ?? 0);
    }
  });
});

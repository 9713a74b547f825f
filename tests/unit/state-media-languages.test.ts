// Roles from sentence structure in every supported language, descriptors as citations, and the
// data conventions of the role lexicons. Every sentence here was written for this test.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import { testArticle } from '../helpers/article.ts';
import type { Article, Finding } from '../../src/analyze/types.ts';
import { constructionRole, englishSubjectOfReportingVerb } from '../../src/analyze/citation-roles.ts';
import { CUES, CUE_LANGS } from '../../src/analyze/rules/state-media-cues.ts';
import { CONSTRUCTIONS } from '../../src/analyze/rules/state-media-constructions.ts';
import { Lexicon, matchSteps, tokenize } from '../../src/analyze/token-patterns.ts';

function article(text: string): Article {
  return testArticle([text], { url: '', title: '', lang: null });
}

function findings(text: string): Finding[] {
  return analyze(article(text), { kinds: ['state-media'] }).findings;
}

/** Highlighted findings (not mentions), as "role:text". */
function flagged(text: string): string[] {
  return findings(text)
    .filter((f) => f.details?.role !== 'mention')
    .map((f) => `${f.details?.role}:${f.text}`);
}

// One row per language and construction: [language, sentence, expected finding].
const CITATIONS: [string, string, string][] = [
  ['en', 'Xinhua boasts that the harvest was the best in a decade.', 'source:Xinhua'],
  ['en', 'CGTN spelled out the plan in a three-minute segment.', 'source:CGTN'],
  ['en', 'The figures were first published by RIA Novosti on Monday.', 'source:RIA Novosti'],
  ['en', 'In a question from CCTV, the spokesman was asked about the tariffs.', 'venue:CCTV'],
  ['en', 'The talks ended without a deal. — TASS', 'source:TASS'],
  ['en', 'Source: IRNA', 'source:IRNA'],
  ['ru', 'Переговоры завершились, сообщает ТАСС.', 'source:ТАСС'],
  ['ru', 'По данным РИА Новости, пожар потушен.', 'source:РИА Новости'],
  ['ru', 'Министр рассказал РИА Новости о планах ведомства.', 'venue:РИА Новости'],
  ['ru', 'Об этом пишет газета «Известия».', 'source:Известия'],
  ['uk', 'Як повідомляє ТАСС, переговори завершилися.', 'source:ТАСС'],
  ['uk', 'Посадовець розповів РИА Новости про нові плани.', 'venue:РИА Новости'],
  ['de', 'Laut der Nachrichtenagentur TASS wurde der Flughafen geschlossen.', 'source:TASS'],
  ['de', 'Der Flughafen wurde geschlossen, berichtete die staatliche Agentur Xinhua.', 'source:Xinhua'],
  ['de', 'Der Agentur TASS zufolge ist die Brücke gesperrt.', 'source:TASS'],
  ['fr', 'Le ministre a déclaré à RIA Novosti que les pourparlers étaient terminés.', 'venue:RIA Novosti'],
  ['fr', "Selon l'agence Xinhua, l'usine rouvrira lundi.", 'source:Xinhua'],
  ['es', 'Según la agencia Xinhua, la fábrica reabrirá el lunes.', 'source:Xinhua'],
  ['es', 'El ministro dijo a RT que las conversaciones habían terminado.', 'venue:RT'],
  ['tr', 'Bakan, TASS\'a konuştu.', 'venue:TASS'],
  ['tr', "TASS'ın haberine göre görüşmeler sona erdi.", 'source:TASS'],
  ['ar', 'ذكرت وكالة تسنيم أن المحادثات انتهت.', 'source:وكالة تسنيم'],
  ['ar', 'أعلنت تسنيم أن المحادثات انتهت.', 'source:تسنيم'],
  ['ar', 'قال الوزير لوكالة سبوتنيك إن المحادثات انتهت.', 'venue:سبوتنيك'],
  ['fa', 'به گزارش ایرنا، مذاکرات پایان یافت.', 'source:ایرنا'],
  ['zh', '据新华社报道，谈判已经结束。', 'source:新华社'],
];

describe('citations in every supported language', () => {
  test.each(CITATIONS)('%s: %s', (_lang, text, expected) => {
    expect(flagged(text)).toContain(expected);
  });

  test('every supported language has at least one sentence in the table', () => {
    expect(new Set(CITATIONS.map(([lang]) => lang))).toEqual(new Set(CUE_LANGS));
  });
});

// Mentions: the outlet is named but neither relays content nor is a venue.
const MENTIONS: string[] = [
  'RT was banned across the European Union in 2022.',
  'Critics have called RT a mouthpiece of the Kremlin.',
  'The EU sanctioned RT, which denies the charge.',
  'Margarita Simonyan, the editor of RT, wrote on Telegram that the ban was unfair.',
  'RT broadcasts in seven languages from its studios in Moscow.',
  'Xinhua runs more than 170 bureaus around the world.',
  'ТАСС было основано в 1904 году.',
  'Die EU hat RT im Jahr 2022 verboten.',
  "L'Union européenne a interdit RT en 2022.",
  'La Unión Europea prohibió RT en 2022.',
  'Avrupa Birliği 2022 yılında RT yayınlarını yasakladı.',
];

describe('mentions are not citations', () => {
  test.each(MENTIONS)('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('descriptors as citations', () => {
  test.each([
    ['Two soldiers were wounded, state TV reported.', 'source:state TV', undefined],
    ['Russian state TV showed the parade.', 'source:Russian state TV', 'RU'],
    ['According to Chinese state media, the plant will reopen.', 'source:Chinese state media', 'CN'],
    ['North Korean media said the missile test was a success.', 'source:North Korean media', 'KP'],
    ['The governor told Russian state TV that the bridge would reopen.', 'venue:Russian state TV', 'RU'],
    ["China's official newspaper ran an editorial on the plan.", "source:China's official newspaper", 'CN'],
    ['Как сообщают российские государственные СМИ, мост отремонтирован.', 'source:государственные СМИ', 'RU'],
    ['Laut chinesischen Staatsmedien wird die Fabrik wieder geöffnet.', 'source:Staatsmedien', 'CN'],
    ["Selon la télévision d'État russe, le pont a été réparé.", "source:télévision d'État", 'RU'],
    ['Rus devlet televizyonu, köprünün onarıldığını bildirdi.', 'source:devlet televizyonu', 'RU'],
    ['به گزارش رسانه‌های دولتی چین، کارخانه بازگشایی می‌شود.', 'source:رسانه‌های دولتی', 'CN'],
    ['据朝鲜媒体报道，导弹试射成功。', 'source:朝鲜媒体', 'KP'],
  ])('%s', (text, expected, country) => {
    const f = findings(text).filter((x) => x.details?.role !== 'mention');
    expect(f.map((x) => `${x.details?.role}:${x.text}`)).toEqual([expected]);
    // A generic finding names no outlet; `details.country` says whose state media it is.
    expect(f[0]?.details?.outlet).toBeUndefined();
    expect(f[0]?.details?.country).toBe(country);
  });

  test.each([
    ["Iran's official news agency said the talks would resume.", 'ir-irna'],
    ['Das iranische Staatsfernsehen berichtete über die Gespräche.', 'ir-irib'],
    ['Según la televisión estatal iraní, las conversaciones se reanudarán.', 'ir-irib'],
  ])('resolves to the one obvious outlet: %s', (text, id) => {
    const f = findings(text).filter((x) => x.details?.role === 'source');
    expect(f.map((x) => x.details?.outlet?.id)).toEqual([id]);
  });

  test.each([
    'British state broadcaster coverage was criticised.',
    'The BBC, a public broadcaster, reported the news.',
    'The state-owned bank reported a profit.',
    "The party's official newspaper ran an editorial.",
    'Officials visited the state TV building on Monday.',
  ])('not a citation: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  test('the reason names the country of a generic finding', () => {
    const f = findings('Russian state TV showed the parade.')[0];
    expect(f?.reason).toBe('Cites Russia\'s state media ("Russian state TV") as the source of this claim.');
  });
});

describe('the construction matcher', () => {
  test('the English subject-of-verb check sits behind one function', () => {
    expect(englishSubjectOfReportingVerb(' on Monday boasted that exports grew')).toBe(true);
    expect(englishSubjectOfReportingVerb(' has spelled out the terms')).toBe(true);
    expect(englishSubjectOfReportingVerb(' was banned in 2022')).toBe(false);
    expect(englishSubjectOfReportingVerb(' broadcasts in seven languages')).toBe(false);
  });

  test('before and after sides, venue first', () => {
    expect(constructionRole('The minister told ', ' that talks would go on.', false)).toEqual({ role: 'venue', id: 'en/told' });
    expect(constructionRole('Согласно ', ', мост закрыт.', false)).toEqual({ role: 'source', id: 'ru/according' });
    expect(constructionRole('', ' was sanctioned in 2022.', false)).toBeNull();
  });

  test('multi-word entries and stems match in both directions', () => {
    const lex = new Map([
      ['a', new Lexicon(['according to', 'государственн*'])],
    ]);
    expect(matchSteps([{ lex: 'a' }], tokenize('according to'), 1, lex)).toBe(true);
    expect(matchSteps([{ lex: 'a' }], tokenize('as reported, according to'), -1, lex)).toBe(true);
    expect(matchSteps([{ lex: 'a' }], tokenize('государственного'), 1, lex)).toBe(true);
    expect(matchSteps([{ lex: 'a' }], tokenize('according'), 1, lex)).toBe(false);
  });

  test('Persian and Arabic letter variants, ZWNJ and apostrophes fold together', () => {
    expect(tokenize('تسنیم')[0]?.norm).toBe(tokenize('تسنيم')[0]?.norm);
    expect(tokenize('رسانه‌ها')[0]?.norm).toBe(tokenize('رسانهها')[0]?.norm);
    expect(tokenize('TASS’a').map((t) => t.norm)).toEqual(tokenize("TASS'a").map((t) => t.norm));
  });
});

describe('role lexicons and constructions (data conventions)', () => {
  test.each(CUE_LANGS)('%s: every class has a source and no duplicate forms', (lang) => {
    for (const [name, c] of Object.entries(CUES[lang])) {
      expect(c.source, `${lang}.${name}`).toMatch(/\S/);
      expect(c.forms.length, `${lang}.${name}`).toBeGreaterThan(0);
      expect(new Set(c.forms).size, `${lang}.${name} has duplicates`).toBe(c.forms.length);
    }
  });

  test('every construction has a unique id and uses only classes its language defines', () => {
    const ids = CONSTRUCTIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CONSTRUCTIONS) {
      const classes = new Set([...Object.keys(CUES[c.lang]), 'word', 'cap']);
      for (const step of [...(c.before ?? []), ...(c.after ?? [])]) {
        const names = 'lex' in step ? [step.lex] : 'of' in step ? step.of : [];
        for (const n of names) expect(classes.has(n), `${c.id} uses ${n}`).toBe(true);
      }
    }
  });
});

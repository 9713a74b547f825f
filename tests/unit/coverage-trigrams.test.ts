// @vitest-environment node
// The indexed language ranking gives franc-min's own answer, number for number and in the same
// order, on paragraphs written for this test and on seeded random text in every script franc-min
// knows (mixed scripts, digits, punctuation, white space, lengths across franc's 2,048 limit).
import { describe, expect, test } from 'vitest';
import { francAll } from 'franc-min';
import { rankLanguages } from '../../src/analyze/coverage-trigrams.ts';
import { mulberry32 } from '../../eval/metrics.ts';

const PARAGRAPHS = [
  'The council of Millbrook postponed its vote on the new river bridge on Tuesday, after four hours of argument.',
  'El ayuntamiento aplazó el martes la votación sobre el nuevo puente del río; los vecinos se quejan del rodeo.',
  'Der Stadtrat hat die Abstimmung über die neue Brücke am Dienstag vertagt, nach vier Stunden Streit.',
  'Le conseil municipal a reporté mardi le vote sur le nouveau pont, après quatre heures de débat.',
  'Городской совет во вторник отложил голосование о новом мосте через реку.',
  'Міська рада у вівторок відклала голосування щодо нового мосту через річку.',
  'أجّل المجلس البلدي يوم الثلاثاء التصويت على الجسر الجديد فوق النهر.',
  'شورای شهر رأی‌گیری درباره پل جدید را روز سه‌شنبه به تعویق انداخت.',
  '市议会周二推迟了对新桥的投票，争论持续了将近四个小时。',
  'नगर परिषद ने मंगलवार को नदी पर नए पुल के बारे में मतदान स्थगित कर दिया।',
  'Belediye meclisi salı günü yeni köprü oylamasını dört saatlik tartışmanın ardından erteledi.',
  '',
  ' ',
  '1234 5678 !!! ???',
  'a',
  'ab',
  'Ok.',
  '𠀀𠀁𠀂 中文字 𠁀𠂀𡀀 and 😀 emoji',
];

// Character pools: every script franc-min has models or an expression for, plus the characters
// its cleaning removes or folds (ASCII punctuation and digits, white space, a dotted capital I).
const POOLS = [
  'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿőűłśźżčšžđ', 'İıĞğŞş',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ', 'АБВГДЕЖЗИЙКЛМН', 'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءآأإیکپچژگ',
  'अआइईउऊएऐओऔकखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह', '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后',
  'あいうえおかきくけこアイウエオカキクケコ', '가나다라마바사아자차카타파하', 'αβγδεζηθικλμνξοπρστυφχψω', 'אבגדהוזחטיכלמנסעפצקרשת',
  'กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอ', 'ሀለሐመሠረሰሸቀበተቸኀነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ', 'ਅਆਇਈਉਊਏਐਓਔਕਖਗਘਙ', 'அஆஇஈஉஊஎஏஐஒஓஔகஙசஞடணதநபமயரலவ',
  '0123456789', '!"#$%&\'()*+,-./:;<=>?@[]^_{}~', '      \n\t\u00a0\u2003',
  // Outside the BMP (surrogate pairs): CJK extension B, Old Italic, emoji, and a lone surrogate.
  '𠀀𠀁𠀂𠁀𠂀𡀀', '𐌀𐌁𐌂𐌃', '😀🎉👍', '\ud83d',
];

function randomText(next: () => number): string {
  const main = POOLS[Math.floor(next() * POOLS.length)] as string;
  const other = POOLS[Math.floor(next() * POOLS.length)] as string;
  const length = Math.floor(next() ** 2 * 2600);
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = next();
    const pool = r < 0.15 ? ' ' : r < 0.75 ? main : r < 0.85 ? other : (POOLS[Math.floor(next() * POOLS.length)] as string);
    out += pool[Math.floor(next() * pool.length)] ?? ' ';
  }
  return out;
}

describe('rankLanguages is francAll(text, { minLength: 1 })', () => {
  test.each(PARAGRAPHS.map((p) => [p.slice(0, 30), p]))('%s', (_label, text) => {
    expect(rankLanguages(text)).toEqual(francAll(text, { minLength: 1 }));
  });

  test('words of real languages, repeated past franc’s 2,048-character limit', () => {
    const long = PARAGRAPHS.slice(0, 4).join(' ').repeat(12);
    expect(long.length).toBeGreaterThan(2048);
    expect(rankLanguages(long)).toEqual(francAll(long, { minLength: 1 }));
  });

  test('400 seeded random texts in every script, mixed', () => {
    const next = mulberry32(20261205);
    let compared = 0;
    for (let i = 0; i < 400; i++) {
      const text = randomText(next);
      const want = francAll(text, { minLength: 1 });
      const got = rankLanguages(text);
      // Object.is on every score: the same floating-point number, not a close one.
      expect(got.map(([l]) => l)).toEqual(want.map(([l]) => l));
      got.forEach(([, s], k) => expect(Object.is(s, (want[k] as [string, number])[1])).toBe(true));
      compared += want.length;
    }
    // The texts reach the scripts with many languages (Latin, Cyrillic), not only `und`.
    expect(compared).toBeGreaterThan(2000);
  });
});

// A page written in a personal register (Biber 1988: first and second person mark "involved"
// writing: forums, advice, essays) speaks in the writer's own voice: generalisations about generic
// crowds there are not hidden sources (corpus guideline 8). Our own sentences throughout.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import { personalRegister } from '../../src/analyze/detectors/claims.ts';
import type { Article, Block } from '../../src/analyze/types.ts';

function article(sentences: string[]): Article {
  const blocks: Block[] = sentences.map((text, id) => ({ id, kind: 'paragraph', text, links: [], dropped: false, tag: 'p' }));
  return { url: 'https://example.org/post', title: 'A post', byline: null, siteName: null, lang: 'en', publishedTime: null, type: null, blocks, truncated: false };
}

const CHATTY = [
  'I switched to the new keyboard last spring.',
  'You will notice the keys feel lighter at first.',
  'My hands stopped aching after a week.',
  'We tried three layouts before settling on this one.',
  'The case is aluminium and the feet fold out.',
  'The cable is braided and long enough for a standing desk.',
  'The backlight has four levels.',
  'The software lets you remap every key.',
  'Battery life is about a month with the light off.',
  'The spacebar rattles a little.',
  'The box includes spare keycaps.',
  'The price dropped twice this year.',
];
const REPORTED = [
  'The keyboard maker opened a second plant in the spring.',
  'Its shares rose after the results were published.',
  'The plant employs four hundred workers.',
  'The company plans a wireless model.',
  'Its chief executive took over in March.',
  'The firm sells mostly to offices.',
  'The new line costs more to build.',
  'The older models will stay on sale.',
  'Shipping starts in the autumn.',
  'The factory runs two shifts.',
  'Orders doubled in the last quarter.',
  'The firm is based in the north.',
];

function claimTexts(sentences: string[]): string[] {
  return analyze(article(sentences)).findings.filter((f) => f.kind === 'claim' && !f.details?.hedge).map((f) => f.text);
}

describe('personal register', () => {
  test('the measure needs enough prose and a quarter of it in the first or second person', () => {
    expect(personalRegister(12, 3)).toBe(true);
    expect(personalRegister(12, 2)).toBe(false);
    expect(personalRegister(8, 8)).toBe(false);
  });

  test('a generic crowd in chatty writing is the writer’s own generalisation', () => {
    const crowd = 'Many residents say the depot is unsafe.';
    expect(claimTexts([...REPORTED, crowd]).some((t) => t.startsWith('Many residents say'))).toBe(true);
    expect(claimTexts([...CHATTY, crowd]).some((t) => t.startsWith('Many residents say'))).toBe(false);
  });

  test('critics and officials stay sources whatever the register', () => {
    const critics = 'Critics say the depot is unsafe.';
    expect(claimTexts([...CHATTY, critics]).some((t) => t.startsWith('Critics say'))).toBe(true);
  });
});

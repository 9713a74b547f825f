// The other senses of outlet names (rules/state-media-senses.ts), each with a table of sentences
// written for this test: the other sense must not be flagged; the outlet still must be.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import { testArticle } from '../helpers/article.ts';
import type { Article } from '../../src/analyze/types.ts';
import { SENSES, sensesFor } from '../../src/analyze/rules/state-media-senses.ts';

function article(texts: string[]): Article {
  return testArticle(texts, { url: '', title: '', lang: null });
}

/** Every state-media finding on the page (mentions included), as "role:text". */
function all(...texts: string[]): string[] {
  return analyze(article(texts), { kinds: ['state-media'] }).findings.map((f) => `${f.details?.role}:${f.text}`);
}

describe('closed-circuit television is not China Central Television', () => {
  test.each([
    'Police released CCTV footage of the suspect leaving the bank.',
    'The shop installed a CCTV system after the second break-in.',
    'Officers are reviewing CCTV from the station car park.',
    'The attack was caught on CCTV outside the pub.',
    'A CCTV camera above the door recorded the whole thing.',
    'Council plans for more CCTV in the town centre were approved.',
    'Detectives have appealed for anyone with doorbell CCTV to come forward.',
    'The council said CCTV operators spotted the fire at 2am.',
  ])('%s', (text) => {
    expect(all(text)).toEqual([]);
  });

  test.each([
    ['China Central Television aired the speech; CCTV said the visit was historic.', 'source:CCTV'],
    ['The foreign minister told CCTV that trade with Europe would grow.', 'venue:CCTV'],
    ['According to CCTV, the Chinese premier will visit Brazil in May.', 'source:CCTV'],
  ])('the broadcaster is still found: %s', (text, expected) => {
    expect(all(text)).toContain(expected);
  });

  test('a bare mention of CCTV needs China in the paragraph', () => {
    expect(all('The report compares CCTV with other surveillance networks.')).toEqual([]);
    expect(all('CCTV is the largest broadcaster in China.')).toEqual(['mention:CCTV']);
  });
});

describe('"RT" as a retweet is not the broadcaster', () => {
  test.each([
    'RT @newsdesk: polls open at eight.',
    'RT if you agree with the ruling.',
    'She added "RT: vote early" to her post.',
    'The account mostly posts RTs and memes.',
  ])('%s', (text) => {
    expect(all(text)).toEqual([]);
  });

  test('the broadcaster is still found', () => {
    expect(all('RT reported that the bridge had reopened.')).toEqual(['source:RT']);
  });
});

describe('Sputnik the satellite or vaccine, Мир the word', () => {
  test.each([
    'The launch of Sputnik 1 in 1957 started the space race.',
    'Hungary bought doses of the Sputnik vaccine in 2021.',
    'Ученые обсуждают вакцину Спутник и её эффективность.',
    'Мир во всем мире остаётся мечтой.',
  ])('%s', (text) => {
    expect(all(text).filter((f) => !f.startsWith('mention'))).toEqual([]);
  });

  test('the agency is still found', () => {
    expect(all('Sputnik reported that the talks had stalled.')).toEqual(['source:Sputnik']);
  });
});

describe('initials at the start of another proper name (products, companies)', () => {
  test.each([
    'The RIA Money Transfer office on Main Street closed.',
    'The CCTV Camera Pros catalogue lists forty models.',
    'Analysts at KCNA Watch said the photos were old.',
    'The NTV Fitness app tracks your runs.',
  ])('%s', (text) => {
    expect(all(text)).toEqual([]);
  });

  test.each([
    ['KCNA Commentary Blames Neighbours for Tension', 'source:KCNA'],
    ['TASS reported on Monday that the bridge reopened.', 'source:TASS'],
    ['The minister told TASS Monday that prices would fall.', 'venue:TASS'],
  ])('the outlet is still found: %s', (text, expected) => {
    expect(all(text)).toContain(expected);
  });
});

describe('sense rules (data conventions)', () => {
  test.each(SENSES.map((r) => [r.id, r] as const))('%s has a note, a source and at least one cue', (_id, r) => {
    expect(r.note).toMatch(/\S/);
    expect(r.source).toMatch(/\S/);
    expect(r.aliases.length).toBeGreaterThan(0);
    expect(r.before ?? r.after ?? r.sentence).toBeDefined();
    for (const re of [r.before, r.after, r.sentence, r.mentionNeeds]) {
      if (re) expect(re.flags).not.toMatch(/[gy]/);
    }
  });

  test('lookup is case-insensitive', () => {
    expect(sensesFor('cctv').map((r) => r.id)).toContain('closed-circuit-tv');
  });
});

// A definite description with the same head as a role the article has tied to a name is that named
// person again (Poesio & Vieira 1998: direct anaphora), not an unnamed source. Our own sentences.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.ts';
import { recordNamedRoles } from '../../src/analyze/claims/coreference.ts';
import { tokenize } from '../../src/analyze/claims/tokens.ts';
import type { Article, Block } from '../../src/analyze/types.ts';

function article(paragraphs: string[]): Article {
  const blocks: Block[] = paragraphs.map((text, id) => ({ id, kind: 'paragraph', text, links: [], dropped: false, tag: 'p' }));
  return { url: 'https://example.org/news', title: 'News', byline: null, siteName: null, lang: 'en', publishedTime: null, type: null, blocks, truncated: false };
}

function anonymousFlags(paragraphs: string[]): string[] {
  return analyze(article(paragraphs))
    .findings.filter((f) => f.rule === 'claim/anonymous-source')
    .map((f) => f.text);
}

const CLAIM = 'The executive believes the stadium is too small for the final and should be rebuilt.';

describe('roles tied to a name', () => {
  test.each([
    ['title before the name', 'Executive Lena Moravec took over the club in May.'],
    ['name, then an appositive', 'Lena Moravec, the club’s executive, took over in May.'],
    ['name, then an indefinite appositive', 'Lena Moravec, an executive at the club, took over in May.'],
    ['role, then the name', 'The executive, Lena Moravec, took over the club in May.'],
  ])('%s', (_name, sentence) => {
    const roles = new Set<string>();
    recordNamedRoles(tokenize(sentence, 0), roles);
    expect([...roles]).toEqual(['executive']);
  });

  test('a role with no name beside it is not recorded', () => {
    const roles = new Set<string>();
    recordNamedRoles(tokenize('An executive at the club took over in May, and the board agreed.', 0), roles);
    recordNamedRoles(tokenize('The executives of three clubs met in Porto.', 0), roles);
    expect(roles.size).toBe(0);
  });
});

describe('a later "the executive" is the named person', () => {
  test('after the name was given, the definite role is no unnamed source', () => {
    expect(anonymousFlags(['Lena Moravec, the club’s executive, took over in May.', CLAIM])).toEqual([]);
  });

  test('a plain role no sentence introduced as unnamed points back to someone already given', () => {
    expect(anonymousFlags(['The club changed hands in May.', CLAIM])).toEqual([]);
    expect(anonymousFlags(['Lena Moravec, the club’s director of sport, took over in May.', CLAIM])).toEqual([]);
  });

  test('introduced as unnamed ("an executive at the club"), the same role stays unnamed', () => {
    expect(anonymousFlags(['An executive at the club said the sale was rushed.', CLAIM])).toHaveLength(2);
  });

  test('"the official", "the source": the roles of unnamed sourcing stay unnamed without a name', () => {
    expect(anonymousFlags(['The club changed hands in May.', 'The official believes the stadium is too small for the final.'])).toHaveLength(1);
  });

  test('an indefinite description introduces someone new', () => {
    const named = 'Lena Moravec, the club’s executive, took over in May.';
    expect(anonymousFlags([named, 'An executive at a rival club believes the stadium is too small for the final.'])).toHaveLength(1);
  });

  test('the name must come first: a later name does not reach back', () => {
    const SOURCE = 'The official believes the stadium is too small for the final.';
    expect(anonymousFlags([SOURCE, 'Lena Moravec, a club official, took over in May.'])).toHaveLength(1);
  });
});

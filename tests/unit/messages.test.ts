import { describe, expect, test } from 'vitest';
import { parseToAnalyzer, parseToBackground, parseToContent } from '../../src/messages/schema.ts';
import { MAX_HTML_CHARS } from '../../src/pipeline/limits.ts';
import { parsePageState } from '../../src/messages/report-schema.ts';
import { badgeFor, badgeStateOf } from '../../src/messages/badge.ts';
import { analyze } from '../../src/analyze/index.ts';
import { testArticle } from '../helpers/article.ts';

const article = testArticle(['The council met on Tuesday and approved the budget.'], { url: 'https://news.example/a', title: 'A title' });

describe('message schemas', () => {
  test('the analysis port takes a page in pieces: parts, then the request with the last piece', () => {
    expect(parseToAnalyzer({ type: 'sl/analyze-part', html: '<p>first half' })?.type).toBe('sl/analyze-part');
    expect(parseToAnalyzer({ type: 'sl/analyze-page', html: ' second half</p>', url: 'https://x.example/', base: 'https://x.example/' })?.type).toBe('sl/analyze-page');
    expect(parseToAnalyzer({ type: 'sl/analyze-part', html: 'x'.repeat(MAX_HTML_CHARS + 1) })).toBeNull();
    expect(parseToAnalyzer({ type: 'sl/analyze-part' })).toBeNull();
    expect(parseToAnalyzer({ type: 'sl/analyze-part', html: 7 })).toBeNull();
    // A part is never a request the background answers.
    expect(parseToBackground({ type: 'sl/analyze-part', html: 'x' })).toBeNull();
  });

  test('a real report passes as a ready page state', () => {
    const report = analyze(article);
    const state = parsePageState({ state: 'ready', report });
    expect(state?.state).toBe('ready');
    expect(parseToBackground({ type: 'sl/page-state', ...badgeStateOf({ state: 'ready', report }) })).not.toBeNull();
    expect(parseToBackground({ type: 'sl/page-state', state: 'ready', highlighted: -1 })).toBeNull();
  });

  test.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'sl/delete-everything' }],
    ['missing field', { type: 'sl/focus-finding' }],
    ['wrong field type', { type: 'sl/focus-finding', findingId: 42 }],
    ['prototype pollution attempt', JSON.parse('{"type":"sl/get-state","__proto__":{"polluted":true}}')],
  ])('content script ignores %s', (_label, value) => {
    const parsed = parseToContent(value);
    if (parsed) expect(parsed).toEqual({ type: 'sl/get-state' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ['a state with a bogus report', { state: 'ready', report: { version: 1 } }],
    ['an unknown state', { state: 'hacked' }],
    ['a finding with negative offsets', { state: 'ready', report: { ...analyze(article), findings: [{ id: 'x', kind: 'claim', rule: 'r', blockId: 0, start: -1, end: 2, text: 't', reason: 'r', severity: 'low' }] } }],
  ])('rejects %s', (_label, value) => {
    expect(parsePageState(value)).toBeNull();
  });
});

describe('badge', () => {
  test('neutral and empty on non-articles, a count otherwise', () => {
    expect(badgeFor(badgeStateOf({ state: 'not-article', message: 'x' })).text).toBe('');
    const report = analyze(article);
    const badge = badgeFor(badgeStateOf({ state: 'ready', report }));
    expect(badge.text).toBe(String(report.findings.length));
  });
});

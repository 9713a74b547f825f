// The language layer: tokens with offsets, coarse part of speech, entity-ish kinds. Sentences
// written for this file.
import { describe, expect, test } from 'vitest';
import { entityKinds, parse } from '../../src/analyze/language/index.ts';

describe('language layer', () => {
  test('token offsets point into the text', () => {
    const text = 'The harbour authority said on Tuesday that the pier will reopen.';
    const { tokens } = parse(text);
    expect(tokens.length).toBeGreaterThan(8);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test.each([
    ['Maria Gonzalez told the council', 'person'],
    ['a spokesman for Microsoft', 'organisation'],
    ['residents of Portugal', 'place'],
  ] as const)('%s → %s', (text, kind) => {
    expect(entityKinds(text).has(kind)).toBe(true);
  });

  test.each(['critics of the plan', 'people familiar with the talks', 'some economists', 'the officials'])('no person or organisation in "%s"', (text) => {
    const kinds = entityKinds(text);
    expect(kinds.has('person')).toBe(false);
    expect(kinds.has('organisation')).toBe(false);
  });

  test('part of speech: pronoun, verb, noun', () => {
    const { tokens } = parse('She rejected the offer.');
    expect(tokens.map((t) => t.pos).slice(0, 4)).toEqual(['pron', 'verb', 'det', 'noun']);
  });
});

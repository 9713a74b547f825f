// The card explains a finding once (issue 15, part 5): the words (unless the reason quotes them),
// what was found, why it matters; never the same thing twice.
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/analyze/types.ts';
import { REPEAT_SHARE, cardText, overlap, whyItMatters } from '../../src/highlight/explain.ts';

function f(rule: string, text: string, reason: string): Finding {
  const kind = rule.split('/')[0] as Finding['kind'];
  return { id: 'x', kind, rule, blockId: 0, start: 0, end: text.length, text, reason, severity: 'medium' };
}

// Reasons in the detectors' style, written for this test.
const TABLE: Finding[] = [
  f('claim/hearsay-reportedly', 'the mill was reportedly sold at a loss', '"reportedly" passes on a claim without saying who made it.'),
  f('claim/vague-source', 'Observers say', '"Observers say" does not say who exactly is speaking, so the claim cannot be checked.'),
  f('claim/anonymous-source', 'A person close to the board', 'The source "A person close to the board" is described but not named.'),
  f('claim/unsourced-assertion', 'The fire was started on purpose', 'A contested cause is stated as fact in the article’s own voice, with no source.'),
  f('claim/collective-source', 'The ministry says', 'A whole institution is given as the source.'),
  f('state-media/venue', 'Channel Nine', 'This statement was given to Channel Nine, a government-controlled outlet (Freedonia).'),
  f('state-media/link', 'the agency', 'Links to the Freedonia News Agency, a government-controlled outlet (Freedonia).'),
  f('promotion/newsletter-sign-up', 'Get our letter every morning.', 'An invitation to sign up for a newsletter or a subscription, not part of the article.'),
  f('promotion/related-links-label', 'More stories', 'A list of links to other stories from this site, not part of the article.'),
];

describe('each card says each thing once', () => {
  test.each(TABLE.map((x) => [x.rule, x] as const))('%s', (_rule, finding) => {
    const card = cardText(finding);
    expect(card.what).toBe(finding.reason);
    // "Why it matters" adds something: it does not repeat the reason.
    expect(card.why).not.toBeNull();
    expect(overlap(card.what, card.why ?? '')).toBeLessThan(REPEAT_SHARE);
    // The words are shown once: as a quote, or inside the reason.
    const inReason = finding.reason.toLowerCase().includes(finding.text.toLowerCase());
    expect(card.quote === null).toBe(inReason);
  });

  test('a reason that already says why it matters is not followed by the same idea again', () => {
    const finding = f('claim/hearsay-reportedly', 'was reportedly sold', 'Without knowing who first said it, you cannot judge how reliable it is.');
    expect(overlap(finding.reason, whyItMatters(finding))).toBeGreaterThanOrEqual(REPEAT_SHARE);
    expect(cardText(finding).why).toBeNull();
  });

  test('a long highlight is shortened in the quote', () => {
    const long = 'word '.repeat(60).trim();
    const card = cardText(f('claim/unsourced-assertion', long, 'Stated as fact with no source.'));
    expect(card.quote?.length).toBeLessThanOrEqual(140);
    expect(card.quote?.endsWith('…')).toBe(true);
  });

  test('overlap counts content words, not small ones', () => {
    expect(overlap('The claim has no source.', 'The claim has no source.')).toBe(1);
    expect(overlap('A pointer to another story.', 'It is not about the sources.')).toBe(0);
  });
});

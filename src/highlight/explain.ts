import type { Finding } from '../analyze/types.ts';

// "Why it matters", one sentence per rule family, in our own words. The ideas come from the
// AP/SPJ guidance on anonymous sources, Wikipedia's "words to watch" (weasel words, hedges), and
// the State Media Monitor typology of state media. The finding's own `reason` already says what
// was found; these say only what it means for the reader and what to do, so a card never says the
// same thing twice (issue 15).
const WHY: Array<[RegExp, string]> = [
  [/^claim\/hearsay/, 'Without knowing who first said it, you cannot judge how reliable it is: look for the original source.'],
  [/^claim\/vague/, 'Such a label can stand for one person or for many; without names you cannot weigh the view or its backers.'],
  [/^claim\/anonymous/, 'Anonymous sources can be legitimate, but good practice says why anonymity was granted and keeps them to facts, not opinion.'],
  [/^claim\/collective/, 'Usually one spokesperson or one statement stands behind it; knowing which lets you find the original.'],
  [/^claim\/hedge/, 'This is the writer’s own caution, not a source: weigh the claim by the evidence the article gives.'],
  [/^claim\/unsourced/, 'You are asked to take it on trust: look for other coverage or a primary document.'],
  [/^claim\//, 'There is nothing named to check it against: look for other coverage.'],
  [/^state-media\/venue/, 'Where an interview is given shapes what is asked and what is aired: look for the same words reported elsewhere.'],
  [/^state-media\//, 'Its editorial line is set or steered by a government: look for independent confirmation before relying on it.'],
  [/^promotion\//, 'It tells you nothing about the story’s sources, so Sourcelight leaves it out of the sourcing figures.'],
];

export function whyItMatters(f: Finding): string {
  for (const [re, text] of WHY) if (re.test(f.rule)) return text;
  return '';
}

// Words too common to show that two sentences say the same thing.
const COMMON = new Set(
  'about after also been before being does from have into its just more most much must only other over same says such than that their them then there these they this those through under very were what when where which while with without would your'.split(' '),
);

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!COMMON.has(w)) out.add(w.replace(/s$/, ''));
  return out;
}

/** Share of `b`'s content words that `a` already has (0..1): how much of b repeats a. */
export function overlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wb.size === 0) return 0;
  let shared = 0;
  for (const w of wb) if (wa.has(w)) shared++;
  return shared / wb.size;
}

/** Above this share of repeated words, a second sentence says nothing new. */
export const REPEAT_SHARE = 0.5;

/** What a card shows, each thing once. Pure, so it is tested without a page. */
export interface CardText {
  /** The highlighted words, shortened; null when the reason already quotes them whole. */
  quote: string | null;
  /** What was found: the detector's own sentence. */
  what: string;
  /** Why it matters; null when it would repeat `what`. */
  why: string | null;
  rule: string;
}

const MAX_QUOTE = 140;

export function cardText(f: Finding): CardText {
  const flat = f.text.replace(/\s+/g, ' ').trim();
  const quoted = flat.length > 0 && f.reason.toLowerCase().includes(flat.toLowerCase());
  const quote = quoted ? null : flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 3)}…` : flat;
  const why = whyItMatters(f);
  // A detector's reason may already say why it matters (the claims detector writes its own):
  // then the general sentence is left out rather than said twice.
  const repeats = why === '' || overlap(f.reason, why) >= REPEAT_SHARE;
  return { quote, what: f.reason, why: repeats ? null : why, rule: f.rule };
}

const MAX_QUERY = 200;

/** Lateral-reading links, opened only when the reader clicks them. */
export function lateralLinks(f: Finding): Array<{ label: string; href: string }> {
  const links: Array<{ label: string; href: string }> = [];
  const outlet = f.details?.outlet;
  if (outlet) {
    const q = new URLSearchParams({ q: `${outlet.name} ownership editorial independence` });
    links.push({ label: `Look up ${outlet.name}`, href: `https://duckduckgo.com/?${q.toString()}` });
  }
  if (f.kind === 'claim') {
    const quote = (f.details?.sentence ?? f.text).slice(0, MAX_QUERY);
    const q = new URLSearchParams({ q: `"${quote}"` });
    links.push({ label: 'Search this claim', href: `https://duckduckgo.com/?${q.toString()}` });
  }
  return links;
}

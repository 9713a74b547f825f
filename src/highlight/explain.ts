import type { Finding } from '../analyze/types.ts';

// "Why it matters", one sentence per rule family, in our own words. The ideas come from the
// AP/SPJ guidance on anonymous sources, Wikipedia's "words to watch" (weasel words, hedges), and
// the State Media Monitor typology of state media.
const WHY: Array<[RegExp, string]> = [
  [/^claim\/hearsay/, 'Hearsay words pass a claim along without saying who made it, so the reader cannot check it.'],
  [/^claim\/vague/, 'An unnamed group ("critics", "experts") can stand for one person or for none; ask who exactly.'],
  [/^claim\/anonymous/, 'Anonymous sources can be legitimate, but good practice says why anonymity was granted and keeps them to facts, not opinion.'],
  [/^claim\/collective/, 'A whole country or government as the source is usually a spokesperson or a statement; the article does not say which.'],
  [/^claim\/hedge/, 'Hedged wording ("may", "some believe") softens a claim without giving its evidence.'],
  [/^claim\/unsourced/, 'A contested claim in the article\'s own voice, with no source: the reader is asked to take it on trust.'],
  [/^claim\//, 'The claim rests on no named, checkable source.'],
  [/^state-media\/venue/, 'Where an interview is given shapes what is asked; state-controlled outlets answer to their government.'],
  [/^state-media\//, 'A state-controlled outlet\'s editorial line is set or steered by its government; look for independent confirmation.'],
  [/^promotion\//, 'This is the publisher promoting itself or others, not reporting; it is left out of the sourcing figures.'],
];

export function whyItMatters(f: Finding): string {
  for (const [re, text] of WHY) if (re.test(f.rule)) return text;
  return '';
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

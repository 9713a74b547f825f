// Synthetic articles for the analyzer's cost-vs-length bench: news-like sentences built from
// templates written for this bench (no corpus text), a seeded generator so every run analyses the
// same text. The mix exercises every detector: named and vague attribution, hedges, outlets
// (some state media), promotional inserts, headings and list items.
import type { Article, Block, BlockKind } from '../src/analyze/types.ts';
import { mulberry32 as rng } from '../eval/metrics.ts';

const SUBJECTS = [
  'The city council', 'The regional transport authority', 'A coalition of farmers', 'The health ministry',
  'Local residents', 'The harbour operator', 'Two of the largest unions', 'The university hospital',
  'A group of small retailers', 'The energy regulator', 'The opposition party', 'Teachers in the district',
  'The water company', 'Several neighbouring towns', 'The central bank', 'The fire service',
];
const VERBS = [
  'approved', 'rejected', 'postponed', 'questioned', 'announced', 'criticised', 'welcomed', 'reviewed',
  'delayed', 'expanded', 'suspended', 'defended', 'proposed', 'challenged', 'funded', 'cancelled',
];
const OBJECTS = [
  'a plan to rebuild the northern bridge', 'the new parking charges', 'a two-year budget for schools',
  'the merger of the two clinics', 'an overnight bus service', 'the sale of the old fish market',
  'a cap on rents in the centre', 'the expansion of the recycling plant', 'a pilot for shorter school days',
  'the closure of three branch libraries', 'stricter rules for short-term lets', 'a flood barrier on the river',
  'the price of a monthly rail pass', 'a tax break for first-time buyers', 'the night-time flight ban',
];
const WHEN = [
  'on Tuesday', 'last week', 'after a long debate', 'earlier this month', 'late on Friday',
  'before the summer recess', 'for the second time this year', 'in a narrow vote', 'without a vote',
];
const NAMES = [
  'Maria Lindqvist, the council leader', 'Deputy mayor Tomas Berg', 'Ana Costa, who chairs the committee',
  'Professor Helen Okafor of the state university', 'Union spokesperson Jamal Reyes', 'Finance director Priya Nair',
  'Peter Novak, a shop owner on the high street', 'Chief engineer Lena Fischer',
];
const VAGUE = [
  'Critics say', 'Some experts believe', 'It is widely thought that', 'Many people argue',
  'Sources familiar with the talks said', 'Observers suggest', 'According to insiders,', 'It is believed that',
  'Officials who asked not to be named said', 'People close to the project claim',
];
const CLAIMS = [
  'the cost will double within five years', 'the decision was rushed', 'the figures do not add up',
  'the project is already behind schedule', 'the vote was planned months ago', 'nobody consulted the residents',
  'the savings are smaller than promised', 'the contract favoured one bidder', 'the plan could be revived next year',
];
const OUTLETS = ['RT', 'Xinhua', 'Sputnik', 'the BBC', 'Reuters', 'the Associated Press', 'CGTN', 'TASS', 'Deutsche Welle'];
const NUMBERS = ['12', '140', '3.5 million', 'about 600', 'nearly 40 percent', 'two thirds', '18,000', 'a quarter'];
const PROMOS = [
  'Subscribe to our newsletter for the top local stories every morning.',
  'Read more: Five things to know about the new bus timetable',
  'Support independent local journalism. Donate today.',
  'Download our app to get breaking news alerts.',
  'Sponsored: Find the best mortgage rates in your area',
  'Listen to our weekly politics podcast, out every Thursday.',
];
const HEADINGS = ['What happens next', 'The background', 'Who pays', 'Reaction', 'The numbers', 'A long dispute'];

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)] as T;
}

function sentence(r: () => number): string {
  const k = r();
  if (k < 0.3) return `${pick(SUBJECTS, r)} ${pick(VERBS, r)} ${pick(OBJECTS, r)} ${pick(WHEN, r)}.`;
  if (k < 0.45) return `"We ${pick(VERBS, r)} ${pick(OBJECTS, r)} because we had to," said ${pick(NAMES, r)}.`;
  if (k < 0.6) return `${pick(VAGUE, r)} ${pick(CLAIMS, r)}.`;
  if (k < 0.7) return `${pick(NAMES, r)} said ${pick(CLAIMS, r)}, a view others dispute.`;
  if (k < 0.78) return `According to ${pick(OUTLETS, r)}, ${pick(CLAIMS, r)}.`;
  if (k < 0.88) return `The change affects ${pick(NUMBERS, r)} households, and ${pick(NUMBERS, r)} more could follow ${pick(WHEN, r)}.`;
  if (k < 0.94) return `${pick(SUBJECTS, r)} has not commented, and ${pick(VAGUE, r).toLowerCase()} ${pick(CLAIMS, r)}.`;
  return `He added that ${pick(CLAIMS, r)}.`;
}

/** An article of at least `chars` characters of block text (a seeded, reproducible mix). */
export function syntheticArticle(chars: number, seed = 20240601): Article {
  const r = rng(seed);
  const blocks: Block[] = [];
  let total = 0;
  const push = (kind: BlockKind, text: string, tag: string): void => {
    blocks.push({ id: blocks.length, kind, text, links: [], dropped: false, tag });
    total += text.length;
  };
  while (total < chars) {
    const k = r();
    if (k < 0.06) push('heading', pick(HEADINGS, r), 'h2');
    else if (k < 0.11) push('paragraph', pick(PROMOS, r), 'p');
    else if (k < 0.15) push('list-item', sentence(r), 'li');
    else {
      const n = 3 + Math.floor(r() * 4);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(sentence(r));
      push('paragraph', parts.join(' '), 'p');
    }
  }
  return {
    url: 'https://news.example/local/2026/council-vote',
    title: 'Council vote on the northern bridge',
    byline: null,
    siteName: 'Example Courier',
    lang: 'en',
    publishedTime: null,
    type: 'article',
    blocks,
    truncated: false,
  };
}

/** Characters of block text in an article. */
export function articleChars(article: Article): number {
  let n = 0;
  for (const b of article.blocks) n += b.text.length;
  return n;
}

// The one test-article builder: an Article of paragraphs (or blocks given in full), with the
// metadata a test may care about and neutral defaults for the rest.
import type { Article, Block } from '../../src/analyze/types.ts';

export interface ArticleOptions {
  url?: string;
  title?: string;
  lang?: string | null;
  /** Per block, by index: its kind (default 'paragraph'). */
  kinds?: readonly Block['kind'][];
  /** Per block, by index: its links (default none). */
  links?: readonly Block['links'][];
}

/** An Article whose blocks are `blocks`: texts (paragraphs) or whole blocks without their id. */
export function testArticle(blocks: readonly (string | Omit<Block, 'id'>)[], o: ArticleOptions = {}): Article {
  return {
    url: o.url ?? 'https://news.example/story',
    title: o.title ?? 'Story',
    byline: null,
    siteName: null,
    lang: o.lang === undefined ? 'en' : o.lang,
    publishedTime: null,
    type: null,
    truncated: false,
    blocks: blocks.map((b, id) =>
      typeof b === 'string' ? { id, kind: o.kinds?.[id] ?? 'paragraph', text: b, links: [...(o.links?.[id] ?? [])], dropped: false, tag: 'p' } : { id, ...b },
    ),
  };
}

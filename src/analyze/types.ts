// The vocabulary shared by extraction, the analyzer, the highlighter, the popup, the CLI and the
// evaluation. Everything here is plain data: it crosses message boundaries and is printed as JSON.

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'other';

/** A link inside a block: `start`/`end` are UTF-16 offsets into the block's `text`. */
export interface BlockLink {
  start: number;
  end: number;
  href: string;
}

/**
 * One unit of article text. `dropped` marks a block that sits inside the article's container but
 * that Readability left out (related lists, video plugs, source lists): promotion lives there.
 */
export interface Block {
  id: number;
  kind: BlockKind;
  text: string;
  links: BlockLink[];
  dropped: boolean;
  /** Lower-case tag name of the element the block came from (p, li, h2, div…). */
  tag: string;
  /**
   * Lower-case class and id words of the block's element and its nearest ancestors (a few levels,
   * capped): how the page itself names the box ("related-posts", "share-bar"). Absent when unknown.
   */
  hint?: string;
  /**
   * Form controls in the small box around the block (the controls' own text is never block text):
   * space-separated kinds, `email` (an e-mail field), `search`, `textarea`, `field` (another text
   * field), `button`. A sign-up box is text next to an e-mail field and a button. Absent when none.
   */
  controls?: string;
}

export interface ArticleMeta {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  /** og:type / schema.org hints: 'article', 'opinion', 'sponsored'… when the page says so. */
  type: string | null;
}

export interface Article extends ArticleMeta {
  blocks: Block[];
  /** True when extraction capped its work on a huge page (only the first blocks are analysed). */
  truncated: boolean;
}

export type FindingKind = 'claim' | 'state-media' | 'promotion';
export type Severity = 'low' | 'medium' | 'high';

export interface OutletRef {
  id: string;
  name: string;
  country: string;
  type: OutletType;
  /** One sentence a reader can check: why the outlet is classified so. */
  why: string;
  references: string[];
  disputed: boolean;
}

export type OutletType = 'state-controlled' | 'state-affiliated' | 'public-service-independent';

export type AttributionKind = 'named' | 'anonymous' | 'vague' | 'collective' | 'hearsay' | 'none';

/** One block's piece of a finding that spans several neighbouring blocks (UTF-16 offsets). */
export interface FindingPart {
  blockId: number;
  start: number;
  end: number;
}

export interface FindingDetails {
  /** State media: the outlet and how the article uses it. */
  outlet?: OutletRef;
  role?: 'source' | 'venue' | 'mention' | 'link' | 'site';
  /**
   * State media without a named outlet ("Russian state TV"): the ISO code of the country whose
   * state media the words stand for. Set only when `outlet` is absent.
   */
  country?: string;
  /** Claims: what kind of attribution the sentence has. */
  attribution?: AttributionKind;
  /** The cue that fired (e.g. "reportedly"), when different from the finding's text. */
  cue?: string;
  /** Promotion: the subtype (related-links, sister-site-cta, video-podcast-plug…). */
  subtype?: string;
  /** The sentence the finding sits in, for cards and exports. */
  sentence?: string;
  /**
   * Claims: own-voice hedging ("probably", "it seems"), not a claim resting on a weak source. Hidden
   * unless the reader opts in, and never counted in the verdict (issue 15: hedges are not claims).
   */
  hedge?: boolean;
  /**
   * Claims: a statement in the article's own voice with no source at all (rule
   * `claim/unsourced-assertion`). Held out of the default view like hedges: on text it was not
   * tuned on, too few of these were fair (see the README's accuracy section).
   */
  ownVoice?: boolean;
  /** Claims: the learned gate's named features that most supported showing this finding. */
  features?: string[];
  /**
   * Promotion: the blocks of one promotional unit (a related list with its heading), in order,
   * when it spans more than one block. The finding's blockId/start/end are the first part, its
   * text the parts' texts joined by a space.
   */
  parts?: FindingPart[];
}

export interface Finding {
  id: string;
  kind: FindingKind;
  /** Detector id + rule id, e.g. `claim/hearsay-reportedly`. */
  rule: string;
  blockId: number;
  /** UTF-16 offsets into the block's text. */
  start: number;
  end: number;
  text: string;
  /** One plain sentence a reader understands. */
  reason: string;
  severity: Severity;
  details?: FindingDetails;
}

export interface CitedOutlet {
  outlet: OutletRef;
  /** How many times the article relies on it (source/venue/link), and mentions it. */
  citations: number;
  mentions: number;
}

export interface SourceSummary {
  outlets: CitedOutlet[];
  /** Sentence counts by the attribution the analyzer found (promotion blocks excluded). */
  attribution: Record<AttributionKind, number>;
  /** Links out of the article to other sites (sourcing evidence), deduplicated by host. */
  linksOut: string[];
  /** A "Sources include:" style list was found. */
  sourceList: boolean;
  /** Named sources (people, organisations, documents) the article attributes claims to. */
  named: string[];
}

export interface ReportSummary {
  counts: Record<FindingKind, number>;
  /** 'good' | 'mixed' | 'weak' | 'none' (nothing to judge). Always shown beside its breakdown. */
  grade: 'good' | 'mixed' | 'weak' | 'none';
  /** Plain-words verdict built from the breakdown. */
  verdict: string;
  sentences: number;
  words: number;
  /** Share of article characters inside promotion findings (0..1). */
  promotionShare: number;
}

/**
 * What was analysed: the article's language (detected from its text, see coverage.ts) and, per
 * kind, whether the detectors read that language. A kind not analysed is not graded.
 */
export interface Coverage {
  /** Primary BCP-47 subtag ("en", "ru"), or "und" when the language could not be told. */
  lang: string;
  claim: boolean;
  'state-media': boolean;
  promotion: boolean;
}

export interface Report {
  version: 1;
  article: ArticleMeta & { truncated: boolean; blocks: number };
  coverage: Coverage;
  findings: Finding[];
  sources: SourceSummary;
  summary: ReportSummary;
  timings: { analyzeMs: number; extractMs?: number };
}

/** A sentence of a block, with UTF-16 offsets into the block's text. */
export interface Sentence {
  blockId: number;
  index: number;
  start: number;
  end: number;
  text: string;
}

/** What every detector sees: the article, its sentences, and the page's own host. */
export interface AnalysisContext {
  article: Article;
  sentences: Sentence[];
  /** Sentences grouped by block id, in order. */
  sentencesByBlock: Map<number, Sentence[]>;
  /** Lower-case host of the article's URL, or '' when unknown. */
  host: string;
  /** Block ids classified as promotion (filled by the promotion detector, which runs first). */
  promotionBlocks: Set<number>;
  /** Block ids that are a source list ("Sources include:" and its links): evidence, not promotion. */
  sourceListBlocks: Set<number>;
  /** Who speaks in each analysed sentence (filled by the claims detector). */
  attributions: AttributionRecord[];
}

export interface AttributionRecord {
  blockId: number;
  sentenceIndex: number;
  kind: AttributionKind;
  /** The source as written ("Ruiz", "the ministry", "critics"), when there is one. */
  source?: string;
}

export interface Detector {
  id: 'claim' | 'state-media' | 'promotion';
  run(ctx: AnalysisContext): Finding[];
}

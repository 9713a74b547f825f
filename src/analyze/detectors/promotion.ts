// Promotion detector: finds the blocks inside an article that advertise something other than the
// article (related-story lists, newsletter boxes, video plugs, sister-site calls to action, share
// bars, ad labels…) and the inline "(Related: …)" inserts inside its paragraphs.
//
// It classifies blocks, not words. A block's own text rarely decides alone: "Facebook" is a share
// button in a toolbar and a company name in a sentence. So each block is read with its links (how
// much of the text is link text, same site or not, one headline-like anchor), its length and tag,
// whether Readability dropped it, and its neighbours: a label such as "Related" or
// "Share this:" opens a section and the link items after it belong to it.
//
// What is *not* promotion: boilerplate (bylines, datelines, captions, author bios, corrections,
// menus), which this detector leaves alone, and source lists (a "Sources" or "References" label and its links),
// which are evidence: they go to ctx.sourceListBlocks for the sourcing summary.
//
// Measured by `npm run eval -- --only promo_blocks` on the promo_blocks dev split, tune and check
// halves side by side (README, accuracy section).

import type { AnalysisContext, Block, Detector, Finding, FindingPart } from '../types.ts';
import { PROMOTION_MODEL } from '../rules/promotion-model.ts';
import { MAX_STRING } from '../bounds.ts';
import { hostMatches, hostOf } from '../hostname.ts';
import { registeredName } from '../site.ts';
import {
  AD_HOSTS,
  AD_SLOT_LABEL,
  APP_CTA,
  APP_PLATFORM_CTA,
  APP_STORES,
  APP_UPDATE,
  CTA_PATTERNS,
  INLINE_INSERT,
  INSERT_LABEL,
  INSERT_LABEL_NO_COLON,
  INSERT_SENTENCE,
  ORIGINAL_POINTER,
  PROMO_REASONS,
  SECTION_LABELS,
  SHARE_ENDPOINTS,
  SHOP_HOSTS,
  SHOP_LABEL,
  SOCIAL_ITEM,
  SOCIAL_NAME,
  SOCIAL_TOKEN,
  SOURCE_LIST_INLINE,
  SOURCE_LIST_LABEL,
  UNIT_BUTTON,
  type PromoPattern,
  type PromoSubtype,
} from '../rules/promotion-patterns.ts';

/** Per-block facts the rules read. */
export interface Features {
  block: Block;
  index: number;
  len: number;
  words: number;
  /** Share of the text inside links (0..1). */
  density: number;
  linkCount: number;
  sameSite: number;
  external: number;
  /** The main link leads to a listing (tag, category, wiki page), not a story. */
  listingLink: boolean;
  /** One anchor covers most of the block and reads like a headline (several words). */
  headlineLink: boolean;
  /** One anchor covers most of the block and leads to a story of the same site (not a tag page, a menu or this page). */
  storyLink: boolean;
  /** Body text: a kept paragraph of some length with little link text. */
  body: boolean;
  /** A previous/next pager: the page names the box so, or the text is a pager label. */
  pager: boolean;
  /** Two or more links, every one to a listing page (tags, categories): a tag list. */
  tagList: boolean;
  /**
   * Every link leads back to this page (an anchor in it, its print view): a page tool or a skip
   * link ("Continue reading the main story", "View PDF / Print"), never a pointer to other content.
   */
  selfOnly: boolean;
  /** Every link jumps to a named place in this page ("#comments", "#story-continues"): a table of contents or a skip link, navigation. */
  selfAnchor: boolean;
  /** Links to a platform's share endpoint, to an app store, to a retailer or affiliate network, and back to this page. */
  shareLinks: number;
  storeLinks: number;
  shopLinks: number;
  /** Links to an ad server or ad-click counter (PROVENANCE 'easylist'). */
  adLinks: number;
  selfLinks: number;
}

export interface Verdict {
  subtype: PromoSubtype;
  rule: string;
}

// A section label is short: a heading, not a sentence that happens to start with "Related".
const MAX_LABEL_CHARS = 60;
// Blocks longer than this are article-sized: a call to action is not judged on them as a whole
// (an inline insert can still be found inside).
const MAX_CTA_CHARS = 320;
// Disclosures run longer ("Some of the offers shown on this site come from partners who pay us…").
const MAX_DISCLOSURE_CHARS = 900;
// Body text: a kept block at least this long with at most this share of link text.
const BODY_MIN_CHARS = 120;
const BODY_MAX_DENSITY = 0.35;
// Unlabelled related lists: at least this many headline links in a row.
const MIN_UNLABELLED_RUN = 3;
// …most of which lead to stories of the same site (menus and tag lists lead to listings).
const STORY_SHARE = 0.6;
// Newsletter boxes: their items speak of email, offers or updates, or are short buttons.
const NEWSLETTER_WORDS = /\b(?:e-?mails?|inbox|newsletters?|sign(?:ing)? up|subscrib\w*|offers|deals|updates|alerts|delivered|unsubscribe|opt out|spam)\b/i;
const NON_LETTER = /[^\p{L}]/gu;
const COUNTER = /^(?:\d[\d.,]*\s?[km]?|shares?|\d[\d.,]*\s?[km]?\s?shares?)$/i;
// Link text that is an address ("www.example-racing.com"): a credit or a source, not a headline.
const DOMAIN_TEXT = /\bwww\.|\b[\w-]+\.(?:com|net|org|co\.uk|com\.br|de|fr|it)\b/i;
const PERIOD_END = /[.…]["'”’)]?$/;
// Links that lead to listings, not stories: tag, category, author and topic pages, wikis.
const NAV_PATH = /\/(?:tags?|category|categories|topics?|authors?|people|section|hub|label|wiki|search|page)\/|\/(?:category|tag|special|user|template):/i;
// A story URL: a slug of several words, a long numeric id, or a date in the path.
const STORY_SLUG = /[\p{L}\p{N}]-[\p{L}\p{N}]+-[\p{L}\p{N}]|\d{5,}|\/(?:19|20)\d\d\//u;
const BARE_MORE = /^(?:see )?more\s*:$/i;
// The page names the box a tag list ("tags", "tag-cloud", "keywords").
const TAG_HINT = /(?:^|[\s_-])(?:tags?|tag-?cloud|tag-?list|keywords?)(?:$|[\s_-])/;
const AUTHOR_FOLLOW = /\bfollow (?:him|her|them|me)\b/i;
// Pagers are navigation (guideline: "pagers incl. prev/next-article teasers"): the page's own
// names for the box, or the labels of the common blog themes ("Previous post", "Next article").
const PAGER_HINT = /pager|pagination|post-nav|nav-links|prev-next|next-prev|(?:^|[\s_-])(?:prev|previous)(?:$|[\s_-])|(?:^|[\s_])(?:next|older|newer)-(?:post|article|story|entry|link)s?(?:$|[\s_-])|(?:^|[\s_])(?:nav|post)-(?:next|prev|previous)(?:$|[\s_-])/;
// A reference in a citation style (Vancouver "Shao ZM, Wu J.", a volume(issue):pages, a DOI): the
// guideline counts a piece's references as article.
const CITATION_SHAPE = /\b\p{Lu}\p{Ll}+ \p{Lu}{1,3}, \p{Lu}\p{Ll}+ \p{Lu}{1,3}\b|\b(?:19|20)\d\d\b[^.;]{0,12};\s*\d+(?:\(\d+\))?:\s*\d+|\bdoi(?::|\.org\/)\s*10\./u;
const PAGER_TEXT = /^(?:[«‹←<]\s*)?(?:previous|next|older|newer) (?:post|article|story|entry|page)s?(?:\s*[»›→>])?\s*:?$/i;
// A contact address: a block that gives one is a contact line or an invitation to write in
// (guideline: author-bio / boilerplate), not a sign-up box.
const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+\.[\w.]{2,}/;
// Links to one post on a social network (a status, a photo, a video): an embed or its credit
// (guideline: caption-credit, or a quoted post), not a share or follow button.
const SOCIAL_PERMALINK = /\/(?:status|statuses|p|reel|tv|posts|videos?|watch|photos?)\/|\/watch\?|youtu\.be\//i;
// A photo credit after a caption ("… | Photo: Agency"): caption-credit.
const CREDIT_MARK = /[|/(]\s*(?:photo|foto|image|picture|credit|bild|imagen|photograph)s?\s*(?:by)?\s*:/i;
// Link runs: a share button's text is not a headline.
const SHARE_TEXT = /click to (?:share|email|print|tweet)|\bshare (?:on|via)\b/i;
const FOLLOW_US = /\bfollow us\b/i;
// Share buttons that are verbs, standalone anywhere ("Pin" over every picture of a blog post).
const SHARE_VERB = /^(?:pin(?: it)?|tweet|share(?: this| it)?!?)$/i;
// A share bar without a label: at least this many short share items in a row, two naming a network.
const MIN_SHARE_CLUSTER = 3;
// Links that are share or follow buttons.
const SOCIAL_HOSTS = [
  'facebook.com', 'twitter.com', 'x.com', 'pinterest.com', 'linkedin.com', 'reddit.com',
  'whatsapp.com', 't.me', 'telegram.me', 'tumblr.com', 'flipboard.com', 'getpocket.com',
  'instagram.com', 'youtube.com', 'tiktok.com', 'vk.com', 'mix.com', 'wa.me', 'addtoany.com',
];

// Amazon's associate tag (PROVENANCE 'affiliate-networks').
const ASSOCIATE_TAG = /[?&]tag=[\w-]+/i;

type Endpoint = 'share' | 'store' | 'shop' | 'ad';
const ENDPOINT_CACHE = new Map<string, Endpoint | null>();
const ENDPOINT_CACHE_MAX = 4096;

/**
 * Where a link leads, when that makes it an ask: a share endpoint, an app store, a shop, an ad
 * server (kept per address: pages repeat their links, and three features ask).
 */
export function endpointOf(href: string): Endpoint | null {
  const hit = ENDPOINT_CACHE.get(href);
  if (hit !== undefined) return hit;
  const answer = endpointOfUncached(href);
  if (ENDPOINT_CACHE.size >= ENDPOINT_CACHE_MAX) ENDPOINT_CACHE.clear();
  ENDPOINT_CACHE.set(href, answer);
  return answer;
}

function endpointOfUncached(href: string): Endpoint | null {
  let host: string;
  let path: string;
  let query: string;
  if (/^mailto:\?|^whatsapp:\/\/send|^sms:[^?]*\?(?:&)?body=|^fb-messenger:\/\/share|^viber:\/\/forward/i.test(href)) return 'share';
  try {
    const u = new URL(href);
    host = u.hostname.toLowerCase().replace(/^www\d*\./, '');
    path = u.pathname;
    query = u.search;
  } catch {
    return null;
  }
  if (SHARE_ENDPOINTS.some(([d, re]) => hostMatches(host, d) && re.test(path))) return 'share';
  if (APP_STORES.some(([d, re]) => hostMatches(host, d) && re.test(path))) return 'store';
  if (SHOP_HOSTS.some((d) => hostMatches(host, d))) return 'shop';
  if (/^amazon\./.test(host.replace(/^smile\./, '')) && ASSOCIATE_TAG.test(query)) return 'shop';
  if (AD_HOSTS.some((d) => hostMatches(host, d))) return 'ad';
  return null;
}

/** How many different app stores (by owner) the block's links lead to. */
function storeCount(f: Features): number {
  if (f.storeLinks < 2) return f.storeLinks;
  const stores = new Set<string>();
  for (const l of f.block.links) {
    if (endpointOf(l.href) !== 'store') continue;
    // By the store's owner: apps.apple.com and itunes.apple.com are one store.
    stores.add(registeredName(hostOf(l.href)));
  }
  return stores.size;
}

// Blocks that are asks by where their links lead are short: a button row, a badge, a deal row.
const ENDPOINT_MAX_CHARS = 200;
const SHARE_ROW_MAX_CHARS = 120;

// Case matters in these two (a seller's name is a proper noun), so they live here rather than
// with the case-insensitive phrasings of rules/promotion-patterns.ts; their sources are named there.
/**
 * A price (PROVENANCE 'unicode-currency'): a currency sign or an ISO 4217 code next to an amount.
 */
const PRICE = /\p{Sc}\s?\d|\d\s?\p{Sc}|\b(?:USD|EUR|GBP|CAD|AUD|INR|JPY|CHF|Rs\.?)\s?\d|\d\s?(?:USD|EUR|GBP|CAD|AUD|INR)\b/u;

/**
 * Retailer CTA grammar (PROVENANCE 'cta-grammar', guideline shop-affiliate "buy buttons, deal
 * rows"): an imperative of buying or looking whose place is a named seller ("Buy at Seller",
 * "See it on Seller"), or a price followed by its seller ("£40 at Seller").
 */
const RETAILER_CTA =
  /^(?:buy|shop|order|get|see|check|view|compare|grab|pre-?order)\b[^.!?]{0,30}?\b(?:at|on|from|via)\s+\p{Lu}|(?:\p{Sc}\s?\d[\d.,]*|\d[\d.,]*\s?\p{Sc})\s+(?:at|from|on|@)\s+\p{Lu}/u;

/**
 * The narrower grammar of a deal row when the link's host is unknown (PROVENANCE 'cta-grammar',
 * 'unicode-currency'): a buying imperative whose place is a named seller, or a price "at" a named
 * seller. "On" is left out here: a headline's "hits $200 on Monday" is no offer.
 */
const DEAL_ROW =
  /^(?:buy|shop|order|grab|pre-?order)\b[^.!?]{0,30}?\b(?:at|from)\s+\p{Lu}|^[^.!?]{0,20}?(?:\p{Sc}\s?\d[\d.,]*|\d[\d.,]*\s?\p{Sc})\s+(?:at|@)\s+\p{Lu}/u;

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;

/**
 * Runs of letters and digits (what `/[\p{L}\p{N}]+/gu` matches) and, of them, how many hold a run
 * of two or more letters (`/\p{L}{2,}/gu` matches), counted in one pass by code point, without the
 * match objects a `matchAll` builds for every word. ASCII is decided by its code; other characters
 * by the same Unicode property tests.
 */
export function wordCounts(text: string): { words: number; letterWords: number } {
  let words = 0;
  let letterWords = 0;
  let inWord = false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let ch = '';
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        ch = text.slice(i, i + 2);
        i++;
      }
    }
    let letter: boolean;
    let number: boolean;
    if (c < 128) {
      letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      number = c >= 48 && c <= 57;
    } else {
      if (ch === '') ch = text[i] ?? '';
      letter = LETTER.test(ch);
      number = !letter && NUMBER.test(ch);
    }
    if (letter || number) {
      if (!inWord) words++;
      inWord = true;
    } else inWord = false;
    if (letter) {
      letters++;
      if (letters === 2) letterWords++;
    } else letters = 0;
  }
  return { words, letterWords };
}


function linkHost(href: string): string {
  return hostOf(href);
}

function isSameSite(host: string, pageHost: string): boolean {
  if (!host || !pageHost) return false;
  return hostMatches(host, pageHost) || hostMatches(pageHost, host);
}

/**
 * One publisher under two country domains ("bbc.com" and "bbc.co.uk"): the same registered name
 * under another top-level domain. Used only where a link to the site's own story is asked for.
 */
function samePublisher(host: string, pageHost: string): boolean {
  if (!host || !pageHost) return false;
  const name = registeredName(host);
  return name.length >= 3 && name === registeredName(pageHost);
}

function withoutFragment(url: string): string {
  const i = url.indexOf('#');
  return i >= 0 ? url.slice(0, i) : url;
}

// A page's links are read several times (the longest link of a block, every link of a tag list):
// each address is parsed once (a pure answer; the map is emptied when it grows large).
const listingHrefs = new Map<string, boolean>();
function isListingHref(href: string): boolean {
  const hit = listingHrefs.get(href);
  if (hit !== undefined) return hit;
  let listing: boolean;
  try {
    const u = new URL(href);
    listing = NAV_PATH.test(decodeURIComponent(u.pathname)) || /^tags?\./i.test(u.hostname);
  } catch {
    listing = false;
  }
  if (href.length <= 1024) {
    if (listingHrefs.size >= 2048) listingHrefs.clear();
    listingHrefs.set(href, listing);
  }
  return listing;
}

/** The link leads to this very page: same host (www aside) and path, whatever its query or anchor. */
function isSamePage(href: string, pageUrl: string): boolean {
  try {
    const a = new URL(href);
    const b = new URL(pageUrl);
    const host = (h: string): string => h.replace(/^www\./, '');
    const path = (p: string): string => p.replace(/\/+$/, '');
    return host(a.hostname) === host(b.hostname) && path(a.pathname) === path(b.pathname);
  } catch {
    return false;
  }
}

/** A link to another story: not to this page, a listing page or the home page. */
function isStoryHref(href: string, pageUrl: string): boolean {
  if (withoutFragment(href) === withoutFragment(pageUrl)) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(href).pathname);
  } catch {
    return false;
  }
  return !NAV_PATH.test(path) && STORY_SLUG.test(path);
}

function features(block: Block, index: number, pageHost: string, pageUrl: string): Features {
  const len = block.text.length;
  let linkChars = 0;
  let sameSite = 0;
  let external = 0;
  let longest = 0;
  let longestHref = '';
  for (const link of block.links) {
    const span = link.end - link.start;
    linkChars += span;
    if (span > longest) {
      longest = span;
      longestHref = link.href;
    }
    const host = linkHost(link.href);
    if (isSameSite(host, pageHost)) sameSite++;
    else if (host) external++;
  }
  const density = len > 0 ? Math.min(1, linkChars / len) : 0;
  const counts = wordCounts(block.text);
  const words = counts.words;
  // A headline has words: a linked date ("Tuesday, 10/25/22") is a pager or an archive entry.
  const headlineLink = len > 0 && longest / len >= 0.8 && (words >= 4 || len >= 24) && counts.letterWords >= 2;
  const listingLink = longestHref !== '' && isListingHref(longestHref);
  const storyLink = len > 0 && longest / len >= 0.8 && isSameSite(linkHost(longestHref), pageHost) && isStoryHref(longestHref, pageUrl);
  const body =
    !block.dropped &&
    block.kind !== 'heading' &&
    block.kind !== 'caption' &&
    len >= BODY_MIN_CHARS &&
    density <= BODY_MAX_DENSITY;
  const pager = PAGER_HINT.test(block.hint ?? '') || (len <= 40 && PAGER_TEXT.test(block.text.trim()));
  const tagList = block.links.length >= 2 && density >= 0.5 && (TAG_HINT.test(block.hint ?? '') || block.links.every((l) => isListingHref(l.href)));
  let selfLinks = 0;
  let shareLinks = 0;
  let storeLinks = 0;
  let shopLinks = 0;
  let adLinks = 0;
  for (const l of block.links) {
    if (pageUrl !== '' && isSamePage(l.href, pageUrl)) {
      selfLinks++;
      continue;
    }
    const end = endpointOf(l.href);
    if (end === 'share') shareLinks++;
    else if (end === 'store') storeLinks++;
    else if (end === 'shop') shopLinks++;
    else if (end === 'ad') adLinks++;
  }
  const selfOnly = block.links.length > 0 && selfLinks === block.links.length;
  const selfAnchor = selfOnly && block.links.every((l) => /#[^#\s]+$/.test(l.href));
  return { block, index, len, words, density, linkCount: block.links.length, sameSite, external, listingLink, headlineLink, storyLink, body, pager, tagList, selfOnly, selfAnchor, shareLinks, storeLinks, shopLinks, adLinks, selfLinks };
}

function matchFirst(patterns: readonly PromoPattern[], text: string): PromoPattern | null {
  for (const p of patterns) if (p.re.test(text)) return p;
  return null;
}

/** A short block that names a section: "Related", "More from <outlet>", "Share this:". */
function sectionLabel(f: Features): PromoPattern | null {
  if (f.len > MAX_LABEL_CHARS || f.words > 9 || f.body) return null;
  return matchFirst(SECTION_LABELS, f.block.text.trim());
}

function isSourceLabel(f: Features): boolean {
  return f.len <= 40 && SOURCE_LIST_LABEL.test(f.block.text.trim());
}

/** A share-bar item: a network name, a counter, or several network names in one block. */
function isSocialItem(f: Features): boolean {
  const text = itemText(f.block.text);
  return (text.length <= 40 && SOCIAL_ITEM.test(text)) || isShareRow(text);
}

// The warning that a link opens a new window or tab, which accessibility guidance asks links to
// carry in their text (W3C WCAG technique G201; often as screen-reader text): "Facebook (opens in
// a new window)" is the button "Facebook".
const NEW_WINDOW_NOTE = /\s*[([]?\s*(?:this link |link )?(?:opens|open|will open) in (?:a )?new (?:window|tab)\s*[)\]]?\s*\.?$/i;

/** A button's own words: the block's text without a trailing new-window warning. */
function itemText(text: string): string {
  const t = text.trim();
  return t.length > 10 && t.length <= 120 ? t.replace(NEW_WINDOW_NOTE, '') : t;
}

/** Several network names in one block, and little else: "Facebook Twitter Email LinkedIn". */
function isShareRow(text: string): boolean {
  if (text.length > 120) return false;
  // The rules ask this of one block two or three times in a row: the last answer is kept.
  if (text === shareRow.text) return shareRow.is;
  let covered = 0;
  let tokens = 0;
  for (const m of text.matchAll(SOCIAL_TOKEN)) {
    covered += m[0].length;
    tokens++;
  }
  let is = false;
  if (tokens >= 2) {
    const letters = text.replace(NON_LETTER, '').length;
    is = letters > 0 && covered / letters >= 0.7;
  }
  shareRow.text = text;
  shareRow.is = is;
  return is;
}
const shareRow = { text: '', is: false };

// Whether a host is a social network's, kept per host (the rules and the model ask per block).
const socialHosts = new Map<string, boolean>();
function isSocialHost(host: string): boolean {
  let social = socialHosts.get(host);
  if (social === undefined) {
    social = host !== '' && SOCIAL_HOSTS.some((d) => hostMatches(host, d));
    if (socialHosts.size >= 2048) socialHosts.clear();
    socialHosts.set(host, social);
  }
  return social;
}

function hasSocialLink(f: Features): boolean {
  return f.block.links.some((l) => isSocialHost(linkHost(l.href)));
}

/** A link item of a related list: mostly link text, not too long. */
function isLinkItem(f: Features, loose: boolean): boolean {
  if (f.linkCount === 0 || f.len > 300 || f.body) return false;
  if (f.density >= 0.5) return true;
  // Bullets of a linked headline followed by a few words of dek.
  return loose && f.block.kind === 'list-item' && f.density >= 0.25;
}

// Lines of card furniture a card may carry under its title (a dek, a date, a section line).
const MAX_CARD_META = 3;

/** Card furniture between link items: an author name, a date, a one-line dek. */
function isCardMeta(f: Features): boolean {
  return !f.body && f.len <= 200 && f.linkCount <= 1;
}

// A card's dek that Readability dropped with its module may run to a few lines.
const DROPPED_DEK_CHARS = 400;

/** Card furniture inside a labelled section: as between link items, or a longer dek dropped with the module. */
function isSectionMeta(f: Features): boolean {
  return isCardMeta(f) || (f.block.dropped && f.len <= DROPPED_DEK_CHARS && f.linkCount <= 1);
}

function itemFits(subtype: PromoSubtype, f: Features, afterItems: boolean): boolean {
  switch (subtype) {
    case 'sponsored':
      // A paid-recommendation widget's cards often carry no address of their own (the widget's
      // script follows the click): under its label, a dropped short line with no closing mark (a
      // headline, the advertiser's name) is one of its cards.
      if (f.block.dropped && f.linkCount === 0 && !f.body && f.len <= 120 && !TERMINAL_MARK.test(f.block.text.trim())) return true;
      return isLinkItem(f, true) && (!f.listingLink || afterItems);
    case 'related-links':
    case 'video-podcast-plug':
      // A listing link (tag page, wiki article) opens no related list, but may sit inside one.
      return isLinkItem(f, true) && (!f.listingLink || afterItems);
    case 'social-share':
      // A short link is a share button when it leads to a network or nowhere else (this page, a
      // script); a link to another page of the site ("« View archives") is navigation.
      return isSocialItem(f) || (f.len <= 40 && f.density >= 0.8 && (hasSocialLink(f) || f.selfOnly || f.sameSite < f.linkCount));
    case 'newsletter':
      return !f.body && f.len <= 250 && (NEWSLETTER_WORDS.test(f.block.text) || (f.block.dropped && f.len <= 25));
    default:
      return isLinkItem(f, true);
  }
}

/** The CTA cap for a subtype: disclosures are allowed to be longer. */
function ctaCap(subtype: PromoSubtype): number {
  return subtype === 'sponsored' ? MAX_DISCLOSURE_CHARS : MAX_CTA_CHARS;
}

function isAdSlotLabel(f: Features): boolean {
  return f.len <= MAX_LABEL_CHARS && AD_SLOT_LABEL.test(f.block.text.trim());
}

/**
 * The call-to-action patterns a block of this length is tested with, joined into one alternation
 * per flag set: most blocks match none, and one scan of the alternation costs less than a scan per
 * pattern. Built from CTA_PATTERNS (per cap) on first use. A pattern with a `g` or `y` flag (it
 * keeps state) or a back-reference is left out and always tested on its own.
 */
interface CtaScreen {
  joined: RegExp[];
  covered: Set<RegExp>;
}
const ctaScreens = new Map<number, CtaScreen>();
// The patterns' distinct caps, ascending (perf: read once instead of a map and filter per block).
let ctaCaps: number[] | null = null;
function ctaScreen(len: number): CtaScreen {
  // The patterns a block is tested with depend only on which caps its length is within.
  ctaCaps ??= [...new Set(CTA_PATTERNS.map((p) => ctaCap(p.subtype)))].sort((a, b) => a - b);
  const cap = ctaCaps.find((c) => c >= len) ?? Infinity;
  let screen = ctaScreens.get(cap);
  if (!screen) {
    const covered = new Set<RegExp>();
    const byFlags = new Map<string, string[]>();
    for (const p of CTA_PATTERNS) {
      if (ctaCap(p.subtype) < cap || /[gy]/.test(p.re.flags) || /\\[1-9k]/.test(p.re.source)) continue;
      covered.add(p.re);
      const sources = byFlags.get(p.re.flags) ?? [];
      sources.push(`(?:${p.re.source})`);
      byFlags.set(p.re.flags, sources);
    }
    screen = { joined: [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), covered };
    ctaScreens.set(cap, screen);
  }
  return screen;
}

// A sentence that reports an appeal ("…, the mayor urged", "… she said"): news, not the site's ask.
const REPORTED = /[,"”’]\s*(?:[\p{L}.'’-]+\s){0,4}(?:said|says|urged|urges|told|added|wrote|writes|asked|pleaded)\b/iu;

// A pitch that opens with a short question to the reader and answers it with the ask ("Curious
// about X? Subscribe to …", "Want to write for us? Join our …"): the hook-then-action shape of
// call-to-action copy (PROVENANCE 'cta-grammar'). The ask after the question is judged as if it
// opened the block; an article's question is followed by its answer, not by an imperative to act.
const LEAD_QUESTION = /^[^.!?]{3,90}\?["'”’)]?\s+(?=\S)/;

/** A call to action judged on the whole block, or on the ask after a short opening question. */
function ctaVerdict(f: Features): Verdict | null {
  const text = f.block.text.trim();
  if (isAdSlotLabel(f)) return { subtype: 'sponsored', rule: 'ad-slot-label' };
  const v = ctaMatch(f, text);
  if (v || f.len > MAX_CTA_CHARS) return v;
  const q = LEAD_QUESTION.exec(text);
  return q ? ctaMatch(f, text.slice(q[0].length)) : null;
}

function ctaMatch(f: Features, text: string): Verdict | null {
  let screen: CtaScreen | null = null;
  let some = false;
  for (const p of CTA_PATTERNS) {
    if (f.len > ctaCap(p.subtype)) continue;
    if (!screen) {
      screen = ctaScreen(f.len);
      some = screen.joined.some((re) => re.test(text));
    }
    if (screen.covered.has(p.re) && !some) continue;
    if (!p.re.test(text)) continue;
    if (p.subtype === 'social-share' && AUTHOR_FOLLOW.test(text) && !FOLLOW_US.test(text)) continue;
    if (p.subtype === 'app-download' && APP_UPDATE.test(text)) continue;
    if (p.subtype === 'newsletter' && EMAIL_ADDRESS.test(text)) continue;
    if (p.id === 'donation-appeal' && REPORTED.test(text)) continue;
    return { subtype: p.subtype, rule: p.id };
  }
  return null;
}

/** "Read more: …", "On <site>.com: …", "DON'T MISS …" as a block of its own. */
function insertVerdict(f: Features): Verdict | null {
  if (f.len > MAX_CTA_CHARS) return null;
  const text = f.block.text.trim();
  if (INSERT_LABEL.test(text) || INSERT_LABEL_NO_COLON.test(text)) {
    if (f.linkCount > 0 || f.len <= MAX_LABEL_CHARS) return { subtype: 'read-more-insert', rule: 'read-more-insert' };
  }
  // The pointer as a sentence, its link on "here" or on the piece it names; a link to a primary
  // document (a full transcript, the ruling) is a reference, which the guideline counts as article.
  if (f.linkCount > 0 && !f.block.dropped && INSERT_SENTENCE.test(text) && !ORIGINAL_POINTER.test(text)) {
    return { subtype: 'read-more-insert', rule: 'read-more-sentence' };
  }
  if (f.linkCount > 0 && f.len <= SHARE_ROW_MAX_CHARS && SHOP_LABEL.test(text)) return { subtype: 'shop-affiliate', rule: 'shop-label' };
  return null;
}

export interface Marks {
  verdicts: Map<number, Verdict>;
  sources: Set<number>;
}

function mark(marks: Marks, f: Features, v: Verdict): void {
  // Pagers and tag lists are navigation, whatever list they stand in.
  if ((v.subtype === 'related-links' || v.subtype === 'read-more-insert') && (f.pager || f.tagList)) return;
  if (!marks.verdicts.has(f.block.id) && !marks.sources.has(f.block.id)) marks.verdicts.set(f.block.id, v);
}

/** A source-list label and the link blocks after it: evidence, never promotion. */
function markSourceLists(feats: readonly Features[], marks: Marks): void {
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i] as Features;
    if (SOURCE_LIST_INLINE.test(f.block.text) && f.linkCount > 0) {
      marks.sources.add(f.block.id);
      continue;
    }
    if (!isSourceLabel(f)) continue;
    const items: Features[] = [];
    for (let j = i + 1; j < feats.length; j++) {
      const g = feats[j] as Features;
      const item = g.len <= 600 && (g.linkCount > 0 || (g.block.kind === 'list-item' && !g.body));
      if (!item || sectionLabel(g)) break;
      items.push(g);
    }
    // A "Further reading" list of the site's own stories (headline links to same-site story
    // addresses, no citation's closing period) is a related list under a bibliography's name: the
    // guideline's related-links are "lists of other stories", a source list cites works.
    const ownStories = items.filter((g) => g.storyLink && g.headlineLink && !PERIOD_END.test(g.block.text.trim())).length;
    if (items.length >= 2 && ownStories >= items.length * STORY_SHARE) continue;
    marks.sources.add(f.block.id);
    for (const g of items) marks.sources.add(g.block.id);
    if (items.length > 0) i = (items[items.length - 1] as Features).index;
  }
}

/** Labels and the run of items that follows each. */
function markSections(feats: readonly Features[], marks: Marks): void {
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i] as Features;
    if (marks.sources.has(f.block.id)) continue;
    const label = sectionLabel(f);
    if (!label) continue;
    mark(marks, f, { subtype: label.subtype, rule: label.id });
    let items = 0;
    // The card furniture seen between two items: each card of a module has the same shape.
    let cardMeta = 0;
    const ends = (g: Features): boolean =>
      // An ad-slot label ends a section: what follows it is the ad's or the article's.
      marks.sources.has(g.block.id) || sectionLabel(g) !== null || isSourceLabel(g) || g.pager || g.tagList || isAdSlotLabel(g);
    const cards = label.subtype !== 'social-share' && label.subtype !== 'newsletter';
    for (let j = i + 1; j < feats.length; j++) {
      const g = feats[j] as Features;
      if (ends(g)) break;
      if (itemFits(label.subtype, g, items > 0)) {
        mark(marks, g, { subtype: label.subtype, rule: label.id });
        items++;
        i = j;
        continue;
      }
      // Card furniture (author line, dek, date, section) counts only between two link items, up
      // to MAX_CARD_META lines of it; the last card's furniture counts when Readability dropped it
      // with the module and the cards before it carried as many lines.
      let k = j;
      while (k < feats.length && k - j < MAX_CARD_META && !ends(feats[k] as Features) && isSectionMeta(feats[k] as Features) && !itemFits(label.subtype, feats[k] as Features, true)) k++;
      const next = feats[k];
      const between = next !== undefined && !ends(next) && itemFits(label.subtype, next, true);
      const trailing = !between && items >= 2 && cardMeta > 0 && k - j <= cardMeta && feats.slice(j, k).every((m) => m.block.dropped);
      if (cards && items > 0 && k > j && (between || trailing)) {
        for (let m = j; m < k; m++) mark(marks, feats[m] as Features, { subtype: label.subtype, rule: label.id });
        if (between) cardMeta = Math.max(cardMeta, k - j);
        i = k - 1;
        j = k - 1;
        if (trailing) break;
        continue;
      }
      break;
    }
    // A bare "More:" over nothing it can vouch for (tag links, plain text) labels nothing.
    if (items === 0 && BARE_MORE.test(f.block.text.trim())) marks.verdicts.delete(f.block.id);
  }
}

function isRunLink(f: Features): boolean {
  const text = f.block.text;
  return f.len <= 200 && (f.headlineLink || f.storyLink) && !f.pager && !f.selfOnly && wordCounts(text).letterWords >= 2 && !SHARE_TEXT.test(text) && !CITATION_SHAPE.test(text);
}

// How far (in blocks) body text may stand from a run for the run to count as inside the body.
const BODY_REACH = 2;

/** The run is kept by Readability and body paragraphs stand right before and right after it. */
function isInsideBody(feats: readonly Features[], run: readonly Features[]): boolean {
  if (run.some((f) => f.block.dropped)) return false;
  const first = (run[0] as Features).index;
  const last = (run[run.length - 1] as Features).index;
  let before = false;
  let after = false;
  for (let k = 1; k <= BODY_REACH; k++) {
    if (feats[first - k]?.body) before = true;
    if (feats[last + k]?.body) after = true;
  }
  return before && after;
}

/** Runs of headline links with no label: recirculation modules, "Trending" lists whose label was a picture. */
function markLinkRuns(feats: readonly Features[], marks: Marks): void {
  let run: Features[] = [];
  // The ask a run stands right under ("Subscribe to our channel" over its videos): the run is
  // the rest of that promotional unit (guideline: a promotional unit with its heading), wherever
  // its links lead.
  const askBefore = (run: readonly Features[]): Verdict | null => {
    const first = run[0] as Features;
    const before = feats[first.index - 1];
    const v = marks.verdicts.get(first.block.id) ?? (before ? marks.verdicts.get(before.block.id) : undefined);
    // A share bar is a row of buttons, not the title of a list.
    return v && v.subtype !== 'social-share' ? v : null;
  };
  const flush = (): void => {
    // Trailing card furniture is not part of the run.
    while (run.length > 0 && !isRunLink(run[run.length - 1] as Features)) run.pop();
    const links = run.filter(isRunLink);
    const heads = links.filter((f) => f.headlineLink).length;
    const stories = links.filter((f) => f.storyLink).length;
    // A run kept by Readability with body text close on both sides is the article's own list
    // (a listicle's linked items, issue 17); a related module mid-article carries a label.
    const inBody = run.length > 0 && isInsideBody(feats, run);
    const ask = run.length > 0 ? askBefore(run) : null;
    // A run Readability itself dropped from the article (its link-density test) that reads like
    // headlines: no sentence ends, no listing pages. Its links may go anywhere (aggregators,
    // partner widgets), so same-site story addresses are not asked for.
    const droppedHeadlines =
      heads >= MIN_UNLABELLED_RUN &&
      run.every((f) => f.block.dropped) &&
      links.filter((f) => PERIOD_END.test(f.block.text.trim())).length < links.length / 2 &&
      links.filter((f) => f.listingLink).length < links.length / 2;
    if (droppedHeadlines && !(stories >= links.length * STORY_SHARE)) {
      const first = run[0] as Features;
      const before = feats[first.index - 1];
      if (before && before.block.kind === 'heading' && before.len <= MAX_LABEL_CHARS && before.linkCount === 0) {
        mark(marks, before, { subtype: 'related-links', rule: 'related-links-dropped-run' });
      }
      for (const f of run) if (!f.listingLink) mark(marks, f, { subtype: 'related-links', rule: 'related-links-dropped-run' });
    } else if (heads >= MIN_UNLABELLED_RUN && !inBody && ask !== null) {
      for (const f of run) if (isRunLink(f) && !f.listingLink) mark(marks, f, { subtype: ask.subtype, rule: 'ask-list' });
    } else if (heads >= MIN_UNLABELLED_RUN && stories >= links.length * STORY_SHARE && !inBody) {
      const first = run[0] as Features;
      const before = feats[first.index - 1];
      // The module's title (a heading such as "Gift guides") when it stands right before the run.
      if (before && before.block.kind === 'heading' && before.len <= MAX_LABEL_CHARS && before.linkCount === 0) {
        mark(marks, before, { subtype: 'related-links', rule: 'related-links-run' });
      }
      // Only the story links and the card furniture between them: a run can run on into a tag list.
      let last = -1;
      // A story is a run link to a same-site story: card furniture with a story address (a linked
      // date) neither opens nor closes the stretch.
      const isStory = (f: Features): boolean => f.storyLink && isRunLink(f);
      run.forEach((f, k) => {
        if (isStory(f)) last = k;
      });
      let open = false;
      run.forEach((f, k) => {
        if (isStory(f)) open = true;
        if (open && k <= last && (isStory(f) || !isRunLink(f))) mark(marks, f, { subtype: 'related-links', rule: 'related-links-run' });
      });
    }
    run = [];
  };
  for (const f of feats) {
    const inRun = isRunLink(f) && !marks.sources.has(f.block.id);
    const meta = run.length > 0 && !inRun && isCardMeta(f) && f.len <= 60 && f.block.kind !== 'caption';
    if (inRun || meta) run.push(f);
    else flush();
  }
  flush();
}

/** Share bars without a label: network names and counters in a row ("Facebook 2K Email Print"). */
function markShareClusters(feats: readonly Features[], marks: Marks): void {
  let run: Features[] = [];
  const flush = (): void => {
    const named = run.filter((f) => SOCIAL_NAME.test(itemText(f.block.text))).length;
    if (run.length >= MIN_SHARE_CLUSTER && named >= 2) {
      for (const f of run) mark(marks, f, { subtype: 'social-share', rule: 'share-bar-item' });
    }
    run = [];
  };
  for (const f of feats) {
    if (itemText(f.block.text).length <= 40 && isSocialItem(f) && !marks.sources.has(f.block.id)) run.push(f);
    else flush();
  }
  flush();
}

/**
 * A short block that asks by where its links lead, whatever its words (icons, a store's name):
 * links to the platforms' documented share endpoints (a share row), to an app store's listing (a
 * badge or an app ask), or mostly to retailers and affiliate networks (a buy button, a deal row).
 * Sources: PROVENANCE 'share-endpoints', 'affiliate-networks', 'unicode-currency', 'cta-grammar'.
 */
function endpointVerdict(f: Features): Verdict | null {
  if (f.linkCount === 0 || f.body || f.block.kind === 'quote' || f.block.kind === 'caption') return null;
  const text = f.block.text.trim();
  // The app pitch with its pair of store buttons (one link to each of two stores, as the stores'
  // badge guidelines pair them) may run longer than a badge: the pitch and both buttons are one box.
  if (f.len > ENDPOINT_MAX_CHARS) {
    if (f.len <= MAX_CTA_CHARS * 2 && storeCount(f) >= 2 && !APP_UPDATE.test(text)) return { subtype: 'app-download', rule: 'app-store-link' };
    return null;
  }
  if (CREDIT_MARK.test(text)) return null;
  // An ad's own links (its headline, its button, the ad vendor's credit) lead to the ad server.
  if (f.adLinks > 0 && f.adLinks + f.selfLinks === f.linkCount) return { subtype: 'sponsored', rule: 'ad-link' };
  if (f.shareLinks > 0 && f.shareLinks + f.selfLinks === f.linkCount && f.len <= SHARE_ROW_MAX_CHARS && f.density >= 0.5) {
    return { subtype: 'social-share', rule: 'share-endpoint' };
  }
  if (f.storeLinks > 0 && (f.density >= 0.5 || APP_CTA.test(text)) && !APP_UPDATE.test(text)) {
    return { subtype: 'app-download', rule: 'app-store-link' };
  }
  // A retailer link alone is no ask: recipes and guides link their ingredients and tools to a
  // shop, and that list is the article's (guideline: recipe cards are article). It needs the
  // grammar of a buy button, or a price that is itself the link. (A row of several sellers was
  // tried as a deal row: it fixed one tune page, left the check half unchanged and still took
  // ingredient lists with two shop links, so it is not used.)
  // The verb may be capitalised (a button), the seller's name must be.
  const cta = RETAILER_CTA.test(text.charAt(0).toLowerCase() + text.slice(1));
  if (f.shopLinks > 0 && (cta || (PRICE.test(text) && f.density >= 0.5))) {
    return { subtype: 'shop-affiliate', rule: 'shop-link' };
  }
  // A deal row whose link goes through a redirect this list does not know: a price and a
  // buy button's grammar together ("$24 at Seller", "Buy for £30 at Seller"), mostly link text.
  if (f.density >= 0.5 && f.len <= SHARE_ROW_MAX_CHARS && PRICE.test(text) && DEAL_ROW.test(text.charAt(0).toLowerCase() + text.slice(1))) {
    return { subtype: 'shop-affiliate', rule: 'shop-link' };
  }
  return null;
}

// An app button that names the app is a line: a name and a platform.
const APP_ASK_MAX_CHARS = 80;
// The object of the ask is a name: a capital (or a digit) right after the verb ("Download
// Harbour Times …"), not a phrase ("Get ready for …"). Case matters, so it lives here.
const NAMED_OBJECT = /^\p{L}+ (?:the |The |free |Free )*[\p{Lu}\p{N}]/u;

/** Single blocks: calls to action, ad labels, share items, read-more inserts. */
function markSingles(feats: readonly Features[], marks: Marks, pageHost: string): void {
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i] as Features;
    if (marks.verdicts.has(f.block.id) || marks.sources.has(f.block.id)) continue;
    const v = ctaVerdict(f) ?? insertVerdict(f) ?? endpointVerdict(f);
    // An app's name linked to its store listing in a row of figures is the table's data (the
    // guideline: a piece's tables are article), not a badge or an ask.
    if (v && v.rule === 'app-store-link' && !APP_CTA.test(f.block.text) && !STORE_VERB.test(f.block.text.trim()) && beside(feats, f, isDataCell)) continue;
    if (v) {
      mark(marks, f, v);
      continue;
    }
    const text = f.block.text.trim();
    // An app ask by the app's name, as a button: short and mostly its link.
    if (f.linkCount > 0 && f.density >= 0.5 && f.len <= APP_ASK_MAX_CHARS && APP_PLATFORM_CTA.test(text) && NAMED_OBJECT.test(text) && !APP_UPDATE.test(text)) {
      mark(marks, f, { subtype: 'app-download', rule: 'app-platform-ask' });
      continue;
    }
    const item = itemText(text);
    const named = SOCIAL_NAME.test(item) || isShareRow(item);
    if (isSocialItem(f) && (SHARE_VERB.test(item) || (named && (f.block.dropped || hasSocialLink(f))))) {
      mark(marks, f, { subtype: 'social-share', rule: 'share-bar-item' });
      continue;
    }
    // A paragraph that is nothing but one headline link to the site's own story (or to the same
    // publisher under another country domain); a list item or a box of that shape counts when it
    // leads to a story, body text stands right before and after it and it is not in the middle of
    // a list (an inline pointer, one or two of them, not an item of the article's own list).
    if (
      (f.block.kind === 'paragraph' || ((f.block.kind === 'other' || f.block.kind === 'list-item') && f.storyLink && isInsideBody(feats, [f]) && !midList(feats, f))) &&
      f.headlineLink &&
      !f.listingLink &&
      !DOMAIN_TEXT.test(f.block.text) &&
      !ORIGINAL_POINTER.test(f.block.text) &&
      f.len <= 160 &&
      f.linkCount === 1 &&
      (f.sameSite === 1 || samePublisher(linkHost(f.block.links[0]?.href ?? ''), pageHost)) &&
      !PERIOD_END.test(f.block.text)
    ) {
      mark(marks, f, { subtype: 'read-more-insert', rule: 'lone-headline-link' });
    }
  }
}

// A video page's address: a /video/ or /videos/ segment of the path.
const VIDEO_PATH = /^https?:\/\/[^/]+\/(?:[^?#]*\/)?videos?\/[^?#]*[\p{L}\p{N}]/iu;
// A player card's stamp: a running time (02:46), after a date or a label when the card has one.
const RUNNING_TIME = /\d{1,2}:\d{2}(?::\d{2})?\s*$/;
const STAMP_MAX_CHARS = 40;

/**
 * A card of another video (its title linked to a video page, its running time under it) that
 * Readability dropped: the guideline's embedded separate video segment, a video plug. The
 * article's own footage is a player with a caption, not a link to another video page.
 */
function markVideoCards(feats: readonly Features[], marks: Marks): void {
  for (let i = 0; i + 1 < feats.length; i++) {
    const f = feats[i] as Features;
    const stamp = feats[i + 1] as Features;
    if (marks.verdicts.has(f.block.id) || marks.sources.has(f.block.id)) continue;
    if (!f.block.dropped || !f.headlineLink || f.linkCount !== 1 || !VIDEO_PATH.test(f.block.links[0]?.href ?? '')) continue;
    if (!stamp.block.dropped || stamp.linkCount > 0 || stamp.len > STAMP_MAX_CHARS || !RUNNING_TIME.test(stamp.block.text.trim())) continue;
    const v: Verdict = { subtype: 'video-podcast-plug', rule: 'video-card' };
    mark(marks, f, v);
    mark(marks, stamp, v);
  }
}

// A unit's last button is a word or two.
const UNIT_BUTTON_MAX_CHARS = 40;

/**
 * The button right after a related module, a share bar, a playlist or an ad ("More", "See more »",
 * "View all") belongs to it, when Readability dropped it with the module or it is a link.
 */
function markUnitButtons(feats: readonly Features[], marks: Marks): void {
  for (let i = 1; i < feats.length; i++) {
    const f = feats[i] as Features;
    const v = marks.verdicts.get((feats[i - 1] as Features).block.id);
    // An ad-slot label names a slot; what follows it may be the article again.
    if (!v || v.rule === 'ad-slot-label' || marks.verdicts.has(f.block.id) || marks.sources.has(f.block.id)) continue;
    if (v.subtype !== 'related-links' && v.subtype !== 'social-share' && v.subtype !== 'video-podcast-plug' && v.subtype !== 'sponsored') continue;
    if (f.len > UNIT_BUTTON_MAX_CHARS || f.body || !(f.block.dropped || f.linkCount > 0)) continue;
    if (UNIT_BUTTON.test(f.block.text.trim())) mark(marks, f, v);
  }
}

// A store link that is a button opens with its verb ("Download …", "Get …", "Install …").
const STORE_VERB = /^(?:download|install|get|try|open|play|buy|add)\b/i;

// A table cell of figures: a size, a price, a count, a share ("71.1 MB", "$4", "-12%").
const DATA_CELL = /^[-+–(]?[\p{N}$€£¥][\p{N}\p{L}$€£¥%.,:/()+\- ]{0,30}$/u;

function isDataCell(f: Features): boolean {
  return f.linkCount === 0 && f.len <= 32 && DATA_CELL.test(f.block.text.trim());
}

/** A neighbouring block (just before or after) passes the test. */
function beside(feats: readonly Features[], f: Features, test: (g: Features) => boolean): boolean {
  const prev = feats[f.index - 1];
  const next = feats[f.index + 1];
  return (prev !== undefined && test(prev)) || (next !== undefined && test(next));
}

/** The block stands between two linked blocks of its own tag: an item in the middle of a list. */
function midList(feats: readonly Features[], f: Features): boolean {
  const sibling = (g: Features | undefined): boolean => g !== undefined && g.block.tag === f.block.tag && g.linkCount > 0;
  return sibling(feats[f.index - 1]) && sibling(feats[f.index + 1]);
}

/** Share counters ("2.4k", "shares") right next to a share item. */
function markCounters(feats: readonly Features[], marks: Marks): void {
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i] as Features;
    if (marks.verdicts.has(f.block.id) || !COUNTER.test(f.block.text.trim())) continue;
    const near = [feats[i - 1], feats[i + 1]].some((g) => g && marks.verdicts.get(g.block.id)?.subtype === 'social-share');
    if (near) mark(marks, f, { subtype: 'social-share', rule: 'share-bar-item' });
  }
}

/**
 * The title of a sign-up, donation or app box ("Newsletter", "The Morning Brief"): a short heading
 * with no link right before the box's ask, both dropped by Readability (the box sits beside the
 * article, not in it). The guideline makes a box one promotional unit with its heading; a heading
 * the article keeps stays the article's, whatever follows it.
 */
function markBoxTitles(feats: readonly Features[], marks: Marks): void {
  for (let i = 1; i < feats.length; i++) {
    const f = feats[i] as Features;
    const v = marks.verdicts.get(f.block.id);
    if (!v || (v.subtype !== 'newsletter' && v.subtype !== 'donation' && v.subtype !== 'app-download')) continue;
    const prev = feats[i - 1] as Features;
    if (marks.verdicts.has(prev.block.id) || marks.sources.has(prev.block.id)) continue;
    if (prev.block.kind !== 'heading' || prev.linkCount > 0 || prev.len > MAX_LABEL_CHARS || !prev.block.dropped || !f.block.dropped) continue;
    if (PERIOD_END.test(prev.block.text.trim())) continue;
    mark(marks, prev, { subtype: v.subtype, rule: 'box-title' });
  }
}

// Box asks: the subtypes whose unit is a small form box (a sign-up, a plan, a gift, a badge).
const BOX_ASKS: ReadonlySet<PromoSubtype> = new Set<PromoSubtype>(['newsletter', 'donation', 'shop-affiliate', 'app-download']);
// A box with a comment field or a search field is the page's own tool, not an ask.
const TOOL_CONTROL = /\b(?:textarea|search)\b/;
// A form box holds a few lines: its title, its pitch, a plan or two.
const FORM_BOX_MAX_BLOCKS = 12;
// The form's legal line (terms, privacy policy, a captcha notice) is the guideline's legal
// boilerplate, not part of the ask.
const LEGAL_LINE = /\b(?:privacy (?:policy|notice|statement)|terms (?:of (?:service|use)|(?:&|and) conditions)|recaptcha|captcha)\b/i;

/**
 * The rest of a form box whose ask is found ("Sign up" by an e-mail field, a plan's "Subscribe"):
 * the blocks next to it that sit in a small box with a form control too (Block.controls) are its
 * title, pitch and plans. The guideline makes a sign-up or subscription box one
 * promotional unit; which blocks belong to the box is read from the page's structure (the control
 * beside them), not from their words. A run stops at body text, at a comment or search field and
 * at the form's legal line (terms, privacy, captcha: legal boilerplate in the guideline).
 */
function markFormBoxes(feats: readonly Features[], marks: Marks): void {
  const inBox = (g: Features | undefined): g is Features =>
    g !== undefined && (g.block.controls ?? '') !== '' && !TOOL_CONTROL.test(g.block.controls ?? '') && !g.body && g.len <= MAX_CTA_CHARS;
  for (let i = 0; i < feats.length; i++) {
    const f = feats[i] as Features;
    const v = marks.verdicts.get(f.block.id);
    if (!v || !BOX_ASKS.has(v.subtype) || !inBox(f)) continue;
    for (const step of [-1, 1]) {
      const run: Features[] = [];
      for (let j = i + step; run.length < FORM_BOX_MAX_BLOCKS; j += step) {
        const g = feats[j];
        if (!inBox(g) || marks.sources.has(g.block.id) || LEGAL_LINE.test(g.block.text)) break;
        if (marks.verdicts.has(g.block.id)) break;
        run.push(g);
      }
      if (run.length < FORM_BOX_MAX_BLOCKS) for (const g of run) mark(marks, g, { subtype: v.subtype, rule: 'form-box' });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The learnt stage (issue 17). The rules above know only the phrasings their outside sources
// name, and miss much of what sites do. A learnt model (trees in ../rules/promotion-model.ts,
// trained by scripts/train-promo.ts on the tune half of promo_blocks: boosted trees) reads every
// block with named features: the block's links and shape, its neighbours, the run of similar
// siblings it sits in (by tag and link density, and by the page's own class names), where it
// stands in the article, the page's own class names for its box, and cue words of the
// guideline's subtypes (the rules' verdicts are computed but not used by the trees, see the
// trainer). A block is promotion when the model's score passes the
// trained threshold, or when a rule says so; source lists stay evidence whatever the score.
// ---------------------------------------------------------------------------------------------

// Class and id words pages give to promotional boxes. The first part is Readability's own
// `unlikelyCandidates` / `negative` vocabulary (mozilla/readability, Readability.js REGEXPS) that
// names promotion; the rest names the guideline's subtypes (guidelines/promo_blocks.md).
const HINT_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['hint:related', /related|recirc|more-?(?:from|stories|news|articles)|read-?(?:more|next)|trending|popular|most-?(?:read|viewed|popular)|recommend|also-?like|outbrain|taboola|teaser|suggest/],
  ['hint:social', /share|social|sharing|follow|facebook|twitter|pinterest|whatsapp/],
  ['hint:newsletter', /newsletter|subscri|signup|sign-up|optin|opt-in|mailing|paywall|membership/],
  ['hint:ad', /(?:^|[\s_-])ads?(?:$|[\s_\d-])|advert|sponsor|promo|partner|dfp|gpt-|banner|commercial|affiliate/],
  ['hint:shop', /shop|product|deal|buy|price|commerce|store/],
  ['hint:video', /video|player|playlist|podcast|watch/],
  ['hint:donate', /donat|support-?us|contribut/],
  ['hint:widget', /widget|sidebar|aside|rail|module|card|tile|promo-?box/],
  ['hint:nav', /(?:^|[\s_-])nav|menu|breadcrumb|pagination|pager|tags?(?:$|[\s_-])|categor|toc(?:$|[\s_-])/],
  ['hint:comment', /comment|disqus|reply|respond|discussion/],
  ['hint:byline', /byline|author|bio(?:$|[\s_-])|contributor|dateline|timestamp|date(?:$|[\s_-])/],
  ['hint:caption', /caption|credit|figure|photo|image|gallery/],
  ['hint:footer', /footer|copyright|legal|disclaimer/],
  ['hint:body', /article-?body|story-?body|entry-?content|post-?content|article-?content|articlebody|main-?content|body-?text|prose|rich-?text/],
];

// Cue words of the guideline's subtypes (guidelines/promo_blocks.md, section 3), as whole words.
const CUE_GROUPS: ReadonlyArray<readonly [string, RegExp]> = [
  ['cue:related', /\b(?:related|more (?:from|stories|news|on|in)|most (?:read|popular|viewed)|trending|popular|recommended|you (?:may|might) (?:also )?like|read (?:more|next|also)|see also|also read|up next|next article|latest (?:news|stories))\b/i],
  ['cue:newsletter', /\b(?:newsletters?|subscribe|subscription|subscriber|sign up|inbox|e-?mail address|unsubscribe)\b/i],
  ['cue:donation', /\b(?:donate|donation|support us|contribute|patreon|membership)\b/i],
  ['cue:shop', /\b(?:buy|shop|deals?|price|\$\d|£\d|€\d|amazon|order now|coupon|discount)\b/i],
  ['cue:video', /\b(?:watch|video|videos|podcast|episode|listen|playlist|youtube)\b/i],
  ['cue:app', /\b(?:app store|google play|download (?:the|our)|our app)\b/i],
  ['cue:social', /\b(?:share|tweet|facebook|twitter|pinterest|whatsapp|linkedin|instagram|follow us)\b/i],
  ['cue:sponsored', /\b(?:sponsored|advertisement|advertis\w*|affiliate|commission|partner content|paid (?:post|content|partnership))\b/i],
  ['cue:visit', /\b(?:click here|visit|head (?:over )?to|check out)\b/i],
];

// A fragment: no more than this many words (a lone bullet, a word, a date, a counter).
const FRAGMENT_WORDS = 2;
// A unit only the model found needs more words than this: a few words of controls ("Email Bio
// Follow" in an author box) are too little for a model that reads context.
const MODEL_MIN_WORDS = 3;
const DATE_LIKE = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? [^\n]{0,40}\b(?:19|20)\d\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? \d{1,2}[./-]\d{1,2}[./-]\d{2,4}|[\p{L}.]{3,10}\.? \d{1,2},? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2} [\p{L}.]{3,10}\.? \d{4})(?:\s.{0,12})?$/iu;
const HINT_WORD = /[a-z]{3,20}/g;
const TEXT_WORD = /\p{L}{3,20}/gu;
// Blocks of at most this many words give their words as features (labels, buttons, asks).
const SHORT_WORDS = 12;
// Similar siblings: a run of blocks of one tag that are mostly link text.
const RUN_DENSITY = 0.5;

export interface ModelInput {
  feats: readonly Features[];
  marks: Marks;
  /** Blocks that carry an inline "(Related: …)" insert. */
  inline: ReadonlySet<number>;
}

// Headline shape (issue 17): a story title is a phrase of a few words that ends without a
// sentence's closing mark, and starts with a capital or a digit; many styles capitalise its words.
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 14;
const TERMINAL_MARK = /[.!?;:…,]["'”’)]?$/;
const HEADLINE_START = /^["'“‘(]?[\p{Lu}\p{N}]/u;
const LONG_WORD = /\p{L}{4,}/gu;

/** The block's text reads like a headline: 4–14 words, a capital first, no closing mark. */
export function headlineShape(text: string, words: number): boolean {
  return words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS && !TERMINAL_MARK.test(text) && HEADLINE_START.test(text);
}

/** Share of the words of four letters or more that start with a capital (title case → 1). */
export function titleCaseShare(text: string): number {
  let n = 0;
  let caps = 0;
  for (const m of text.matchAll(LONG_WORD)) {
    n++;
    const c = m[0][0] as string;
    if (c !== c.toLowerCase()) caps++;
  }
  return n > 0 ? caps / n : 0;
}

/** One link that covers the block, whose text reads like a headline: an item of a story list. */
function isHeadlineItem(f: Features): boolean {
  return f.linkCount === 1 && f.density >= 0.8 && headlineShape(f.block.text.trim(), f.words);
}

/**
 * The model's named features for every block, in block order. The trainer calls this on the
 * same Article the analyzer sees, so what is learnt is what runs.
 */
export function featureRows(
  input: ModelInput,
  { structural = true, longCues = true, textWords = true }: { structural?: boolean; longCues?: boolean; textWords?: boolean } = {},
): Array<Map<string, number>> {
  const { feats, marks } = input;
  const n = feats.length;
  let firstBody = -1;
  let lastBody = -1;
  for (let i = 0; i < n; i++) {
    if ((feats[i] as Features).body) {
      if (firstBody < 0) firstBody = i;
      lastBody = i;
    }
  }
  // Runs of similar siblings: consecutive blocks of one tag that are mostly link text.
  const runLen = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    const f = feats[i] as Features;
    if (f.density < RUN_DENSITY || f.linkCount === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const g = feats[j] as Features;
      if (g.block.tag !== f.block.tag || g.density < RUN_DENSITY || g.linkCount === 0) break;
      j++;
    }
    for (let k = i; k < j; k++) runLen[k] = j - i;
    i = j;
  }
  // Similar siblings by the page's own names: consecutive blocks whose boxes carry the same class
  // words (the cards of one module), whatever their links.
  const hintRun = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    const h = (feats[i] as Features).block.hint ?? '';
    let j = i + 1;
    while (h !== '' && j < n && (feats[j] as Features).block.hint === h) j++;
    for (let k = i; k < j; k++) hintRun[k] = h === '' ? 0 : j - i;
    i = j;
  }
  // Runs of headline items (a story list, whatever the links' addresses): items in a row, one
  // short line of card furniture (a date, an author) allowed between two items.
  const headItem = structural ? feats.map(isHeadlineItem) : new Array<boolean>(n).fill(false);
  const headRun = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (!headItem[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    let items = 1;
    for (;;) {
      if (j < n && headItem[j]) {
        items++;
        j++;
      } else if (j + 1 < n && headItem[j + 1] && !(feats[j] as Features).body && (feats[j] as Features).len <= 60) {
        items++;
        j += 2;
      } else break;
    }
    for (let k = i; k < j; k++) headRun[k] = items;
    i = j;
  }
  const rows: Array<Map<string, number>> = [];
  for (let i = 0; i < n; i++) {
    const f = feats[i] as Features;
    const b = f.block;
    const text = b.text.trim();
    const row = new Map<string, number>();
    const on = (name: string, v = 1): void => {
      if (v !== 0) row.set(name, v);
    };
    on('bias');
    const verdict = marks.verdicts.get(b.id);
    if (verdict) {
      on('rule:any');
      on(`rule:${verdict.subtype}`);
    }
    if (marks.sources.has(b.id)) on('source-list');
    if (input.inline.has(b.id)) on('inline-insert');
    on('dropped', b.dropped ? 1 : 0);
    on(`kind:${b.kind}`);
    on('log-len', Math.log1p(f.len) / 7);
    on('fragment', f.words <= FRAGMENT_WORDS ? 1 : 0);
    on('date-like', DATE_LIKE.test(text) ? 1 : 0);
    on('density', f.density);
    on('all-link', f.density >= 0.9 ? 1 : 0);
    on('no-link', f.linkCount === 0 ? 1 : 0);
    on('log-links', Math.log1p(f.linkCount) / 3);
    on('same-site-links', f.linkCount > 0 ? f.sameSite / f.linkCount : 0);
    on('external-links', f.linkCount > 0 ? f.external / f.linkCount : 0);
    on('social-link', hasSocialLink(f) ? 1 : 0);
    on('headline-link', f.headlineLink ? 1 : 0);
    on('story-link', f.storyLink ? 1 : 0);
    on('listing-link', f.listingLink ? 1 : 0);
    on('period-end', PERIOD_END.test(text) ? 1 : 0);
    on('body', f.body ? 1 : 0);
    on('position', n > 1 ? i / (n - 1) : 0);
    on('after-body', lastBody >= 0 && i > lastBody ? 1 : 0);
    on('before-body', firstBody >= 0 && i < firstBody ? 1 : 0);
    on('body-both-sides', firstBody >= 0 && i > firstBody && i < lastBody ? 1 : 0);
    on('run', Math.min(runLen[i] ?? 0, 12) / 12);
    on('run-3', (runLen[i] ?? 0) >= 3 ? 1 : 0);
    on('hint-run', Math.min(hintRun[i] ?? 0, 12) / 12);
    on('run-after-body', (runLen[i] ?? 0) >= 2 && lastBody >= 0 && i > lastBody ? 1 : 0);
    // Structure (issue 17, fourth round): form controls by the block, headline-shaped link items
    // and their runs, share and store endpoints, retailer links, prices and the CTA grammar of
    // shop rows and app badges (sources: rules/promotion-patterns.ts, PROVENANCE).
    const controls = structural ? (b.controls ?? '') : '';
    if (controls !== '') {
      on('control:any');
      for (const k of controls.split(' ')) on(`control:${k}`);
    }
    if (structural) {
      const shape = headlineShape(text, f.words);
      on('headline-shape', shape ? 1 : 0);
      on('title-case', f.words >= 3 && f.words <= HEADLINE_MAX_WORDS ? titleCaseShare(text) : 0);
      on('headline-item', headItem[i] ? 1 : 0);
      on('headline-run', Math.min(headRun[i] ?? 0, 12) / 12);
      on('headline-run-3', (headRun[i] ?? 0) >= 3 ? 1 : 0);
      on('headline-run-after-body', (headRun[i] ?? 0) >= 2 && lastBody >= 0 && i > lastBody ? 1 : 0);
      if (f.linkCount > 0) {
        on('share-endpoint', f.shareLinks > 0 ? 1 : 0);
        on('store-link', f.storeLinks > 0 ? 1 : 0);
        on('shop-link', f.shopLinks / f.linkCount);
      }
      if (f.len <= MAX_CTA_CHARS) {
        on('price', PRICE.test(text) ? 1 : 0);
        on('retailer-cta', RETAILER_CTA.test(text.charAt(0).toLowerCase() + text.slice(1)) ? 1 : 0);
        on('app-cta', APP_CTA.test(text) && !APP_UPDATE.test(text) ? 1 : 0);
      }
    }
    if (longCues || f.len <= MAX_CTA_CHARS) {
      for (const [name, re] of CUE_GROUPS) {
        if (!re.test(text)) continue;
        on(f.len <= MAX_CTA_CHARS ? `${name}:short` : `${name}:long`);
      }
    }
    const hint = b.hint ?? '';
    for (const [name, re] of HINT_GROUPS) if (hint && re.test(hint)) on(name);
    // The page's own words for the box, and the words of short blocks: the trainer keeps only
    // those seen on several tune pages, so a single site's class names are never learnt.
    for (const m of hint.matchAll(HINT_WORD)) on(`hw:${m[0]}`);
    if (textWords && f.words <= SHORT_WORDS) for (const m of text.toLowerCase().matchAll(TEXT_WORD)) on(`w:${m[0]}`);
    for (const [side, j] of [['prev', i - 1], ['next', i + 1]] as const) {
      const g = feats[j];
      if (!g) {
        on(`${side}:none`);
        continue;
      }
      if (marks.verdicts.has(g.block.id)) on(`${side}:rule`);
      if (g.density >= RUN_DENSITY && g.linkCount > 0) on(`${side}:link-item`);
      if (g.block.tag === b.tag) on(`${side}:same-tag`);
      if (g.body) on(`${side}:body`);
      if (g.block.dropped !== b.dropped) on(`${side}:other-side`);
      if (headItem[j]) on(`${side}:headline-item`);
      if ((g.block.controls ?? '') !== '') on(`${side}:control`);
      if ((g.block.hint ?? '') !== '' && g.block.hint === hint) on(`${side}:same-hint`);
    }
    // A heading right before a run of link items: the title of a module.
    const next = feats[i + 1];
    if (b.kind === 'heading' && f.linkCount === 0 && next && (runLen[i + 1] ?? 0) >= 2) on('heading-over-run');
    // (Body text before the block and none after it; firstBody and lastBody say it without a scan.)
    if (firstBody >= 0 && firstBody < i && lastBody <= i) on('tail');
    rows.push(row);
  }
  return rows;
}

/**
 * One tree of the model, flattened: a node is `[feature, threshold, left, right]` (go right when
 * the feature's value is above the threshold; an absent feature is 0) or `[leafValue]`.
 */
export type Tree = Array<[string, number, number, number] | [number]>;
export interface TreeModel {
  base: number;
  trees: Tree[];
}

/**
 * A model flattened for scoring: feature names numbered once, every node in typed arrays. Scoring
 * a row then reads its features into a dense array once, instead of one map lookup by name per
 * node visited (120 trees of depth 2 for every block of a page).
 */
interface CompiledTrees {
  /** The model's tree count when compiled (a model grown later is compiled again). */
  count: number;
  index: Map<string, number>;
  /** Per tree: where its nodes start in the arrays below, and how many it has. */
  offsets: Int32Array;
  sizes: Int32Array;
  /** Per node: feature number (-1 for a leaf), threshold or leaf value, children (tree-local). */
  feature: Int32Array;
  value: Float64Array;
  left: Int32Array;
  right: Int32Array;
  dense: Float64Array;
}

const compiledTrees = new WeakMap<TreeModel, CompiledTrees>();

function compileTrees(model: TreeModel): CompiledTrees {
  const hit = compiledTrees.get(model);
  if (hit && hit.count === model.trees.length) return hit;
  const index = new Map<string, number>();
  let total = 0;
  for (const tree of model.trees) total += tree.length;
  const c: CompiledTrees = {
    count: model.trees.length,
    index,
    offsets: new Int32Array(model.trees.length),
    sizes: new Int32Array(model.trees.length),
    feature: new Int32Array(total),
    value: new Float64Array(total),
    left: new Int32Array(total),
    right: new Int32Array(total),
    dense: new Float64Array(0),
  };
  let at = 0;
  model.trees.forEach((tree, t) => {
    c.offsets[t] = at;
    c.sizes[t] = tree.length;
    for (const node of tree) {
      if (node.length === 1) {
        c.feature[at] = -1;
        c.value[at] = node[0];
      } else {
        let f = index.get(node[0]);
        if (f === undefined) index.set(node[0], (f = index.size));
        c.feature[at] = f;
        c.value[at] = node[1];
        c.left[at] = node[2];
        c.right[at] = node[3];
      }
      at++;
    }
  });
  c.dense = new Float64Array(index.size);
  compiledTrees.set(model, c);
  return c;
}

// The structural features (form controls, headline shape, endpoints, prices, shop and app CTA
// grammar) cost a pass over every block's text and links; a model that never splits on them is
// given rows without them (the same scores: an absent feature is 0 either way).
const STRUCTURAL = /^(?:control:|headline-(?:shape|item|run)|title-case$|share-endpoint$|store-link$|shop-link$|price$|retailer-cta$|app-cta$)/;

// Likewise the cue words of long blocks ("cue:…:long", a scan of every paragraph's text per cue
// group) and the words of short blocks ("w:…"): no rule reads them (guessSubtype reads only the
// ":short" cues), so a model that never splits on them is given rows without them (same scores).
const LONG_CUE = /^cue:[a-z]+:long$/;
const TEXT_WORD_FEATURE = /^w:/;
const featureUse = new WeakMap<TreeModel, Map<RegExp, boolean>>();
/** Whether any tree of the model splits on a feature whose name matches `names` (kept per model). */
function usesFeatures(model: TreeModel, names: RegExp): boolean {
  let known = featureUse.get(model);
  if (!known) featureUse.set(model, (known = new Map()));
  let uses = known.get(names);
  if (uses === undefined) {
    uses = model.trees.some((tree) => tree.some((node) => typeof node[0] === 'string' && names.test(node[0])));
    known.set(names, uses);
  }
  return uses;
}

/** The model's score (probability of promotion) for one row of features. */
export function scoreTrees(row: ReadonlyMap<string, number>, model: TreeModel): number {
  const c = compileTrees(model);
  // An absent feature is 0.
  const dense = c.dense;
  dense.fill(0);
  // (forEach: no [name, value] pair is made per feature, as a for…of over the map does.)
  const index = c.index;
  row.forEach((v, name) => {
    const f = index.get(name);
    if (f !== undefined) dense[f] = v;
  });
  let z = model.base;
  for (let t = 0; t < c.count; t++) {
    const base = c.offsets[t] as number;
    const size = c.sizes[t] as number;
    let i = 0;
    for (let guard = 0; guard < 64; guard++) {
      if (i < 0 || i >= size) break;
      const at = base + i;
      const f = c.feature[at] as number;
      if (f < 0) {
        z += c.value[at] as number;
        break;
      }
      i = (dense[f] as number) > (c.value[at] as number) ? (c.right[at] as number) : (c.left[at] as number);
    }
  }
  return 1 / (1 + Math.exp(-z));
}

/** The rules' pass over an article: features, verdicts, source lists, inline inserts. */
export function ruleStage(ctx: Pick<AnalysisContext, 'article' | 'host'>): ModelInput {
  const blocks = ctx.article.blocks;
  const feats = blocks.map((b, i) => features(b, i, ctx.host, ctx.article.url));
  const marks: Marks = { verdicts: new Map(), sources: new Set() };
  markSourceLists(feats, marks);
  markSections(feats, marks);
  markShareClusters(feats, marks);
  markSingles(feats, marks, ctx.host);
  markVideoCards(feats, marks);
  markLinkRuns(feats, marks);
  markCounters(feats, marks);
  markBoxTitles(feats, marks);
  markFormBoxes(feats, marks);
  markUnitButtons(feats, marks);
  const inline = new Set<number>();
  for (const block of blocks) {
    INLINE_INSERT.lastIndex = 0;
    if (!marks.verdicts.has(block.id) && !marks.sources.has(block.id) && INLINE_INSERT.test(block.text)) inline.add(block.id);
  }
  INLINE_INSERT.lastIndex = 0;
  return { feats, marks, inline };
}

/** A subtype for a block only the model found: the page's name for its box, else its cue words. */
function guessSubtype(row: ReadonlyMap<string, number>): PromoSubtype {
  const has = (k: string): boolean => row.has(k);
  if (has('hint:social') || has('social-link') || has('share-endpoint') || has('cue:social:short')) return 'social-share';
  if (has('store-link') || has('app-cta')) return 'app-download';
  if (has('hint:newsletter') || has('cue:newsletter:short') || has('control:email')) return 'newsletter';
  if (has('shop-link') || has('retailer-cta')) return 'shop-affiliate';
  if (has('hint:donate') || has('cue:donation:short')) return 'donation';
  if (has('cue:sponsored:short')) return 'sponsored';
  // A headline linked to another story of this site is the guideline's related-links, whatever
  // the box is called ("promo" cards) and whatever the dek mentions.
  if (has('story-link') && !has('hint:video')) return 'related-links';
  if (has('hint:ad')) return 'sponsored';
  if (has('hint:shop') || has('cue:shop:short')) return 'shop-affiliate';
  if (has('hint:video') || has('cue:video:short')) return 'video-podcast-plug';
  if (has('cue:app:short')) return 'app-download';
  return 'related-links';
}

const HAS_LETTER = /\p{L}/u;

/** Text that is no message on its own: no letter at all (a bullet, "|"), a date, a counter. */
function isFragmentShape(text: string): boolean {
  return !HAS_LETTER.test(text) || DATE_LIKE.test(text) || COUNTER.test(text);
}

interface Unit {
  blocks: Block[];
  verdict: Verdict;
  fromRule: boolean;
}

/** A finding for a promotional unit: one finding, its text the parts' texts joined by a space. */
function unitFinding(u: Unit): Finding {
  const first = u.blocks[0] as Block;
  const f = finding(first, 0, first.text.length, u.verdict);
  if (u.blocks.length > 1) {
    const parts: FindingPart[] = u.blocks.map((b) => ({ blockId: b.id, start: 0, end: b.text.length }));
    f.text = u.blocks.map((b) => b.text).join(' ');
    f.details = { ...f.details, parts };
  }
  return f;
}

function finding(block: Block, start: number, end: number, v: Verdict): Finding {
  return {
    id: `promotion:${block.id}:${start}`,
    kind: 'promotion',
    rule: `promotion/${v.rule}`,
    blockId: block.id,
    start,
    end,
    text: block.text.slice(start, end),
    reason: PROMO_REASONS[v.subtype],
    severity: 'low',
    details: { subtype: v.subtype },
  };
}

// The page's own names for a promotional box (see HINT_GROUPS).
const PROMO_HINTS = ['hint:related', 'hint:social', 'hint:newsletter', 'hint:ad', 'hint:shop', 'hint:video', 'hint:donate', 'hint:widget'];

/**
 * Links Readability kept in the article that all lead to other sites (not share buttons), in a box
 * the page does not name as promotional: the guideline counts a piece's references and cited
 * documents as article, so the model alone does not call them promotion (issue 17: a citation
 * list read as related links).
 */
function isCitationLike(f: Features, row: ReadonlyMap<string, number>): boolean {
  if (f.block.dropped || f.linkCount === 0 || f.external < f.linkCount) return false;
  if (row.has('social-link')) return false;
  return !PROMO_HINTS.some((h) => row.has(h));
}

/**
 * Links that all lead to other sites and none of them to a story (no slug of several words, no
 * long id, no date in the path): topic or reference pages of another body ("<agency> related
 * topics: <condition>"), resources the page points to, not the guideline's "other stories".
 */
function isReferenceLinks(f: Features): boolean {
  if (f.linkCount === 0 || f.external < f.linkCount) return false;
  return f.block.links.every((l) => {
    try {
      return !STORY_SLUG.test(decodeURIComponent(new URL(l.href).pathname));
    } catch {
      return true;
    }
  });
}

/**
 * What the guideline calls boilerplate and the model alone cannot tell from promotion: pagers and
 * tag lists (navigation), embeds of one social post and their credits, photo credits (caption-credit).
 */
function isNavigationOrCredit(f: Features, row: ReadonlyMap<string, number>): boolean {
  if (f.pager || f.tagList || CREDIT_MARK.test(f.block.text) || CITATION_SHAPE.test(f.block.text)) return true;
  if (row.has('hint:nav') && !PROMO_HINTS.some((h) => row.has(h))) return true;
  const social = f.block.links.filter((l) => isSocialHost(linkHost(l.href)));
  return social.length > 0 && social.length === f.linkCount && social.every((l) => SOCIAL_PERMALINK.test(l.href));
}

// A module title names more of something: "More about …", "Other stories …", "Further coverage".
const MODULE_TITLE = /^(?:more|other|related|further|latest|recent|previous|earlier)\b/i;
const MODULE_TITLE_MAX_WORDS = 10;

/** The model's verdict for every block: promotion or not, with a subtype and the rule that says so. */
export function classify(
  input: ModelInput,
  rows: ReadonlyArray<ReadonlyMap<string, number>>,
  model: TreeModel & { threshold: number } = PROMOTION_MODEL,
  /** The model's scores of the blocks when already known (the trainer's threshold sweep). */
  scores?: readonly number[],
): Array<Verdict | null> {
  const { feats, marks } = input;
  const out: Array<Verdict | null> = feats.map((f, i) => {
    const id = f.block.id;
    if (marks.sources.has(id)) return null;
    const rule = marks.verdicts.get(id);
    if (rule) return rule;
    // A quotation (an embedded post the story quotes) is the article's, whatever its box.
    if (f.block.kind === 'quote') return null;
    const row = rows[i] as ReadonlyMap<string, number>;
    if ((scores?.[i] ?? scoreTrees(row, model)) < model.threshold) return null;
    if (isCitationLike(f, row) || isNavigationOrCredit(f, row)) return null;
    const subtype = guessSubtype(row);
    // A pointer to other content leads elsewhere: a page tool or a skip link is none.
    if (subtype === 'related-links' && (f.selfOnly || isReferenceLinks(f))) return null;
    if (f.selfAnchor && subtype !== 'social-share') return null;
    return { subtype, rule: 'model' };
  });
  // The model does not know the article's own lists from a related list: a stretch only it found,
  // kept by Readability with body text right before and after, stays article (issue 17).
  for (let i = 0; i < out.length; ) {
    if (out[i]?.rule !== 'model') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < out.length && out[j + 1]?.rule === 'model') j++;
    if (isInsideBody(feats, feats.slice(i, j + 1))) for (let k = i; k <= j; k++) out[k] = null;
    i = j + 1;
  }
  // The module's own title right above its first card ("More about <topic>", "Other stories
  // from <section>"): the guideline's unit is the list with its heading, kept or dropped.
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1];
    const f = feats[i] as Features;
    if (out[i] || !next || next.subtype !== 'related-links' || marks.sources.has(f.block.id)) continue;
    const text = f.block.text.trim();
    if (f.linkCount === 0 && !f.body && f.len <= MAX_LABEL_CHARS && f.words <= MODULE_TITLE_MAX_WORDS && !TERMINAL_MARK.test(text) && MODULE_TITLE.test(text)) {
      out[i] = { subtype: 'related-links', rule: next.rule };
    }
  }
  return out;
}

/**
 * Neighbouring promotional blocks become one unit (a related list with its heading, a share bar
 * with its counters); a new unit starts where two rule verdicts of different subtypes meet. A unit
 * of fragments alone (bullets, dates, counters) is dropped, and so is a unit only the model found
 * that has no more than three words: the model reads context, and a few words are too little.
 */
function unitChars(u: Unit): number {
  return u.blocks.reduce((n, b) => n + b.text.length, 0) + u.blocks.length - 1;
}

export function groupUnits(blocks: readonly Block[], verdicts: ReadonlyArray<Verdict | null>, feats: readonly Features[]): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const v = verdicts[i];
    const b = blocks[i] as Block;
    if (!v) {
      cur = null;
      continue;
    }
    const fromRule = v.rule !== 'model';
    // A unit's text (its parts joined) stays within what a report carries whole (bounds.ts).
    const fits = cur !== null && unitChars(cur) + 1 + b.text.length <= MAX_STRING;
    // An ad-slot label is a unit of its own (with the slot's other labels): it names the slot,
    // not the module next to it.
    const adLabel = (v.rule === 'ad-slot-label') !== (cur?.verdict.rule === 'ad-slot-label');
    if (cur && fits && !adLabel && !(cur.fromRule && fromRule && cur.verdict.subtype !== v.subtype)) {
      cur.blocks.push(b);
      if (!cur.fromRule && fromRule) {
        cur.verdict = v;
        cur.fromRule = true;
      }
      continue;
    }
    cur = { blocks: [b], verdict: v, fromRule };
    units.push(cur);
  }
  return units.filter((u) => {
    // A bullet, a date or a counter alone is never a finding, whoever found it.
    if (u.blocks.every((b) => isFragmentShape(b.text.trim()))) return false;
    if (u.fromRule) return true;
    const words = u.blocks.reduce((n, b) => n + (feats[b.id]?.words ?? wordCounts(b.text).words), 0);
    // One token with no space (a user name, a handle) says nothing on its own.
    const text = u.blocks.map((b) => b.text.trim()).join(' ');
    if (!/\s/.test(text) && text.length <= 24) return false;
    return words > MODEL_MIN_WORDS;
  });
}

export const promotionDetector: Detector = {
  id: 'promotion',
  run(ctx: AnalysisContext): Finding[] {
    const blocks = ctx.article.blocks;
    const input = ruleStage(ctx);
    const verdicts = classify(
      input,
      featureRows(input, {
        structural: usesFeatures(PROMOTION_MODEL, STRUCTURAL),
        longCues: usesFeatures(PROMOTION_MODEL, LONG_CUE),
        textWords: usesFeatures(PROMOTION_MODEL, TEXT_WORD_FEATURE),
      }),
    );
    const units = groupUnits(blocks, verdicts, input.feats);
    const findings: Finding[] = [];
    for (const id of input.marks.sources) ctx.sourceListBlocks.add(id);
    const inUnit = new Set<number>();
    for (const u of units) {
      for (const b of u.blocks) {
        inUnit.add(b.id);
        ctx.promotionBlocks.add(b.id);
      }
      findings.push(unitFinding(u));
    }
    for (const block of blocks) {
      if (inUnit.has(block.id) || input.marks.sources.has(block.id) || !input.inline.has(block.id)) continue;
      for (const m of block.text.matchAll(INLINE_INSERT)) {
        findings.push(finding(block, m.index, m.index + m[0].length, { subtype: 'read-more-insert', rule: 'inline-insert' }));
      }
    }
    return findings;
  },
};

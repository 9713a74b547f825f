// Lateral reading (SIFT): leave the article and see what others say about its source and claims.
// Each action is a plain web-search URL, built here and opened in a new tab only when clicked.
import { hostOf as anyHostOf } from '../../src/analyze/hostname.ts';
import { clip, safeHttpUrl } from '../../src/ui/markdown.ts';
import { t } from '../../src/ui/strings.ts';

/** DuckDuckGo: no account, no search history tied to the reader. */
const SEARCH_BASE = 'https://duckduckgo.com/';

export function webSearch(query: string): string {
  return `${SEARCH_BASE}?${new URLSearchParams({ q: query.replace(/\s+/g, ' ').trim() }).toString()}`;
}

/** An exact-phrase search for a claim: its first dozen words, quoted (longer phrases rarely match). */
export function searchClaimUrl(text: string): string {
  const words = text.replace(/["“”„«»]/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
  const phrase = words.slice(0, 14).join(' ').replace(/[.,;:!?…]+$/, '');
  return webSearch(`"${phrase}"`);
}

/** Who is this outlet? Its name plus "state media". */
export function lookUpOutletUrl(name: string): string {
  return webSearch(`"${name}" ${t.lateral.stateMediaQuery}`);
}

/** Who runs this site? Its name, from anywhere but the site itself. */
export function aboutSiteUrl(siteName: string, host: string): string {
  return webSearch(host ? `"${siteName}" -site:${host}` : `"${siteName}"`);
}

/** Other coverage of the same story: the headline, from other sites. */
export function otherCoverageUrl(title: string, host: string): string {
  const q = clip(title, 160).replace(/…$/, '');
  return webSearch(host ? `${q} -site:${host}` : q);
}

/** The article's host without "www.", or '' when the URL is not http(s). */
export function hostOf(url: string): string {
  return safeHttpUrl(url) ? anyHostOf(url) : '';
}

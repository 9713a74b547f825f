// Host handling shared by the analyzer and the extension. Domains are compared by whole labels,
// never by substring: `notrt.com` is not `rt.com`, while `arabic.rt.com` and `m.rt.com` are.

// A page's links are read by several detectors (promotion, state media, the summary), each asking
// for the host of the same few addresses: parsing a URL costs far more than a map lookup, so the
// answers are kept (a pure function of the string; the map is emptied when it grows large).
const HOST_CACHE = new Map<string, string>();
const HOST_CACHE_MAX = 2048;
// (A long address, such as a data: URL, is not kept: the map would hold on to it.)
const HOST_CACHE_URL_MAX = 1024;

/** Lower-case host of a URL without a leading `www.`/`www2.`; '' when the URL does not parse. */
export function hostOf(url: string): string {
  const hit = HOST_CACHE.get(url);
  if (hit !== undefined) return hit;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '');
  } catch {
    host = '';
  }
  if (url.length <= HOST_CACHE_URL_MAX) {
    if (HOST_CACHE.size >= HOST_CACHE_MAX) HOST_CACHE.clear();
    HOST_CACHE.set(url, host);
  }
  return host;
}

/** True when `host` is `domain` or a subdomain of it (label boundary, case-insensitive). */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  return h === d || (h.length > d.length && h.endsWith(d) && h[h.length - d.length - 1] === '.');
}

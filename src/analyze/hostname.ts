// Host handling shared by the analyzer and the extension. Domains are compared by whole labels,
// never by substring: `notrt.com` is not `rt.com`, while `arabic.rt.com` and `m.rt.com` are.

/** Lower-case host of a URL without a leading `www.`/`www2.`; '' when the URL does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '');
  } catch {
    return '';
  }
}

/** True when `host` is `domain` or a subdomain of it (label boundary, case-insensitive). */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  const d = domain.toLowerCase();
  return h === d || (h.length > d.length && h.endsWith(d) && h[h.length - d.length - 1] === '.');
}

// What "a site" is: the registrable domain of a page (news.bbc.co.uk → bbc.co.uk), from the Public
// Suffix List via tldts, private section included so that two blogs on github.io or blogspot.com
// are two sites. IP addresses and single-label hosts (localhost, intranet names) are their own site.
//
// tldts carries the whole list (~130 KB minified), so only code that names a site for writing
// imports this file (options page, popup). Reading settings for a page does not need it: store.ts
// `resolveSettings` matches the page's host against the stored site keys.
import { getDomain, parse } from 'tldts';
import { hostFrom } from './schema.ts';

/** The site of a URL or host: its registrable domain, or the host itself for IPs and localhost. */
export function siteOf(input: string): string | null {
  const host = hostFrom(input);
  if (host === null) return null;
  if (parse(host).isIp) return host;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

// Registrable domains for the analyzer (not in hostname.ts: the popup imports that file, and the
// suffix list would follow it there).
import { getDomain, getDomainWithoutSuffix } from 'tldts';

const SITE_CACHE_MAX = 2048;
// Registrable domains come from the Public Suffix List via tldts (the library the settings use
// for "a site"), private section included: two blogs on one hosting domain are two sites. Kept
// per host, like hostOf's answers.
const SITE_CACHE = new Map<string, [string, string]>();

function siteParts(host: string): [string, string] {
  let hit = SITE_CACHE.get(host);
  if (hit) return hit;
  const options = { allowPrivateDomains: true };
  hit = [getDomain(host, options) ?? host, getDomainWithoutSuffix(host, options) ?? ''];
  if (SITE_CACHE.size >= SITE_CACHE_MAX) SITE_CACHE.clear();
  SITE_CACHE.set(host, hit);
  return hit;
}

/** The registrable domain of a host ("news.bbc.co.uk" → "bbc.co.uk"); the host itself for an IP or a single label. */
export function siteOfHost(host: string): string {
  return host ? siteParts(host.toLowerCase())[0] : '';
}

/** The name a host is registered under, without its public suffix: "bbc" for news.bbc.co.uk and bbc.com. */
export function registeredName(host: string): string {
  return host ? siteParts(host.toLowerCase())[1] : '';
}

// @vitest-environment node
// The indexed lookups of the registry give what a plain scan of every listed domain gives: the
// most specific domain that is the host or a parent of it by whole labels, first listed on a tie.
import { describe, expect, test } from 'vitest';
import { hostMatches } from '../../src/analyze/hostname.ts';
import { OUTLETS, outletForHost } from '../../src/analyze/registry/index.ts';

/** The scan outletForHost replaces: every domain, longest first, registry order on equal length. */
function scan(host: string): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return undefined;
  const all = OUTLETS.flatMap((o) => o.domains.map((domain) => ({ domain, id: o.id }))).sort((a, b) => b.domain.length - a.domain.length);
  return all.find((e) => hostMatches(h, e.domain))?.id;
}

describe('outletForHost agrees with a scan of every domain', () => {
  const domains = OUTLETS.flatMap((o) => o.domains);
  const hosts = new Set<string>(['', '.', 'com', 'cn', 'example.org', 'a..b', 'RT.COM.', 'www.rt.com.']);
  for (const d of domains) {
    const labels = d.split('.');
    hosts.add(d);
    hosts.add(d.toUpperCase());
    hosts.add(`${d}.`);
    hosts.add(`m.${d}`);
    hosts.add(`a.b.${d}`);
    hosts.add(`x${d}`); // not a label boundary
    hosts.add(`${d}.example.org`);
    hosts.add(labels.slice(1).join('.')); // its parent, often a public suffix
  }

  test(`${hosts.size} hosts: every listed domain, its subdomains, parents and look-alikes`, () => {
    expect(domains.length).toBeGreaterThan(100);
    const differ = [...hosts].filter((h) => outletForHost(h)?.id !== scan(h));
    expect(differ).toEqual([]);
    // The look-alikes and subdomains do reach outlets, so the comparison is not of nothing.
    expect([...hosts].filter((h) => scan(h) !== undefined).length).toBeGreaterThan(domains.length * 4);
  });
});

// @vitest-environment node
// The checks that read ../shared must not pass having checked nothing under CI.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCi, missingShared } from '../../scripts/lib/shared.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('isCi', () => {
  it('reads CI as CI services set it', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'TRUE' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: '' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});

describe('missingShared', () => {
  it('fails loudly under CI, and is a one-line note with exit 0 elsewhere', () => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => (err.push(String(s)), true));
    vi.stubEnv('CI', 'true');
    expect(missingShared('parity', 'the pages (/nowhere)', 'set CORPUS_DIR')).toBe(1);
    expect(err.join('')).toMatch(/^parity: FAILED: missing the pages/);
    vi.stubEnv('CI', '');
    expect(missingShared('parity', 'the pages (/nowhere)', 'set CORPUS_DIR')).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^parity: the pages \(\/nowhere\) not found; nothing checked/);
  });
});

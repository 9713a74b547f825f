// @vitest-environment node
// foldBlock (the page-thread folding, word by word) must give exactly normalizeNodes' text, and
// map every character back to the node and offset it came from.
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { foldBlock, normalizeNodes } from '../../src/extract/blocks.ts';
import { mulberry32 } from '../../eval/metrics.ts';

const doc = new JSDOM('').window.document;
const PIECES = ['word', 'two words', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', 'x', 'y.', '', 'end ', ' start', 'a\u3000b', 'émigré', '🙂 ok'];

describe('foldBlock', () => {
  test('equals normalizeNodes and maps each character back, on 2,000 random blocks', () => {
    const next = mulberry32(7); // seeded, so a failure can be replayed
    for (let round = 0; round < 2000; round++) {
      const count = 1 + Math.floor(next() * 6);
      const nodes = Array.from({ length: count }, () => {
        let data = '';
        const parts = Math.floor(next() * 4);
        for (let k = 0; k < parts; k++) data += PIECES[Math.floor(next() * PIECES.length)];
        return doc.createTextNode(data);
      });
      const breaks = [...new Set(Array.from({ length: Math.floor(next() * 3) }, () => Math.floor(next() * count)))].sort((a, b) => a - b);
      const want: Array<[number, number]> = [];
      const { text } = normalizeNodes(nodes, breaks, undefined, (n, o) => want.push([n, o]));
      const folded = foldBlock(nodes, breaks);
      expect(folded.text).toBe(text);
      // Every non-space output character lies in exactly one run that points at its source.
      for (let i = 0; i < text.length; i++) {
        const run = folded.runs.find((r) => i >= r.out && i < r.out + r.length);
        const [node, offset] = want[i] as [number, number];
        if (node < 0) {
          // A folded space: outside every run, or (inside a node) a plain space that maps 1:1.
          expect(text[i]).toBe(' ');
          if (run) expect(nodes[run.node]?.data[run.from + (i - run.out)]).toBe(' ');
          continue;
        }
        if (!run) throw new Error(`character ${i} of ${JSON.stringify(text)} is in no run`);
        expect([run.node, run.from + (i - run.out)]).toEqual([node, offset]);
      }
    }
  });

  test('merges the words of one node into one run, and keeps node boundaries', () => {
    const nodes = ['Officials said  the', ' deal was ', 'done'].map((t) => doc.createTextNode(t));
    const { text, runs } = foldBlock(nodes, []);
    expect(text).toBe('Officials said the deal was done');
    expect(runs.map((r) => [r.node, r.from, r.out, r.length])).toEqual([
      [0, 0, 0, 14],
      [0, 16, 15, 3],
      [1, 1, 19, 8],
      [2, 0, 28, 4],
    ]);
  });
});

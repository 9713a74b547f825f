// @vitest-environment node
// Reading saved pages as a browser would: byte-order marks, <meta charset>, and a guess for
// unlabelled legacy bytes. Every text here is written for this test.
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode.ts';
import { htmlFromBytes } from '../../src/cli/input.ts';
import { MAX_HTML_CHARS, tooLargeMessage } from '../../src/pipeline/limits.ts';

/** Text → bytes in a single-byte or multi-byte legacy encoding, by inverting TextDecoder. */
function encodeLegacy(text: string, label: string): Uint8Array {
  const dec = new TextDecoder(label);
  const map = new Map<string, number[]>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [b]);
  }
  if (map.size < 200) {
    // A double-byte encoding: search its lead and trail bytes for the characters needed.
    const wanted = new Set(text);
    for (let lead = 0x81; lead <= 0xfe && wanted.size > 0; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && wanted.has(ch) && !map.has(ch)) map.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${label} cannot encode ${ch}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

const FRENCH =
  'Les élèves de la vallée ont présenté leurs travaux à la fête de l’école : des maquettes du château, ' +
  'un herbier où chaque fleur porte son nom, et une pièce de théâtre écrite en français par la classe entière. ' +
  'Le maire a salué leur créativité et a promis une aide pour la bibliothèque municipale dès la rentrée.';
const RUSSIAN =
  'Вчера в городском парке открылась новая библиотека. Жители района давно просили построить её, ' +
  'и теперь у детей есть место, где можно читать книги и готовиться к урокам после школы.';
const JAPANESE =
  '昨日、町の図書館で子どもたちのための読書会が開かれました。参加した子どもたちは好きな本を紹介し、' +
  '感想を話し合いました。図書館の職員は、来月も同じような会を開く予定だと話しています。';

const page = (body: string, head = ''): string => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  it('honours a UTF-8, UTF-16LE or UTF-16BE byte-order mark, over any <meta charset>', () => {
    const html = page(FRENCH, '<meta charset="windows-1252">');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const be = Buffer.from(html, 'utf16le').swap16();
    const cases: Array<[Uint8Array, string]> = [
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]), 'UTF-8'],
      [le, 'UTF-16LE'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16BE'],
    ];
    for (const [bytes, encoding] of cases) {
      const d = decodeHtml(bytes);
      expect(d).toMatchObject({ encoding, source: 'bom' });
      expect(d.text).toBe(html);
    }
  });

  it('honours <meta charset> and the http-equiv form', () => {
    const ru = page(RUSSIAN, '<meta charset="windows-1251">');
    expect(decodeHtml(encodeLegacy(ru, 'windows-1251'))).toEqual({ text: ru, encoding: 'windows-1251', source: 'meta' });
    const koi = page(RUSSIAN, '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">');
    expect(decodeHtml(encodeLegacy(koi, 'koi8-r'))).toMatchObject({ text: koi, source: 'meta' });
  });

  it('finds a <meta charset> after a long head (past the standard prescan of 1,024 bytes)', () => {
    const head = `<script>${'/* analytics */ '.repeat(200)}</script><meta charset="windows-1251">`;
    const ru = page(RUSSIAN, head);
    expect(decodeHtml(encodeLegacy(ru, 'windows-1251'))).toMatchObject({ text: ru, source: 'meta' });
  });

  it('a declared encoding (the transport) beats the meta, a BOM beats both', () => {
    const ru = page(RUSSIAN, '<meta charset="koi8-r">');
    expect(decodeHtml(encodeLegacy(ru, 'windows-1251'), 'windows-1251')).toMatchObject({ text: ru, source: 'declared' });
  });

  it('reads unlabelled bytes that are valid UTF-8 as UTF-8, also under an older <meta> of a re-saved page', () => {
    const plain = page(JAPANESE);
    expect(decodeHtml(Buffer.from(plain, 'utf8'))).toEqual({ text: plain, encoding: 'UTF-8', source: 'utf-8' });
    const resaved = page(JAPANESE, '<meta charset="shift_jis">');
    expect(decodeHtml(Buffer.from(resaved, 'utf8'))).toMatchObject({ text: resaved, source: 'utf-8' });
  });

  it('guesses the encoding of unlabelled legacy bytes (Latin-1 Western, Shift_JIS, windows-1251)', () => {
    for (const [text, label] of [
      [FRENCH, 'windows-1252'],
      [JAPANESE, 'shift_jis'],
      [RUSSIAN, 'windows-1251'],
    ] as const) {
      const html = page(text);
      const d = decodeHtml(encodeLegacy(html, label));
      expect(d.source).toBe('guess');
      expect(d.text).toBe(html);
    }
  });
});

describe('htmlFromBytes', () => {
  it('refuses empty, binary and over-size input with a one-line reason', () => {
    expect(htmlFromBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(htmlFromBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]))).toMatchObject({ ok: false, reason: 'binary' });
    const big = new Uint8Array(MAX_HTML_CHARS + 1).fill(0x20);
    expect(htmlFromBytes(big)).toEqual({ ok: false, reason: 'too-large', message: tooLargeMessage(MAX_HTML_CHARS + 1) });
    expect(tooLargeMessage(20_000_000)).toBe('This page is too large to analyse (20 MB of HTML; the limit is 8.0 MB).');
  });

  it('accepts UTF-16 with a byte-order mark (its zero bytes are not binary data)', () => {
    const html = page(FRENCH);
    const r = htmlFromBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]));
    expect(r).toEqual({ ok: true, html, encoding: 'UTF-16LE', encodingSource: 'bom' });
  });
});

// Bytes of a saved page → its text, decided the way a browser decides for a page it opens:
//
//  1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything (HTML Standard, encoding
//     sniffing algorithm, step 1);
//  2. else an encoding the transport declared (an HTTP header; here: a label the caller knows,
//     e.g. a corpus record's `html_encoding`);
//  3. else a `<meta charset>` / `<meta http-equiv="Content-Type" content="…; charset=…">` found by
//     the standard's prescan (html-encoding-sniffer, the implementation jsdom uses). Browsers look
//     further than the standard's 1,024 bytes (Chromium keeps looking through the <head>), and
//     saved pages often carry long heads, so the prescan reads up to PRESCAN_BYTES. One exception
//     for saved pages: bytes that are valid UTF-8 with non-ASCII in them are UTF-8 even under an
//     older meta (a page re-saved as UTF-8 keeps its old declaration);
//  4. else a guess from the bytes, as browsers make one for unlabelled pages (Firefox: chardetng,
//     Chromium: Compact Encoding Detection): bytes that are valid UTF-8 are UTF-8 (both browsers
//     detect it on local files), otherwise the statistical detector `chardet` names the legacy
//     encoding (windows-1252, Shift_JIS, GB18030, KOI8-R, …), and windows-1252, the standard's
//     default for unlabelled Western pages, when it has no answer that TextDecoder can decode.
//
// Node-only in practice (the extension never needs it: the browser decoded the page already),
// but it imports nothing from node:*, so it runs anywhere TextDecoder has the full WHATWG set.
import chardet from 'chardet';
import htmlEncodingSniffer from 'html-encoding-sniffer';

export const PRESCAN_BYTES = 64 * 1024;

export type EncodingSource = 'bom' | 'declared' | 'meta' | 'utf-8' | 'guess' | 'default';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used (e.g. `UTF-8`, `windows-1252`, `UTF-16LE`). */
  encoding: string;
  /** How it was chosen (the steps above). */
  source: EncodingSource;
}

/** A TextDecoder for `label`, or null when the label is unknown or not decodable (e.g. `replacement`). */
function decoderFor(label: string | null | undefined, fatal = false): TextDecoder | null {
  if (!label) return null;
  try {
    const d = new TextDecoder(label, { fatal });
    // The "replacement" encoding (ISO-2022-KR, HZ-GB-2312, …) decodes every page to one U+FFFD.
    if (d.encoding === 'replacement') return null;
    return d;
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'UTF-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

function decodeWith(bytes: Uint8Array, label: string, source: EncodingSource): Decoded | null {
  const d = decoderFor(label);
  // TextDecoder drops a byte-order mark of its own encoding (ignoreBOM is false by default).
  return d ? { text: d.decode(bytes), encoding: canonical(d.encoding), source } : null;
}

/** TextDecoder reports lower-case names; the WHATWG names are the ones people read. */
function canonical(encoding: string): string {
  const names: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', shift_jis: 'Shift_JIS', 'euc-jp': 'EUC-JP', 'euc-kr': 'EUC-KR', gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5', 'koi8-r': 'KOI8-R', 'koi8-u': 'KOI8-U', 'iso-2022-jp': 'ISO-2022-JP' };
  return names[encoding] ?? (encoding.startsWith('iso-8859-') ? encoding.toUpperCase() : encoding);
}

/** The statistical guess for bytes that are not UTF-8; null when it has none usable. */
export function guessEncoding(bytes: Uint8Array): string | null {
  // chardet reads the whole buffer; a sample is enough to tell the encoding of a page.
  const sample = bytes.length > 256 * 1024 ? bytes.subarray(0, 256 * 1024) : bytes;
  for (const m of chardet.analyse(sample)) {
    // UTF-32 is not a web encoding (TextDecoder does not have it); a UTF-8 guess for bytes that are
    // not valid UTF-8 would decode to replacement characters.
    if (/^utf-(8|32)/i.test(m.name)) continue;
    if (decoderFor(m.name)) return m.name;
  }
  return null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return (decoderFor('utf-8', true) as TextDecoder).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return true;
  return false;
}

/** Bytes → text, as a browser would decode the page (see the top of this file). */
export function decodeHtml(bytes: Uint8Array, declared: string | null = null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bytes, bom, 'bom') as Decoded;
  if (declared) {
    const r = decodeWith(bytes, declared, 'declared');
    if (r) return r;
  }
  const head = bytes.length > PRESCAN_BYTES ? bytes.subarray(0, PRESCAN_BYTES) : bytes;
  const meta = htmlEncodingSniffer(head, { defaultEncoding: null, maxPrescanBytes: PRESCAN_BYTES });
  const utf8 = strictUtf8(bytes);
  if (meta) {
    // A page saved again as UTF-8 often keeps its old <meta charset> (a browser would show it
    // garbled). Legacy-encoded text with non-ASCII bytes is almost never valid UTF-8 by chance,
    // so such bytes are read as UTF-8 whatever the meta says.
    if (utf8 !== null && meta !== 'UTF-8' && hasNonAscii(bytes)) return { text: utf8, encoding: 'UTF-8', source: 'utf-8' };
    const r = decodeWith(bytes, meta, 'meta');
    if (r) return r;
  }
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8', source: 'utf-8' };
  const guess = guessEncoding(bytes);
  if (guess) {
    const r = decodeWith(bytes, guess, 'guess');
    if (r) return r;
  }
  return decodeWith(bytes, 'windows-1252', 'default') as Decoded;
}

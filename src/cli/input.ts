// A page file's bytes → HTML text, or a one-line reason it is not analysed. Used by every Node
// reading path (the CLI, its folder workers, the evaluation, the real-pages run), so they all
// accept and refuse the same files as the extension does.
import { decodeHtml, type EncodingSource } from './decode.ts';
import { MAX_HTML_CHARS, tooLargeMessage } from '../pipeline/limits.ts';

export type PageInput =
  | { ok: true; html: string; encoding: string; encodingSource: EncodingSource }
  | { ok: false; reason: 'empty' | 'binary' | 'too-large'; message: string };

/** `declared`: an encoding the transport named (a corpus record's `html_encoding`). */
export function htmlFromBytes(bytes: Uint8Array, declared: string | null = null): PageInput {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'the file is empty' };
  // The extension refuses a page whose body is over the cap before reading it; so does the CLI.
  if (bytes.length > MAX_HTML_CHARS) return { ok: false, reason: 'too-large', message: tooLargeMessage(bytes.length) };
  const d = decodeHtml(bytes, declared);
  // NUL bytes left after decoding (UTF-16 with a BOM has none) mean this is not a text file.
  if (d.text.includes('\u0000')) return { ok: false, reason: 'binary', message: 'not an HTML file (binary data)' };
  return { ok: true, html: d.text, encoding: d.encoding, encodingSource: d.source };
}

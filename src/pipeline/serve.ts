// The analyzer's end of the analysis port: Chrome's offscreen document and Firefox's background
// page both run this. A content script opens the port, sends one serialised page (in pieces when it
// is long), and gets one answer.
// Only our own content scripts can open a port to us (runtime.connect is not open to pages or to
// other extensions without `externally_connectable`); the sender is checked anyway.
import { browser } from 'wxt/browser';
import { ANALYZE_PORT, parseToAnalyzer } from '../messages/schema.ts';
import { analyzeSerializedPage } from './serialized.ts';
import { MAX_HTML_CHARS, tooLargeMessage } from './limits.ts';

type Port = ReturnType<typeof browser.runtime.connect>;

/** `log` keeps a problem in the diagnostics log (the background's keeper, or a message to it). */
export function serveAnalyzerPort(parser: DOMParser, log: (where: string, error: unknown) => void): void {
  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== ANALYZE_PORT || port.sender?.id !== browser.runtime.id) return;
    // A long page arrives in pieces: the parts first, then the request with the last piece.
    let parts: string[] = [];
    let received = 0;
    const reply = (answer: unknown): void => {
      try {
        port.postMessage(answer);
      } catch {
        // Handled: the tab navigated away or closed while we worked, so nobody is waiting.
      }
    };
    port.onMessage.addListener((message: unknown) => {
      const msg = parseToAnalyzer(message);
      if (!msg) {
        reply({ ok: false, reason: 'error', message: 'The analyzer got a request it did not understand.' });
        return;
      }
      received += msg.html.length;
      if (received > MAX_HTML_CHARS) {
        // Too much for one page: nothing more is kept, and the request is answered as too large.
        parts = [];
        if (msg.type === 'sl/analyze-page') {
          reply({ ok: false, reason: 'too-large', message: tooLargeMessage(received) });
        }
        return;
      }
      if (msg.type === 'sl/analyze-part') {
        parts.push(msg.html);
        return;
      }
      const html = parts.length > 0 ? parts.join('') + msg.html : msg.html;
      parts = [];
      received = 0;
      try {
        reply(analyzeSerializedPage(html, msg.url, parser, msg.base));
      } catch (err) {
        log('analyzer.analyze', err);
        reply({ ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) });
      }
    });
  });
}

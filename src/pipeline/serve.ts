// The analyzer's end of the analysis port: Chrome's offscreen document and Firefox's background
// page both run this. A content script opens the port, sends one serialised page, gets one answer.
// Only our own content scripts can open a port to us (runtime.connect is not open to pages or to
// other extensions without `externally_connectable`); the sender is checked anyway.
import { browser } from 'wxt/browser';
import { ANALYZE_PORT, parseToAnalyzer } from '../messages/schema.ts';
import { analyzeSerializedPage } from './serialized.ts';

type Port = ReturnType<typeof browser.runtime.connect>;

export function serveAnalyzerPort(parser: DOMParser): void {
  browser.runtime.onConnect.addListener((port: Port) => {
    if (port.name !== ANALYZE_PORT || port.sender?.id !== browser.runtime.id) return;
    port.onMessage.addListener((message: unknown) => {
      const msg = parseToAnalyzer(message);
      let answer: unknown;
      if (!msg) {
        answer = { ok: false, reason: 'error', message: 'The analyzer got a request it did not understand.' };
      } else {
        try {
          answer = analyzeSerializedPage(msg.html, msg.url, parser, msg.base);
        } catch (err) {
          answer = { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
        }
      }
      try {
        port.postMessage(answer);
      } catch {
        // The tab navigated away or closed while we worked: nobody is waiting.
      }
    });
  });
}

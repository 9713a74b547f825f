// The page's end of the analysis port: sends the light copy of the page to the analyzer (Chrome's
// offscreen document, Firefox's background page) straight, not through Chrome's service worker
// (every hop costs a copy of the page), in pieces, and asks again a few times when nobody answers.
import { browser } from 'wxt/browser';
import { ANALYZE_PORT } from '../messages/schema.ts';

/**
 * User Timing entries (`sourcelight:*`) for the browser benchmark: the page's own timeline, no
 * network, no storage. They cost microseconds and tell exactly what ran on the page's thread.
 */
export function measure(name: string, start: number, detail?: unknown): void {
  try {
    performance.measure(`sourcelight:${name}`, { start, end: performance.now(), detail });
  } catch {
    // Handled: a page may have replaced `performance`; timing is optional.
  }
}

/** Lets the page run before our next step (scheduler.yield where it exists). */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The page's copy travels in pieces of at most this many characters, one task each: the browser
 * copies a message on the sending thread (about 20-25 ms per MB here), so a 5 MB page sent whole
 * was one 110 ms task on the reader's page.
 */
export const PIECE_CHARS = 256 * 1024;

export interface AnalyzeRequest {
  html: string;
  url: string;
  base: string;
}

/** The slice of `browser.runtime` the client uses (tests give it a fake port). */
export interface PortOpener {
  connect(info: { name: string }): Port;
  sendMessage(message: unknown): Promise<unknown>;
}
export interface Port {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

const runtimeOpener = (): PortOpener => browser.runtime as unknown as PortOpener;

/** One request on the analysis port; undefined when no analyzer is there to answer. */
export function askOnce(request: AnalyzeRequest, runtime: PortOpener = runtimeOpener(), pieceChars = PIECE_CHARS): Promise<unknown> {
  return new Promise((resolve) => {
    let port: Port;
    try {
      port = runtime.connect({ name: ANALYZE_PORT });
    } catch {
      resolve(undefined); // handled: the extension was reloaded under us; the caller asks again
      return;
    }
    let answered = false;
    let closed = false;
    port.onMessage.addListener((answer: unknown) => {
      answered = true;
      resolve(answer);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => {
      closed = true;
      if (!answered) resolve(undefined);
    });
    const { html } = request;
    void (async () => {
      try {
        // All pieces but the last go as parts; the last one carries the address and asks.
        let at = 0;
        for (; at + pieceChars < html.length; at += pieceChars) {
          const t = performance.now();
          port.postMessage({ type: 'sl/analyze-part', html: html.slice(at, at + pieceChars) });
          measure('send', t);
          await yieldToPage();
          if (closed) return;
        }
        const t = performance.now();
        port.postMessage({ type: 'sl/analyze-page', html: html.slice(at), url: request.url, base: request.base });
        measure('send', t);
      } catch {
        if (!answered) resolve(undefined); // handled: the port closed while we were sending; the caller asks again
      }
    })();
  });
}

/** Waits between the tries after the first: the analyzer may be there but still loading. */
const RETRY_WAITS = [0, 150, 600];

/**
 * Sends the serialised page to the analyzer. When nothing answers (the offscreen document is not
 * open yet, or still loading), the background opens it and we ask again, a few times.
 */
export async function askAnalyzer(request: AnalyzeRequest, runtime: PortOpener = runtimeOpener(), pieceChars = PIECE_CHARS): Promise<unknown> {
  const first = await askOnce(request, runtime, pieceChars);
  if (first !== undefined) return first;
  for (const wait of RETRY_WAITS) {
    await runtime.sendMessage({ type: 'sl/prepare-analyzer' });
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const answer = await askOnce(request, runtime, pieceChars);
    if (answer !== undefined) return answer;
  }
  throw new Error('The analyzer did not answer. Reload the page to try again.');
}

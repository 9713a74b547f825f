// Chrome's offscreen document (reason DOM_PARSER): the one place in an MV3 extension with a DOM
// that is not the reader's page. It parses a serialised page, runs Readability and the analyzer,
// and answers the background. No network, no storage: input in, report out.
import { browser } from 'wxt/browser';
import { parseToOffscreen } from '../../src/messages/schema.ts';
import { analyzeSerializedPage } from '../../src/pipeline/serialized.ts';

const parser = new DOMParser();

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const msg = parseToOffscreen(message);
  if (!msg) return undefined;
  try {
    sendResponse(analyzeSerializedPage(msg.html, msg.url, parser));
  } catch (err) {
    sendResponse({ ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) });
  }
  return undefined;
});

// Shared by the end-to-end suites and the demo: a static server on 127.0.0.1, the real Chromium with
// the built extension loaded, and in-page probes that read the registered highlights.
import { createServer } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { readFile, mkdtemp, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(ROOT, process.env.SHARED_DIR ?? '../shared');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
export const SEED_DIR = join(SHARED, 'fixtures/seed-article');
export const HAS_SEED = existsSync(join(SEED_DIR, 'page.html'));

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * Serves: /demo/… from assets/demo, /seed/… from the shared seed fixture, /pages/… from
 * tests/fixtures/pages. Everything else is 404 (and counted, so tests can see stray requests).
 */
export async function startServer() {
  const mounts = [
    ['/demo/', join(ROOT, 'assets/demo')],
    ['/seed/', SEED_DIR],
    ['/pages/', join(ROOT, 'tests/fixtures/pages')],
    // Evaluation pages (benchmarks only; read at run time, never copied): .html.gz served unzipped.
    ['/corpus/', join(SHARED, 'corpus/pages')],
  ];
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    for (const [prefix, dir] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
      if (rel.startsWith('..')) break;
      try {
        let body = await readFile(join(dir, rel));
        let type = TYPES[extname(rel)] ?? 'application/octet-stream';
        if (rel.endsWith('.html.gz')) {
          body = gunzipSync(body);
          type = TYPES['.html'];
        }
        res.writeHead(200, { 'content-type': type });
        res.end(body);
        return;
      } catch {
        break;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, port, requests, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launchChromium(extraArgs = [], { headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const userDir = await mkdtemp(join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1200, height: 900 },
    args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, ...CHROMIUM_FLAGS, ...extraArgs],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  return { context, sw, extensionId };
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Waits until the content script has registered at least `min` highlight ranges in total. */
export async function waitForHighlights(page, min = 1, timeout = 15_000) {
  await page.waitForFunction(
    (m) => {
      if (!globalThis.CSS?.highlights) return false;
      let n = 0;
      for (const [name, hl] of CSS.highlights) if (name.startsWith('sourcelight-')) n += hl.size;
      return n >= m;
    },
    min,
    { timeout },
  );
}

/** Every registered Sourcelight highlight as { name: [range text…] }. */
export async function highlightTexts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, hl] of CSS.highlights) {
      if (name.startsWith('sourcelight-')) out[name] = [...hl].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/**
 * For each expected text, which highlight names have a range overlapping where that text stands
 * in the page (white space folded). Unknown texts come back as null.
 */
export async function overlaps(page, texts) {
  return page.evaluate((wanted) => {
    const nodes = [];
    let flat = '';
    const map = []; // flat index -> [node, offset]
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let lastSpace = true;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script,style,noscript,sourcelight-root')) continue;
      nodes.push(n);
      const data = n.data;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (/\s/.test(ch)) {
          if (lastSpace) continue;
          flat += ' ';
          map.push([n, i]);
          lastSpace = true;
        } else {
          flat += ch;
          map.push([n, i]);
          lastSpace = false;
        }
      }
    }
    const result = {};
    for (const text of wanted) {
      const needle = text.replace(/\s+/g, ' ').trim();
      const at = flat.indexOf(needle);
      if (at < 0) {
        result[text] = null;
        continue;
      }
      const [sn, so] = map[at];
      const [en, eo] = map[at + needle.length - 1];
      const target = document.createRange();
      target.setStart(sn, so);
      target.setEnd(en, eo + 1);
      const names = [];
      for (const [name, hl] of CSS.highlights) {
        for (const r of hl) {
          const intersects =
            r.compareBoundaryPoints(Range.START_TO_END, target) > 0 && r.compareBoundaryPoints(Range.END_TO_START, target) < 0;
          if (intersects) {
            names.push(name);
            break;
          }
        }
      }
      result[text] = names;
    }
    return result;
  }, texts);
}

/** The id of the tab showing `page`, asked of the extension's service worker. */
export async function tabIdOf(sw, page) {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/**
 * The explanation card's state. The card lives in a closed shadow root, out of the page's reach;
 * the DevTools protocol can still pierce it, which is what tests use.
 */
export async function cardState(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let card = null;
    const visit = (node) => {
      if (card) return;
      if (node.localName === 'div' && node.attributes) {
        const attrs = {};
        for (let i = 0; i < node.attributes.length; i += 2) attrs[node.attributes[i]] = node.attributes[i + 1];
        if (attrs.class === 'card' && attrs.role === 'tooltip') {
          card = { node, attrs };
          return;
        }
      }
      for (const child of node.children ?? []) visit(child);
      for (const sr of node.shadowRoots ?? []) visit(sr);
    };
    visit(root);
    if (!card) return { visible: false, text: '' };
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: card.node.nodeId });
    const text = outerHTML.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    return { visible: !('hidden' in card.attrs), text };
  } finally {
    await cdp.detach();
  }
}

/** Clicks a button inside the card's closed shadow root (found through the DevTools protocol). */
export async function clickCardButton(page, label) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let target = null;
    const visit = (node, insideCard) => {
      if (target) return;
      const inCard = insideCard || node.localName === 'sourcelight-root';
      if (inCard && node.localName === 'button') {
        const text = (node.children ?? []).map((c) => c.nodeValue ?? '').join('').trim();
        if (text === label) {
          target = node;
          return;
        }
      }
      for (const child of node.children ?? []) visit(child, inCard);
      for (const sr of node.shadowRoots ?? []) visit(sr, inCard);
    };
    visit(root, false);
    if (!target) return false;
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    return true;
  } finally {
    await cdp.detach();
  }
}

/** Total number of Sourcelight ranges registered on the page, per highlight name. */
export async function highlightCounts(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, hl] of CSS.highlights) if (name.startsWith('sourcelight-')) out[name] = hl.size;
    return out;
  });
}

/** The popup for one tab, opened as a page (`popup.html?tabId=N`), 400 px wide like the real one. */
export async function openPopup(browser, tabId, { height = 600, waitFor } = {}) {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  if (waitFor) await popup.waitForSelector(waitFor, { timeout: 10_000 });
  return popup;
}

// Smoke test of the Firefox build in Debian's firefox-esr over WebDriver BiDi (puppeteer-core):
// the add-on installs, highlights the demo article, and its popup renders that tab's report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, FIREFOX_BUILD, ARTIFACTS } from '../../scripts/lib/browser.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'sourcelight@sourcelight.example';
// Pinned so the test can address moz-extension:// pages.
const UUID = '5d3c1b8e-2f47-4f0a-9a61-7c3e9b2d4a10';
const skip = !existsSync(FIREFOX) ? `no Firefox at ${FIREFOX}` : !existsSync(FIREFOX_BUILD) ? 'no Firefox build' : false;

let server;
let browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  const puppeteer = (await import('puppeteer-core')).default;
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: await mkdtemp(join(tmpdir(), 'sourcelight-ff-')),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 0,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function poll(fn, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('Firefox: the add-on highlights the demo article and its popup renders the report', { skip }, async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/demo/article.html`);
  const counts = await poll(() =>
    page.evaluate(() => {
      if (!globalThis.CSS?.highlights) return null;
      const out = {};
      for (const [name, hl] of CSS.highlights) out[name] = hl.size;
      return Object.values(out).reduce((a, b) => a + b, 0) >= 3 ? out : null;
    }),
  );
  assert.ok(counts, 'highlights registered in Firefox');
  assert.ok(counts['sourcelight-state-media'] > 0, 'state media highlighted');
  await page.screenshot({ path: join(ARTIFACTS, 'firefox-demo-page.png') });

  // Find the article tab's id from an extension page, then open the popup for it.
  const ext = await browser.newPage();
  void ext.goto(`moz-extension://${UUID}/popup.html`).catch(() => {}); // never resolves over BiDi: poll instead
  const tabId = await poll(() =>
    ext.evaluate(async () => {
      // Without the `tabs` permission URLs are hidden: ask each tab's content script instead.
      for (const t of await browser.tabs.query({})) {
        const state = await browser.tabs.sendMessage(t.id, { type: 'sl/get-state' }).catch(() => null);
        if (state?.state === 'ready') return t.id;
      }
      return null;
    }),
  );
  assert.ok(tabId !== null, 'found the article tab');
  const popup = await browser.newPage();
  void popup.goto(`moz-extension://${UUID}/popup.html?tabId=${tabId}`).catch(() => {});
  const text = await poll(() => popup.evaluate(() => (/CGTN|Xinhua/.test(document.body.innerText) ? document.body.innerText : null)));
  if (!text) console.log('# popup text:', await popup.evaluate(() => document.body.innerText).catch((e) => String(e)));
  assert.ok(text, 'the popup names the outlets');
  await popup.setViewport({ width: 400, height: 640 });
  await popup.screenshot({ path: join(ARTIFACTS, 'firefox-popup.png') });
});

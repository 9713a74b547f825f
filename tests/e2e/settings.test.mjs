// Per-site settings in real Chromium: turning a site off and on from the popup removes and brings
// back the highlights without a reload; "not a problem here" on a card survives a reload; "on
// click" mode waits for the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchChromium,
  screenshot,
  waitForHighlights,
  overlaps,
  tabIdOf,
  clickCardButton,
  highlightCounts,
  openPopup as openTabPopup,
} from '../../scripts/lib/browser.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.context.close();
  await server?.close();
});

const total = (counts) => Object.entries(counts).filter(([n]) => n !== 'sourcelight-focus').reduce((n, [, v]) => n + v, 0);

const openPopup = (tabId) => openTabPopup(browser, tabId, { height: 700, waitFor: '.site-controls' });

test('turning the site off in the popup removes the highlights at once; turning it on brings them back', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/article.html`);
  await waitForHighlights(page, 3);
  const before = total(await highlightCounts(page));
  const tabId = await tabIdOf(browser.sw, page);
  const popup = await openPopup(tabId);
  await popup.getByLabel('Off', { exact: true }).check();
  await page.waitForFunction(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('sourcelight-')).every((k) => CSS.highlights.get(k).size === 0), null, { timeout: 10_000 });
  await popup.waitForSelector('[data-state="off"]', { timeout: 10_000 });
  await screenshot(popup, 'popup-site-off');
  await popup.getByRole('button', { name: 'Turn on for this site' }).click();
  await page.waitForFunction((n) => {
    let sum = 0;
    for (const [k, hl] of CSS.highlights) if (k.startsWith('sourcelight-') && k !== 'sourcelight-focus') sum += hl.size;
    return sum === n;
  }, before, { timeout: 15_000 });
  await popup.close();
  await page.close();
});

test('a kind switched off in the popup disappears from the page; the others stay', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/article.html`);
  await waitForHighlights(page, 3);
  const tabId = await tabIdOf(browser.sw, page);
  const popup = await openPopup(tabId);
  await popup.getByLabel('Promotion', { exact: true }).uncheck();
  await page.waitForFunction(() => (CSS.highlights.get('sourcelight-promotion')?.size ?? 0) === 0, null, { timeout: 10_000 });
  const counts = await highlightCounts(page);
  assert.ok((counts['sourcelight-claim'] ?? 0) > 0, 'claims still shown');
  await popup.getByLabel('Promotion', { exact: true }).check();
  await page.waitForFunction(() => (CSS.highlights.get('sourcelight-promotion')?.size ?? 0) > 0, null, { timeout: 10_000 });
  await popup.close();
  await page.close();
});

test('"not a problem here" on a card hides that finding on this site, and it stays hidden after a reload', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/article.html`);
  await waitForHighlights(page, 3);
  const target = 'Critics say';
  assert.deepEqual((await overlaps(page, [target]))[target], ['sourcelight-claim']);
  const point = await page.evaluate((t) => {
    for (const r of CSS.highlights.get('sourcelight-claim')) {
      if (r.toString().includes(t)) {
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        return { x: b.left + 5, y: b.top + b.height / 2 };
      }
    }
    return null;
  }, target);
  assert.ok(point);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(300);
  assert.ok(await clickCardButton(page, 'Not a problem here'), 'found the button on the card');
  await page.waitForFunction((t) => ![...CSS.highlights.get('sourcelight-claim') ?? []].some((r) => r.toString().includes(t)), target, { timeout: 10_000 });
  await page.reload();
  await waitForHighlights(page, 3);
  assert.deepEqual((await overlaps(page, [target]))[target], [], 'still hidden after a reload');
  const counts = await highlightCounts(page);
  assert.ok((counts['sourcelight-claim'] ?? 0) > 0, 'other claims still shown');
  await page.close();
});

test('"on click" mode: nothing is read until the reader asks from the popup', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/dark/page.html`);
  await waitForHighlights(page, 2);
  const tabId = await tabIdOf(browser.sw, page);
  let popup = await openPopup(tabId);
  await popup.getByLabel('When I click', { exact: true }).check();
  await popup.close();
  await page.reload();
  await page.waitForTimeout(1500);
  assert.equal(total(await highlightCounts(page)), 0, 'no highlights before the click');
  popup = await openPopup(tabId);
  await popup.waitForSelector('[data-state="waiting"]');
  await popup.getByRole('button', { name: 'Analyze this page' }).click();
  await waitForHighlights(page, 2);
  await popup.getByLabel('Automatically', { exact: true }).check();
  await popup.close();
  await page.close();
});

/**
 * Runs `expression` (an async function body's source) in the content script's isolated world of
 * `page`, through the DevTools protocol: the world the page itself cannot reach.
 */
async function inContentScript(page, extensionId, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + 5000;
    let ctx;
    while (!(ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(ctx, 'found the content script world');
    const r = await cdp.send('Runtime.evaluate', { expression: `(async () => { ${expression} })()`, contextId: ctx.id, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  } finally {
    await cdp.detach();
  }
}

const WRITES = { content: 400, popup: 300, options: 300 };
const RULE = 'claim/hedge-wording';

/**
 * The options page, the popup and a page's content script change the same site at once, each
 * sending its changes one after another, the three side by side. Returns what is missing at the end.
 * `optionsDirect`: the options page writes storage itself (read-modify-write), as it did before
 * the background became the one writer (a measurement of the old way, not the extension's path).
 */
async function interleavedWrites({ optionsDirect = false } = {}) {
  await browser.sw.evaluate(async () => {
    await chrome.storage.sync.clear().catch(() => undefined); // sync's write quota may be spent
    await chrome.storage.local.clear();
  });
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/article.html`);
  await waitForHighlights(page, 3);
  const tabId = await tabIdOf(browser.sw, page);
  const pageUrl = page.url();
  const site = new URL(pageUrl).hostname;
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('#defaults-h');

  const t0 = Date.now();
  const [content, pop, opt] = await Promise.all([
    // Exactly what a card's "not a problem here" sends.
    inContentScript(page, browser.extensionId, `
      let failed = 0;
      for (let i = 0; i < ${WRITES.content}; i++) {
        const r = await chrome.runtime.sendMessage({ type: 'sl/suppress', url: location.href, rule: ${JSON.stringify(RULE)}, phrase: 'phrase number ' + i });
        if (!r || r.ok !== true) failed++;
      }
      return { failed };`),
    // Exactly what the popup's site controls send (bridge.ts setSite).
    popup.evaluate(async ({ n, url }) => {
      let failed = 0;
      let last = true;
      for (let i = 0; i < n; i++) {
        last = i % 2 === 1;
        const r = await chrome.runtime.sendMessage({ type: 'sl/site-set', url, kinds: { promotion: last } });
        if (!r || r.ok === false) failed++;
      }
      return { failed, last };
    }, { n: WRITES.popup, url: pageUrl }),
    // Exactly what the options page's site row sends (settings/client.ts), or the old direct write.
    options.evaluate(async ({ n, site, direct }) => {
      const values = ['strict', 'balanced', 'lenient'];
      let failed = 0;
      let last = 'strict';
      for (let i = 0; i < n; i++) {
        last = values[(i + 1) % 3];
        if (direct) {
          // Read both areas (local wins), write where the store puts it once sync's write quota
          // is spent (the first run spends it): storage.local.
          const key = `site:${site}`;
          const cur = (await chrome.storage.local.get(key))[key] ?? (await chrome.storage.sync.get(key))[key] ?? {};
          const next = { ...cur, sensitivity: last };
          if (last === 'strict') delete next.sensitivity;
          await chrome.storage.local.set({ [key]: next });
          continue;
        }
        const r = await chrome.runtime.sendMessage({ type: 'sl/settings', op: { op: 'site-sensitivity', site, sensitivity: last } });
        if (!r || r.ok !== true) failed++;
      }
      return { failed, last };
    }, { n: WRITES.options, site, direct: optionsDirect }),
  ]);
  const ms = Date.now() - t0;
  const stored = await browser.sw.evaluate(async (key) => {
    const local = (await chrome.storage.local.get(key))[key];
    return local ?? (await chrome.storage.sync.get(key))[key] ?? {};
  }, `site:${site}`);
  const phrases = new Set((stored.suppress ?? []).map((s) => s.phrase));
  let lost = 0;
  for (let i = 0; i < WRITES.content; i++) if (!phrases.has(`phrase number ${i}`)) lost++;
  if ((stored.kinds?.promotion ?? true) !== pop.last) lost++;
  if ((stored.sensitivity ?? 'strict') !== opt.last) lost++;
  await Promise.all([page.close(), popup.close(), options.close()]);
  return { lost, failed: content.failed + pop.failed + opt.failed, total: WRITES.content + WRITES.popup + WRITES.options, ms };
}

test('1,000 interleaved writes to one site from the options page, the popup and a content script: none lost', async (t) => {
  const r = await interleavedWrites();
  t.diagnostic(`one writer (the background): ${r.lost} of ${r.total} changes lost, ${r.failed} refused, ${r.ms} ms`);
  assert.deepEqual({ lost: r.lost, failed: r.failed, total: r.total }, { lost: 0, failed: 0, total: 1000 });
  // For the record: the same schedule with the options page writing storage itself, as it did before.
  const before = await interleavedWrites({ optionsDirect: true });
  t.diagnostic(`options page writing storage itself (the old way): ${before.lost} of ${before.total} changes lost, ${before.ms} ms`);
  await browser.sw.evaluate(async () => {
    await chrome.storage.sync.clear().catch(() => undefined);
    await chrome.storage.local.clear();
  });
});

test('the options page shows what went wrong: sync refusing writes is in the diagnostics log, with no page address', async () => {
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('#defaults-h');
  // More writes than sync takes in a minute (MAX_WRITE_OPERATIONS_PER_MINUTE is 120): the rest go
  // to this device, and each refusal is logged.
  const failed = await options.evaluate(async () => {
    let failed = 0;
    for (let i = 0; i < 140; i++) {
      const r = await chrome.runtime.sendMessage({ type: 'sl/settings', op: { op: 'global', patch: { sensitivity: ['balanced', 'lenient'][i % 2] } } });
      if (!r || r.ok !== true) failed++;
    }
    return failed;
  });
  assert.equal(failed, 0, 'every change was stored (on this device when sync refused)');
  await options.waitForSelector('.diagnostics-log tbody tr', { timeout: 10_000 });
  const text = await options.locator('.diagnostics').innerText();
  assert.match(text, /settings\.sync-set/);
  assert.match(text, /MAX_WRITE_OPERATIONS_PER_MINUTE/);
  await options.locator('#diagnostics-h').scrollIntoViewIfNeeded();
  await screenshot(options, 'options-diagnostics');
  const exported = await browser.sw.evaluate(async () => JSON.stringify(await chrome.storage.local.get('diagnostics:log')));
  assert.doesNotMatch(exported, /https?:\/\//, 'no addresses in the log');
  await options.close();
});

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

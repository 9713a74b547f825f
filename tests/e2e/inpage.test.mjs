// In-page experience in real Chromium: the explanation card on hover and on keyboard stepping,
// pages that replace or append article text, and screenshots on a light and a dark page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer,
  launchChromium,
  screenshot,
  waitForHighlights,
  highlightTexts,
  overlaps,
  tabIdOf,
  cardState,
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

async function centreOf(page, name) {
  return page.evaluate((n) => {
    const hl = CSS.highlights.get(n);
    const r = hl && [...hl][0];
    if (!r) return null;
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 } : null;
  }, name);
}

test('hovering a highlight opens a card with its reason; moving away closes it', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/article.html`);
  await waitForHighlights(page, 3);
  const point = await centreOf(page, 'sourcelight-state-media');
  assert.ok(point);
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(250);
  const shown = await cardState(page);
  assert.equal(shown.visible, true, 'card visible');
  assert.match(shown.text, /State-media citation/);
  assert.match(shown.text, /CGTN|Xinhua/);
  await screenshot(page, 'inpage-light-card');
  await page.mouse.move(5, 5);
  await page.waitForTimeout(250);
  assert.equal((await cardState(page)).visible, false, 'card hidden again');
  await page.close();
});

test('keyboard stepping (the shortcut command) focuses findings in order and Escape closes the card', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/demo/article.html`);
  await waitForHighlights(page, 3);
  const tabId = await tabIdOf(browser.sw, page);
  const step = (direction) =>
    browser.sw.evaluate(({ id, d }) => chrome.tabs.sendMessage(id, { type: 'sl/step', direction: d }), { id: tabId, d: direction });
  assert.deepEqual(await step(1), { ok: true });
  const first = await cardState(page);
  assert.equal(first.visible, true);
  const focus1 = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-focus') ?? [])].map((r) => r.toString()));
  assert.equal(focus1.length, 1, 'one focused range');
  await step(1);
  const focus2 = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-focus') ?? [])].map((r) => r.toString()));
  assert.notDeepEqual(focus2, focus1, 'stepping moves the focus');
  await step(-1);
  const back = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-focus') ?? [])].map((r) => r.toString()));
  assert.deepEqual(back, focus1, 'stepping back returns');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
  assert.equal((await cardState(page)).visible, false, 'Escape closes the card');
  await page.close();
});

test('a page that appends a paragraph gets it analysed; a page that replaces its text gets no stale highlights', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/live-update/page.html`);
  await page.waitForTimeout(1200);
  const before = await highlightTexts(page);
  const claimsBefore = before['sourcelight-claim']?.length ?? 0;

  const added = 'The mayor reportedly ordered the evacuation of two streets near the river, and critics say the warning came far too late.';
  await page.evaluate((t) => window.appendUpdate(t), added);
  await page.waitForFunction((n) => (CSS.highlights.get('sourcelight-claim')?.size ?? 0) > n, claimsBefore, { timeout: 10_000 });
  const o = await overlaps(page, ['reportedly ordered']);
  assert.ok(o['reportedly ordered'].includes('sourcelight-claim'), 'appended hearsay is highlighted');

  await page.evaluate(() =>
    window.replaceArticle([
      'The storm moved inland on Friday afternoon and weakened over the hills, the weather service said in its evening bulletin.',
      'Harbourmaster Lena Dahl said the port would reopen on Saturday once divers had checked the moorings.',
      'Volunteers spent the day clearing fallen branches from the coastal road, which reopened to traffic at six in the evening.',
    ]),
  );
  await page.waitForFunction(() => (CSS.highlights.get('sourcelight-claim')?.size ?? 0) === 0, null, { timeout: 10_000 });
  const after = await highlightTexts(page);
  const stale = Object.values(after).flat().filter((t) => /reportedly|critics/.test(t) || t === '');
  assert.deepEqual(stale, [], 'no stale highlights after the article was replaced');
  await page.close();
});

test('screenshots on a dark page', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/dark/page.html`);
  await waitForHighlights(page, 2);
  const point = await centreOf(page, 'sourcelight-claim');
  if (point) await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(250);
  await screenshot(page, 'inpage-dark-card');
  await page.close();
});

// `npm run demo`: opens the bundled demo article in Chromium with the freshly built extension.
// With a display it opens a window and waits; without one (CI, SSH) it runs headless and saves
// two screenshots: the whole highlighted article (all three kinds) with an explanation card open,
// and the popup; then it says where they are (the server is stopped by then: no address printed).
import { existsSync } from 'node:fs';
import { startServer, launchChromium, screenshot, waitForHighlights, tabIdOf, cardState, CHROME_BUILD } from './lib/browser.mjs';

if (!existsSync(CHROME_BUILD)) {
  console.error('demo: no build found; run `npm run build` first (npm run demo does both).');
  process.exit(1);
}
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(`demo: Chromium not found at ${browserPath}. On Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
const KINDS = { 'sourcelight-claim': 'claims', 'sourcelight-state-media': 'state media', 'sourcelight-promotion': 'promotion' };
const server = await startServer();
const { context, sw, extensionId } = await launchChromium([], { headless: !headed });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/demo/article.html`);
await waitForHighlights(page, 3);
// All three kinds are painted before anything is shown or saved.
await page.waitForFunction((names) => names.every((n) => (CSS.highlights.get(n)?.size ?? 0) > 0), Object.keys(KINDS), { timeout: 15_000 });
const painted = await page.evaluate((names) => names.map((n) => CSS.highlights.get(n)?.size ?? 0), Object.keys(KINDS));
const summary = Object.values(KINDS).map((k, i) => `${k} ${painted[i]}`).join(', ');

if (headed) {
  console.log(`demo: the article is open at ${server.origin}/demo/article.html with Sourcelight loaded (extension id ${extensionId}); highlighted: ${summary}.`);
  console.log('demo: hover a highlight to see why it was flagged; click the Sourcelight toolbar button for the summary. Close the window or press Ctrl+C to stop.');
  await new Promise((done) => context.on('close', done));
  await server.close();
} else {
  // The whole article in one shot: the window is made as tall as the page (the card is fixed to
  // the window, so a taller window keeps it where it opened), then a highlight is hovered so its
  // explanation card is open in the picture.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1200, height: Math.min(Math.max(height, 900), 4000) });
  const point = await page.evaluate(() => {
    const r = [...CSS.highlights.get('sourcelight-state-media')][0];
    const b = r.getClientRects()[0];
    return { x: b.left + Math.min(8, b.width / 2), y: b.top + b.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  const card = await waitForCard(page);
  const pagePng = await screenshot(page, 'demo-page');
  const tabId = await tabIdOf(sw, page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('.verdict-head', { timeout: 15_000 });
  await popup.waitForTimeout(400);
  const popupPng = await screenshot(popup, 'demo-popup');
  await context.close();
  await server.close();
  console.log(`demo: ran headless (no display): the demo article with Sourcelight loaded; highlighted: ${summary}; ${card ? 'a card open on a state-media citation' : 'the card did not open'}.`);
  console.log(`demo: screenshots (the server and the browser have stopped):\n  ${pagePng}  the whole article\n  ${popupPng}  the popup`);
  if (!card) process.exitCode = 1;
}

/** True once the explanation card is visible (polled: it opens after a short hover delay). */
async function waitForCard(p) {
  for (let i = 0; i < 30; i++) {
    if ((await cardState(p)).visible) return true;
    await p.waitForTimeout(100);
  }
  return false;
}

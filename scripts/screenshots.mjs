// Regenerates the README's screenshots (docs/screenshots/) from the built extension in Chromium:
// the demo article with a card open, and the popup for the demo, a clean article and a non-article.
// Only pages written for this project are used.
import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { startServer, launchChromium, waitForHighlights, tabIdOf, ROOT } from './lib/browser.mjs';

const OUT = join(ROOT, 'docs/screenshots');
await mkdir(OUT, { recursive: true });
const server = await startServer();
const { context, sw, extensionId } = await launchChromium();

async function popupFor(page, name, { wait = 'main' } = {}) {
  const tabId = await tabIdOf(sw, page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector(wait);
  await popup.waitForTimeout(400);
  await popup.screenshot({ path: join(OUT, `${name}.png`) });
  await popup.close();
}

const demo = await context.newPage();
await demo.setViewportSize({ width: 1100, height: 760 });
await demo.goto(`${server.origin}/demo/article.html`);
await waitForHighlights(demo, 3);
const point = await demo.evaluate(() => {
  const r = [...CSS.highlights.get('sourcelight-state-media')][0];
  window.scrollTo(0, r.startContainer.parentElement.getBoundingClientRect().top + window.scrollY - 260);
  const b = r.getClientRects()[0];
  return { x: b.left + 8, y: b.top + b.height / 2 };
});
await demo.mouse.move(point.x, point.y);
await demo.waitForTimeout(400);
await demo.screenshot({ path: join(OUT, 'demo-page.png') });
await popupFor(demo, 'popup-demo', { wait: '.verdict-head' });

const clean = await context.newPage();
await clean.goto(`${server.origin}/pages/clean/page.html`);
await clean.waitForTimeout(2000);
await popupFor(clean, 'popup-clean', { wait: '[data-state], .verdict-head' });

const none = await context.newPage();
await none.goto(`${server.origin}/pages/not-article/page.html`);
await none.waitForTimeout(1500);
await popupFor(none, 'popup-not-article', { wait: '[data-state="not-article"]' });

await context.close();
await server.close();
console.log(`screenshots written to ${OUT}`);

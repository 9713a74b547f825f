// `npm run demo`: opens the bundled demo article in Chromium with the freshly built extension.
// With a display it opens a window and waits; without one (CI, SSH) it runs headless and saves
// screenshots of the highlighted page and the popup, then says where they are.
import { existsSync } from 'node:fs';
import { startServer, launchChromium, screenshot, waitForHighlights, tabIdOf, CHROME_BUILD } from './lib/browser.mjs';

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
const server = await startServer();
const { context, sw, extensionId } = await launchChromium([], { headless: !headed });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/demo/article.html`);
await waitForHighlights(page, 3);
console.log(`demo: the article is open at ${server.origin}/demo/article.html with Sourcelight loaded (extension id ${extensionId}).`);

if (headed) {
  console.log('demo: hover a highlight to see why it was flagged; click the Sourcelight toolbar button for the summary. Close the window or press Ctrl+C to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  const pagePng = await screenshot(page, 'demo-page');
  const tabId = await tabIdOf(sw, page);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForTimeout(800);
  const popupPng = await screenshot(popup, 'demo-popup');
  console.log(`demo: no display, ran headless. Screenshots:\n  ${pagePng}\n  ${popupPng}`);
  await context.close();
}
await server.close();

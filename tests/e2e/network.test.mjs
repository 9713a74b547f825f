// Zero network (issue 11, PRIVACY.md): while the extension analyses the seed article and a page
// served as if from a state-media domain (english.news.cn, mapped to the local test server), every
// request the browser makes is recorded three ways, and none may come from the extension:
//   1. Chromium's own NetLog (--log-net-log): every URL request of every process, with its
//      initiator, including the service worker and the offscreen document;
//   2. Playwright's request events for pages and (with PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS)
//      for the extension's service worker;
//   3. the local server's own log.
// The page's own requests (its document and the subresources in its HTML) are the page's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HAS_SEED, startServer, launchChromium, waitForHighlights, tabIdOf, openPopup as openTabPopup
} from '../../scripts/lib/browser.mjs';

const STATE_MEDIA_HOST = 'english.news.cn';
// Chromium's own background traffic (component and extension updater, account and autofill
// services), made without any initiator: not the extension's, whose requests would carry
// chrome-extension://<id> as their initiator.
const BROWSER_HOSTS = /(^|\.)(googleapis\.com|google\.com|gstatic\.com|gvt1\.com|googleusercontent\.com)$/;

let server;
let browser;
let netLogPath;
const seen = []; // Playwright's view: { url, from, sw }
const opened = []; // every page (tab) the context saw

before(async () => {
  server = await startServer();
  netLogPath = join(await mkdtemp(join(tmpdir(), 'sourcelight-netlog-')), 'netlog.json');
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  browser = await launchChromium([
    `--host-resolver-rules=MAP ${STATE_MEDIA_HOST} 127.0.0.1:${server.port}`,
    `--log-net-log=${netLogPath}`,
    '--net-log-capture-mode=Default',
  ]);
  browser.context.on('page', (p) => {
    opened.push(p.url());
    p.on('framenavigated', (f) => {
      if (f === p.mainFrame()) opened.push(f.url());
    });
  });
  browser.context.on('request', (req) => {
    let from = '';
    try {
      from = req.frame()?.url() ?? '';
    } catch {
      from = ''; // service worker requests have no frame
    }
    seen.push({ url: req.url(), from, sw: req.serviceWorker()?.url() ?? null });
  });
});

after(async () => {
  await server?.close();
});

function isNetwork(url) {
  return /^(https?|wss?|ftp):/i.test(url);
}

const openPopup = (tabId) => openTabPopup(browser, tabId);

/** Opens a page, lets the extension analyse it, opens the popup; returns the popup's text. */
async function visit(url, expectPopup) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForHighlights(page, 0, 30_000).catch(() => undefined);
  const tabId = await tabIdOf(browser.sw, page);
  // Wait for the analysis to finish (the content script's state, asked as the popup does).
  for (let i = 0; i < 240; i++) {
    const s = await browser.sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'sl/get-state' }).catch(() => null), tabId);
    if (s && s.state !== 'analyzing') break;
    await page.waitForTimeout(500);
  }
  const popup = await openPopup(tabId);
  await popup.waitForFunction((src) => new RegExp(src).test(document.body.innerText), expectPopup.source, { timeout: 60_000 });
  const text = await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
  // Let anything the extension might send late (after painting, after the popup opened) happen.
  await page.waitForTimeout(2000);
  await popup.close();
  await page.close();
  return text;
}

test('the seed article: analysed with no request from the extension', { skip: !HAS_SEED && 'no ../shared/fixtures/seed-article here' }, async () => {
  const text = await visit(`${server.origin}/seed/page.html`, /RT|Russia-1|Sourcing/);
  assert.match(text, /Sourcing|sourcing/);
});

test('a page on a state-media domain: the popup shows the site notice, no request from the extension', async () => {
  const text = await visit(`http://${STATE_MEDIA_HOST}/pages/hostile-statemedia/page.html`, /This site is/);
  assert.match(text, /This site is [^.]*Xinhua/);
});

test('every request was the page’s own: none from the extension, its service worker or its offscreen document', async () => {
  // Close the browser so that Chromium finishes writing its NetLog.
  await browser.context.close();
  const log = JSON.parse(await readFile(netLogPath, 'utf8'));
  const types = log.constants.logEventTypes;
  const wanted = new Set([types.URL_REQUEST_START_JOB, types.REQUEST_ALIVE].filter((x) => x !== undefined));
  const requests = [];
  for (const e of log.events) {
    if (!wanted.has(e.type) || !e.params) continue;
    const url = e.params.url;
    if (typeof url !== 'string') continue;
    requests.push({ url, initiator: e.params.initiator ?? '', method: e.params.method ?? '' });
  }
  const network = requests.filter((r) => isNetwork(r.url));
  assert.ok(network.length > 0, 'the NetLog recorded the pages’ requests (the recorder works)');

  const extOrigin = `chrome-extension://${browser.extensionId}`;
  const fromExtension = network.filter((r) => r.initiator.startsWith('chrome-extension://') || r.initiator === extOrigin);
  assert.deepEqual(fromExtension.map((r) => `${r.method} ${r.url} (initiator ${r.initiator})`), [], 'requests initiated by the extension (NetLog)');

  // Every other network request went to a page we opened (the local server, under either name),
  // except the browser's own housekeeping: Chromium itself asks Google for updates, accounts and
  // autofill data with no initiator at all. Those are listed, and anything else fails.
  const allowedHosts = new Set(['127.0.0.1', STATE_MEDIA_HOST]);
  const browserOwn = (r) =>
    (r.initiator === '' || r.initiator === 'not an origin') && BROWSER_HOSTS.test(new URL(r.url).hostname);
  const elsewhere = network.filter((r) => !allowedHosts.has(new URL(r.url).hostname) && !browserOwn(r));
  assert.deepEqual(elsewhere.map((r) => `${r.url} (initiator ${r.initiator || 'none'})`), [], 'requests to any other host');
  const housekeeping = [...new Set(network.filter(browserOwn).map((r) => new URL(r.url).hostname))];
  // …and each was made by one of those pages (the initiator is the page, or none for a navigation).
  const foreignInitiator = network.filter(
    (r) => r.initiator && r.initiator !== 'not an origin' && !allowedHosts.has(new URL(r.initiator).hostname),
  );
  assert.deepEqual(foreignInitiator.map((r) => `${r.url} (initiator ${r.initiator})`), [], 'requests whose initiator is not the page');

  // Playwright's view: nothing from the service worker or an extension page to the network.
  const swRequests = seen.filter((r) => r.sw && isNetwork(r.url));
  assert.deepEqual(swRequests, [], 'network requests from the service worker');
  const extPages = seen.filter((r) => r.from.startsWith('chrome-extension://') && isNetwork(r.url));
  assert.deepEqual(extPages, [], 'network requests from extension pages (popup, offscreen)');

  // The server's view: only the pages and their own subresources.
  const expectedPaths = /^\/(seed\/|pages\/hostile-statemedia\/|favicon\.ico$)/;
  const unexpected = server.requests.filter((p) => !expectedPaths.test(p));
  assert.deepEqual(unexpected, [], 'paths the local server was asked for');

  const uniq = [...new Set(network.map((r) => `${new URL(r.url).host}${new URL(r.url).pathname}`))];
  // No tab was opened but ours (lateral-reading actions open tabs only on a click).
  assert.deepEqual(opened.filter((u) => !/^(about:blank|chrome-extension:)/.test(u) && !allowedHosts.has(new URL(u).hostname)), []);
  console.log(
    `# zero network: ${network.length} NetLog URL-request events; the pages' own: ${uniq.filter((u) => !housekeeping.some((h) => u.startsWith(h))).join(', ')}; ` +
      `the browser's own housekeeping (no initiator): ${housekeeping.join(', ') || 'none'}; from the extension: none`,
  );
});

test('control: the same recorders do see a request the service worker makes (the test above can fail)', async () => {
  const path = join(await mkdtemp(join(tmpdir(), 'sourcelight-netlog-')), 'control.json');
  const control = await launchChromium([`--log-net-log=${path}`]);
  const swSeen = [];
  control.context.on('request', (r) => swSeen.push(r.serviceWorker()?.url() ?? ''));
  await control.sw.evaluate((o) => fetch(`${o}/control-from-the-service-worker`).catch(() => null), server.origin);
  await new Promise((ok) => setTimeout(ok, 1000));
  await control.context.close();
  const log = JSON.parse(await readFile(path, 'utf8'));
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const hits = log.events.filter((e) => e.type === start && String(e.params?.url).includes('control-from-the-service-worker'));
  assert.ok(hits.length > 0, 'NetLog saw it');
  assert.ok(hits.every((e) => String(e.params.initiator).startsWith('chrome-extension://')), 'with the extension as initiator');
  assert.ok(swSeen.some((u) => u.startsWith('chrome-extension://')), 'Playwright saw it from the service worker');
});

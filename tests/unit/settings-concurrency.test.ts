// No lost settings: the options page, the popup and a page's content script change the same site
// at once, 1,000 writes interleaved, through the background's real router (the one writer). Every
// change must be there at the end. A control run, with the options page writing storage itself
// (read-modify-write in its own context, as before the background was the one writer), shows the
// check does catch lost changes.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../src/background/router.ts';
import { SENSITIVITIES, type Sensitivity } from '../../src/settings/schema.ts';
import { getSiteOverride, siteKey } from '../../src/settings/store.ts';
import { contentScript, extensionPage, noDeps, sendAs } from '../helpers/background.ts';

const SITE = 'example.com';
const PAGE = 'https://news.example.com/2026/a-story';
const RULE = 'claim/hedge-wording';
const WRITES = { content: 400, popup: 300, options: 300 };

type Write = (i: number) => Promise<unknown>;

interface Outcome {
  lost: number;
  failed: number;
  total: number;
}

/** Runs the three contexts side by side, each sending its writes one after another, and counts what is missing at the end. */
async function interleave(optionsWrite: (s: Sensitivity) => Promise<unknown>): Promise<Outcome> {
  const router = createRouter(noDeps);
  const content = contentScript(PAGE, 3);
  const popup = extensionPage('/popup.html');
  let failed = 0;
  const check = (reply: unknown): void => {
    if (typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === false) failed++;
  };
  let lastKind = true;
  let lastSensitivity: Sensitivity = 'strict';
  const loops: [number, Write][] = [
    [WRITES.content, (i) => sendAs(router, content, { type: 'sl/suppress', url: PAGE, rule: RULE, phrase: `phrase number ${i}` })],
    [
      WRITES.popup,
      (i) => {
        lastKind = i % 2 === 1;
        return sendAs(router, popup, { type: 'sl/site-set', url: PAGE, kinds: { promotion: lastKind } });
      },
    ],
    [
      WRITES.options,
      (i) => {
        lastSensitivity = SENSITIVITIES[(i + 1) % SENSITIVITIES.length] ?? 'strict';
        return optionsWrite(lastSensitivity);
      },
    ],
  ];
  await Promise.all(
    loops.map(async ([n, write]) => {
      for (let i = 0; i < n; i++) check(await write(i));
    }),
  );
  const o = await getSiteOverride(SITE);
  const phrases = new Set((o.suppress ?? []).map((x) => x.phrase));
  let lost = 0;
  for (let i = 0; i < WRITES.content; i++) if (!phrases.has(`phrase number ${i}`)) lost++;
  // The popup's and the options page's last choices must stand (the defaults are stored as nothing).
  if ((o.kinds?.promotion ?? true) !== lastKind) lost++;
  if ((o.sensitivity ?? 'strict') !== lastSensitivity) lost++;
  return { lost, failed, total: WRITES.content + WRITES.popup + WRITES.options };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('three contexts write the same site at once', () => {
  it('loses no change in 1,000 interleaved writes when the background is the one writer', async () => {
    const router = createRouter(noDeps);
    const options = extensionPage('/options.html');
    const r = await interleave((sensitivity) => sendAs(router, options, { type: 'sl/settings', op: { op: 'site-sensitivity', site: SITE, sensitivity } }));
    expect(r).toEqual({ lost: 0, failed: 0, total: 1000 });
  });

  it('control: an options page writing storage itself loses changes under the same schedule', async () => {
    // What the options page did before: read the site's key, change one field, write it back.
    const direct = async (sensitivity: Sensitivity): Promise<void> => {
      const key = siteKey(SITE);
      const cur = ((await fakeBrowser.storage.sync.get(key))[key] ?? {}) as Record<string, unknown>;
      await fakeBrowser.storage.sync.set({ [key]: { ...cur, sensitivity } });
    };
    const r = await interleave(direct);
    expect(r.lost).toBeGreaterThan(0);
  });
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One manifest for both stores; WXT fills in MV3 (Chrome) or MV2 (Firefox) specifics.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
    // Extension pages run in browsers that preload modules natively (Chrome 66+, Firefox 115+):
    // Vite's modulepreload polyfill would only add bytes to the popup and the options page.
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  hooks: {
    // The offscreen document is Chrome's way to get a DOM off the page's thread; Firefox's
    // background page has one, so the offscreen entrypoint is declared for Chrome only
    // (manifest.include) and a Firefox build leaves it out on purpose. WXT says so with a warning
    // ("The following entrypoints have been skipped: offscreen") right after this hook; on a
    // Firefox build that skips only it, that one warning is replaced by a line saying why. The
    // entrypoint stays listed (WXT's generated types for Chrome's paths come from that list).
    'entrypoints:resolved': (wxt, entrypoints) => {
      const skipped = entrypoints.filter((e) => e.skipped).map((e) => e.name);
      if (wxt.config.browser !== 'firefox' || skipped.join() !== 'offscreen') return;
      const logger = wxt.logger;
      const warn = logger.warn.bind(logger);
      logger.warn = (...args: unknown[]) => {
        logger.warn = warn;
        if (typeof args[0] === 'string' && args[0].startsWith('The following entrypoints have been skipped')) {
          logger.info('offscreen: Chrome only, not in the Firefox build (its background page runs the analyzer)');
        } else {
          warn(...args);
        }
      };
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Highlights unattributed claims, state-media citations and promotional blocks in news articles. Runs entirely on your device.',
    // storage: settings. activeTab (+ scripting in Chrome): when the browser withholds site access
    // (Chrome's "on click", Firefox's optional host permissions), the reader can still run
    // Sourcelight on the open tab from the popup. offscreen (Chrome only): a DOM off the page's
    // thread for Readability; Firefox's background page has one already.
    permissions: browser === 'firefox' ? ['storage', 'activeTab'] : ['storage', 'activeTab', 'scripting', 'offscreen'],
    action: { default_title: 'Sourcelight' },
    commands: {
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next highlighted finding',
      },
      'previous-finding': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous highlighted finding',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One manifest for both stores; WXT fills in MV3 (Chrome) or MV2 (Firefox) specifics.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Highlights unattributed claims, state-media citations and promotional blocks in news articles. Runs entirely on your device.',
    permissions: ['storage'],
    action: { default_title: 'Sourcelight' },
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

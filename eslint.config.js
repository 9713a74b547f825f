import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Node's built-in modules by their bare names (`node:*` is refused separately). */
const NODE_BUILTINS = ['fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'url', 'http', 'https', 'net', 'vm', 'v8', 'crypto', 'stream', 'util', 'module', 'process'];
/** Every folder of src/ but the analyzer's own (the zone test checks this list against src/). */
export const OTHER_ROOMS = ['background', 'cli', 'diagnostics', 'extract', 'highlight', 'messages', 'page', 'pipeline', 'settings', 'ui'];
/** Modules that run only in the background: the settings writer, its service and migrations, the log keeper. */
const BACKGROUND_ONLY = ['**/settings/writer*', '**/settings/service*', '**/settings/migrate*', '**/diagnostics/keeper*', '**/background/**', './writer*', './service*', './migrate*', './keeper*'];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'dist/', 'artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Import zones (README "How it works" says which folder does what and what each may import).
  // One entry per zone, and the zones do not overlap: ESLint would let a later entry replace an
  // earlier one's `no-restricted-imports` for a file in both. tests/unit/lint-zones.test.ts proves
  // each zone refuses what it must.
  {
    // The analyzer is pure: no browser, DOM, WXT, Node or network, and no other room of src/
    // (DESIGN.md, habit 12).
    files: ['src/analyze/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // '#imports' is a path, not a pattern: in a pattern '#' starts a comment.
          paths: [{ name: '#imports', message: 'src/analyze is pure: no extension APIs.' }],
          patterns: [
            { group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*'], message: 'src/analyze is pure: no extension APIs.' },
            { group: ['node:*', ...NODE_BUILTINS], message: 'src/analyze is pure: no Node APIs (it runs in the browser too).' },
            { group: ['jsdom', '@mozilla/readability', '@mozilla/readability/*', 'preact', 'preact/*'], message: 'src/analyze is pure: no DOM or UI code.' },
            { group: [...OTHER_ROOMS.map((room) => `**/${room}/**`), '**/entrypoints/**'], message: 'src/analyze imports only from src/analyze.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'fetch', 'XMLHttpRequest', 'navigator', 'localStorage'],
    },
  },
  {
    // The popup and the options page render reports and settings: no extraction, no pipeline, no
    // painting, and no writing settings themselves (they ask the background).
    files: ['entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/extract/**', '@mozilla/readability', '@mozilla/readability/*'], message: 'The popup and the options page only render: no extraction code.' },
            { group: ['**/pipeline/**', '**/highlight/**', '**/page/**'], message: 'The popup and the options page only render: no pipeline or highlighting code.' },
            { group: BACKGROUND_ONLY, message: 'Only the background writes settings and keeps the diagnostics log: ask it (src/settings/client.ts, src/diagnostics/report.ts).' },
          ],
        },
      ],
    },
  },
  {
    // Everything else that runs outside the background: reads settings, never writes them.
    files: [
      'entrypoints/content.ts',
      'entrypoints/offscreen/**',
      'src/page/**',
      'src/highlight/**',
      'src/pipeline/**',
      'src/extract/**',
      'src/messages/**',
      'src/ui/**',
      'src/diagnostics/log.ts',
      'src/diagnostics/report.ts',
      'src/settings/client.ts',
      'src/settings/read.ts',
      'src/settings/watch.ts',
      'src/settings/store.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: BACKGROUND_ONLY, message: 'Only the background writes settings and keeps the diagnostics log: ask it (src/settings/client.ts, src/diagnostics/report.ts).' }] },
      ],
    },
  },
  {
    // Node scripts whose callbacks also run inside the browser (page.evaluate, sw.evaluate).
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.mjs', 'bin/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);

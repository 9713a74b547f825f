import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
  {
    // The analyzer is pure: no browser, DOM, WXT or network (DESIGN.md, habit 12).
    files: ['src/analyze/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'], message: 'src/analyze is pure: no extension APIs.' },
            { group: ['**/extract/**', '**/highlight/**', '**/entrypoints/**', 'jsdom', '@mozilla/readability', 'preact', 'preact/*'], message: 'src/analyze is pure: no DOM or UI code.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'fetch', 'XMLHttpRequest', 'navigator', 'localStorage'],
    },
  },
  {
    // The popup renders a Report; it never imports extraction code.
    files: ['entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/extract/**', '@mozilla/readability'], message: 'The popup only renders reports.' }] }],
    },
  },
  {
    // Node scripts whose callbacks also run inside the browser (page.evaluate, sw.evaluate).
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.mjs', 'bin/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);

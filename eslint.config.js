import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**', 'bench-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text is untrusted: never build HTML from strings.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text, never as HTML.' },
        { property: 'outerHTML', message: 'Render page text as text, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text, never as HTML.' },
      ],
      'no-restricted-globals': ['error', { name: 'XMLHttpRequest', message: 'The extension makes no network requests.' }],
    },
  },
  {
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-restricted-properties': 'off' },
    // Functions passed to page.evaluate run in the browser.
    languageOptions: {
      globals: { NodeFilter: 'readonly', PerformanceObserver: 'readonly', requestAnimationFrame: 'readonly', location: 'readonly', Node: 'readonly' },
    },
  },
);

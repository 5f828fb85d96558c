// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layers } from './eslint-layers.js';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.netlify/', 'node_modules/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Personal data must never reach logs; console.error for failures only, without details.
      'no-console': ['warn', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['scripts/**', 'tests/**', 'dev/**'], rules: { 'no-console': 'off' } },
  {
    // One way for a view to get its texts: it takes `lang` and calls getT(lang) itself.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='t']", message: 'Hand a view `lang`; it calls getT(lang) itself.' },
      ],
    },
  },
  ...layers,
);

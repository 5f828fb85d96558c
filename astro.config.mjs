// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import rehypeLangLinks from './src/lib/markdown/rehype-lang-links.mjs';

export default defineConfig({
  output: 'static',
  site: 'https://blijfingeschreven.be',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [preact()],
  markdown: { rehypePlugins: [rehypeLangLinks] },
  // Scripts must stay external files: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});

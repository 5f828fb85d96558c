// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import rehypeLangLinks from './src/lib/markdown/rehype-lang-links.mjs';

/**
 * Preact for rendering on the server only. Astro builds every renderer's client entry into
 * dist/_astro even when no component hydrates; the pages load no island, so the renderer is
 * added without one and no Preact bundle is built (tests/budgets/page-states.test.ts).
 * @param {import('astro').AstroIntegration} integration
 * @returns {import('astro').AstroIntegration}
 */
function serverOnly(integration) {
  const setup = integration.hooks['astro:config:setup'];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup?.({
          ...options,
          addRenderer: ({ name, serverEntrypoint }) => options.addRenderer({ name, serverEntrypoint }),
        }),
    },
  };
}

export default defineConfig({
  output: 'static',
  site: 'https://blijfingeschreven.be',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [serverOnly(preact())],
  markdown: { rehypePlugins: [rehypeLangLinks] },
  // Scripts must stay external files: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});

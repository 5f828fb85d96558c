import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Test files run in parallel: each starts its own host, database and blobs on free ports.
    // The host imports the built functions exactly as a deploy runs them: Node loads them, not Vite.
    server: { deps: { external: [/\/\.netlify\/functions-built\//] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // One test file at a time: each file starts its own local platform, and @netlify/dev builds
    // functions into one shared .netlify/functions-serve folder, so two platforms building the
    // same function at once can break each other's build (seen as a rare 500).
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
  },
});

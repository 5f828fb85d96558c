import { defineConfig } from 'vitest/config';
import SlowFilesFirst from './tests/support/slow-files-first';

export default defineConfig({
  test: {
    // Tests of one module sit beside it in src/; tests of the whole site in tests/.
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Test files run side by side: each starts its own host, database and blobs on free ports.
    // Most of a browser test file's time is spent waiting on Chromium, so two per core keep a
    // 2-core machine busy (measured: the static pa11y file alone used 43% of one core).
    maxWorkers: 4,
    sequence: { sequencer: SlowFilesFirst },
    // The host imports the built functions exactly as a deploy runs them: Node loads them, not Vite.
    server: { deps: { external: [/\/\.netlify\/functions-built\//] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
  },
});

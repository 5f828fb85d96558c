import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** The folder under tests/ that a test file belongs to (unit, functions, e2e, a11y, budgets), or src. */
function groupOf(file: string): string {
  if (!file.startsWith(`tests${path.sep}`)) return 'src';
  return path.relative('tests', file).split(path.sep)[0] ?? 'other';
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Prints the time per group of test files and the slowest files (tests and hooks, so the next
 * slow file is seen), then the plain closing line that CI reads: "N passed, N failed, N skipped".
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const groups = new Map<string, { files: number; ms: number }>();
    const files: { name: string; ms: number }[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      const ms = module.diagnostic().duration;
      const group = groupOf(path.relative(process.cwd(), module.moduleId));
      const entry = groups.get(group) ?? { files: 0, ms: 0 };
      groups.set(group, { files: entry.files + 1, ms: entry.ms + ms });
      files.push({ name: path.relative(process.cwd(), module.moduleId), ms });
    }
    console.log('\nTime per group of test files (tests and hooks; files run side by side):');
    for (const [group, { files: n, ms }] of [...groups].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`  ${group.padEnd(10)} ${String(n).padStart(3)} files  ${seconds(ms).padStart(8)}`);
    }
    console.log('Slowest files:');
    for (const file of files.sort((a, b) => b.ms - a.ms).slice(0, 5)) {
      console.log(`  ${seconds(file.ms).padStart(8)}  ${file.name}`);
    }
    console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}

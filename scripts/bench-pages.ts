// `npm run bench:pages`: weight and first contentful paint of every page on an emulated slow 3G
// phone. Prints a table and writes bench-results/pages.json. A benchmark, not a test.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { distFile, staticPages } from '../tests/support/pages';
import { startHost } from './host/host';
import { listen } from './host/http-server';

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 }; // 400 kbit/s
const CPU_SLOWDOWN = 4;
const only = process.env['BENCH_PAGES']; // e.g. BENCH_PAGES=/nl/ to measure a subset

const platform = await startHost({ database: 'memory' });
const { server, url } = await listen(platform, 0);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

interface Row {
  page: string;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  requests: number;
  jsBytes: number;
  fcpMs: number;
}

const rows: Row[] = [];
for (const path of staticPages().filter((p) => !only || p.startsWith(only))) {
  const html = readFileSync(distFile(path));
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let requests = 0;
  let jsBytes = 0;
  page.on('request', () => (requests += 1));
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script')
      jsBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${url}${path}`, { waitUntil: 'load' });
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  rows.push({
    page: path,
    rawBytes: html.length,
    gzipBytes: gzipSync(html, { level: 6 }).length,
    brotliBytes: brotliCompressSync(html).length,
    requests,
    jsBytes,
    fcpMs: Math.round(fcp),
  });
  await context.close();
}

await browser.close();
server.closeAllConnections();
server.close();
await platform.stop();

console.table(rows);
const fcps = rows.map((r) => r.fcpMs).sort((a, b) => a - b);
const summary = {
  pages: rows.length,
  maxGzipBytes: Math.max(...rows.map((r) => r.gzipBytes)),
  maxJsBytes: Math.max(...rows.map((r) => r.jsBytes)),
  maxRequests: Math.max(...rows.map((r) => r.requests)),
  fcpMedianMs: fcps[Math.floor(fcps.length / 2)],
  fcpMaxMs: fcps[fcps.length - 1],
  conditions: { ...SLOW_3G, cpuSlowdown: CPU_SLOWDOWN },
};
console.log(summary);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/pages.json', `${JSON.stringify({ summary, rows }, null, 2)}\n`);
console.log('wrote bench-results/pages.json');

// `npm run bench:upload`: a document sent from the real page in Chromium over an emulated weak
// connection (400 kbit/s up and down, 300 ms latency), with and without two dropped connections
// (offline for 3 s, twice, during the upload), and the plain form without JavaScript as the
// baseline. Per scenario: the file's size, what went over the wire in upload bodies, how much of
// that was sent again after a drop, and the time from "Send" to the list that shows the file.
// BENCH_RUNS (3) runs each (BENCH_SCENARIO: only those whose name contains it); the medians are
// printed and written to bench-results/upload.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { CITIZEN } from '../dev/seed/candidates';
import { launchBrowser, openPage } from '../tests/support/browser';
import { logInBrowser } from '../tests/support/login';
import { phonePhoto, scannedPdf } from '../tests/support/sample-files';
import { startHostChild } from './bench/host-child';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
/** 400 kbit/s, as bench:pages' slow 3G. */
const BYTES_PER_SECOND = 50_000;
const DROP_SECONDS = 3;

interface Scenario {
  name: string;
  citizen: string;
  javaScript: boolean;
  drops: number;
  file: () => Promise<{ name: string; mimeType: string; buffer: Buffer }>;
}

const photo = async () => ({ name: 'IMG_2041.JPG', mimeType: 'image/jpeg', buffer: await phonePhoto() });
const scan = async () => ({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await scannedPdf() });

const SCENARIOS: Scenario[] = [
  {
    name: 'photo, JavaScript on, no drop',
    citizen: CITIZEN.sarah.nationalNumber,
    javaScript: true,
    drops: 0,
    file: photo,
  },
  {
    name: 'photo, JavaScript on, two drops',
    citizen: CITIZEN.luc.nationalNumber,
    javaScript: true,
    drops: 2,
    file: photo,
  },
  {
    name: 'scanned PDF, JavaScript on, two drops',
    citizen: CITIZEN.pieter.nationalNumber,
    javaScript: true,
    drops: 2,
    file: scan,
  },
  {
    name: 'scanned PDF, plain form, no drop',
    citizen: CITIZEN.ion.nationalNumber,
    javaScript: false,
    drops: 0,
    file: scan,
  },
];

interface Run {
  fileBytes: number;
  /** Bytes of every upload body that left the browser (PATCH parts, or the form's body). */
  sentBytes: number;
  /** Sent again after a drop: sent minus the bytes of the file as uploaded (after scaling). */
  resentBytes: number;
  seconds: number;
}

/** Resolves when `ready()` holds, checking every 100 ms. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Goes offline for DROP_SECONDS, `drops` times, spread over the expected time of the upload,
 * each time while a part is on its way (never while the finished page loads), through the same
 * DevTools session that throttles, so that part fails as on a real drop.
 */
async function dropConnections(
  cdp: CDPSession,
  drops: number,
  expectedSeconds: number,
  sending: () => boolean,
  finished: () => boolean,
  throttle: () => Promise<void>,
) {
  for (let n = 1; n <= drops; n++) {
    await new Promise((resolve) => setTimeout(resolve, ((expectedSeconds * 1000) / (drops + 1)) * (n === 1 ? 1 : 0.8)));
    await until(() => sending() || finished());
    if (finished()) return;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: 0,
      uploadThroughput: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, DROP_SECONDS * 1000));
    await throttle();
  }
}

async function runOnce(
  url: string,
  scenario: Scenario,
  browser: Awaited<ReturnType<typeof launchBrowser>>,
): Promise<Run> {
  const page = await openPage(browser, {
    javaScriptEnabled: scenario.javaScript,
    viewport: { width: 320, height: 640 },
  });
  await logInBrowser(page, url, scenario.citizen, 'nl', '/nl/dossier/documents/');
  const cdp = await page.context().newCDPSession(page);
  // Back from offline, Chromium keeps no throttling unless it is lifted first and set again.
  const throttle = () =>
    cdp
      .send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      })
      .then(() =>
        cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 300,
          downloadThroughput: BYTES_PER_SECOND,
          uploadThroughput: BYTES_PER_SECOND,
        }),
      )
      .then(() => undefined);
  await throttle();
  let sentBytes = 0;
  let uploadLength = 0;
  // Content-Length as Chromium sent it: a script's Blob body is not readable from the request.
  const counted: Promise<void>[] = [];
  let partsOnTheirWay = 0;
  const ended = (request: { method(): string }) => {
    if (request.method() === 'PATCH') partsOnTheirWay -= 1;
  };
  page.on('requestfinished', ended).on('requestfailed', ended);
  page.on('request', (request) => {
    if (request.method() === 'PATCH') partsOnTheirWay += 1;
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && path === '/api/uploads')
      uploadLength = Number(request.headers()['upload-length']);
    if (request.method() !== 'PATCH' && !(request.method() === 'POST' && path === '/api/documents')) return;
    // A part cut off before it left has no headers from the network: count what it was to carry.
    const offset = Number(request.headers()['upload-offset'] ?? 0);
    // The plain form's body is readable from the request; a script's Blob body is not.
    const planned =
      request.method() === 'PATCH'
        ? Math.min(1024 * 1024, uploadLength - offset)
        : (request.postDataBuffer()?.byteLength ?? 0);
    const cutOff = new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve({}), 3000));
    counted.push(
      Promise.race([request.allHeaders(), cutOff]).then((headers) => {
        sentBytes += Number(headers['content-length'] ?? planned);
      }),
    );
  });
  const file = await scenario.file();
  await page.check('input[name="kind"][value="other"]');
  await page.setInputFiles('#file', file);
  const started = performance.now();
  let arrived = false;
  // Watched by its address: Playwright's navigation wait gives up on a form post this slow.
  const done = until(() => page.url() === `${url}/nl/dossier/documents/?sent=1`).then(() => (arrived = true));
  // A slow form post is a navigation of minutes: do not wait for it here.
  await page.click('form[action="/api/documents"] button[type="submit"]', { noWaitAfter: true });
  const expectedSeconds = Math.min(file.buffer.byteLength, 1_200_000) / BYTES_PER_SECOND;
  await Promise.all([
    done,
    scenario.drops > 0
      ? dropConnections(
          cdp,
          scenario.drops,
          expectedSeconds,
          () => partsOnTheirWay > 0,
          () => arrived,
          throttle,
        )
      : null,
  ]);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(counted);
  await page.context().close();
  const unique = scenario.javaScript ? uploadLength : sentBytes;
  return { fileBytes: file.buffer.byteLength, sentBytes, resentBytes: Math.max(0, sentBytes - unique), seconds };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const host = await startHostChild();
const browser = await launchBrowser();
const rows = [];
try {
  for (const scenario of SCENARIOS.filter((s) => s.name.includes(process.env['BENCH_SCENARIO'] ?? ''))) {
    const runs: Run[] = [];
    for (let n = 0; n < RUNS; n++) runs.push(await runOnce(host.url, scenario, browser));
    const row = {
      scenario: scenario.name,
      runs: RUNS,
      fileKB: Math.round(median(runs.map((r) => r.fileBytes)) / 1000),
      // null: Chromium showed neither the length nor the body of what went out (a navigation's file post).
      sentKB: runs.some((r) => r.sentBytes > 0) ? Math.round(median(runs.map((r) => r.sentBytes)) / 1000) : null,
      sentOfFile: Number((median(runs.map((r) => r.sentBytes / r.fileBytes)) * 100).toFixed(1)),
      resentKB: Math.round(median(runs.map((r) => r.resentBytes)) / 1000),
      seconds: Number(median(runs.map((r) => r.seconds)).toFixed(1)),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  await browser.close();
  await host.stop();
}
console.table(rows);
console.log(
  `sentOfFile: bytes sent as a percentage of the file chosen; medians of ${RUNS} runs at 400 kbit/s.`,
  'A part cut off by a drop counts whole (an upper bound of what was sent again).',
  "After an emulated drop Chromium's throttling no longer holds every request to 400 kbit/s,",
  'so the seconds of the drop scenarios are a lower bound; those without drops are the real time.',
);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/upload.json', `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags that keep Chromium off the network and working as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function found(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return USUAL_PATHS.find((p) => existsSync(p));
}

/**
 * The system Chrome or Chromium. As root on Debian it installs Debian's chromium once;
 * elsewhere it stops with one line that says how to install it. Never downloads a browser.
 */
export function findChromium(): string {
  const path = found();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('Chromium not found: installing Debian package chromium');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    const installed = found();
    if (installed) return installed;
  }
  throw new Error(
    'No Chrome or Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH.',
  );
}

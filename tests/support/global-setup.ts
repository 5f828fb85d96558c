import { findChromium } from './chromium';

// Runs once before all test files: find (or, as root on Debian, install) Chromium.
export default function setup() {
  process.env['CHROME_PATH'] = findChromium();
}

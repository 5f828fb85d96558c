// pa11y pulls in puppeteer; we test with Debian's Chromium, so never download a browser.
module.exports = { skipDownload: true };

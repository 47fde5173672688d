// Debian's Chromium, as the browser tests and the pane benchmark launch it. Never a downloaded
// browser; the networking flags keep it from calling outside hosts (the machine refuses them).
const fs = require('fs');
const { spawnSync } = require('child_process');

const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Installs Debian's chromium when running as root; otherwise stops with one line saying what to install. */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log('Installing Debian package chromium…');
    const r = spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
    if (r.status === 0 && fs.existsSync(CHROMIUM_PATH)) return;
  }
  console.error('Browser tests need Chromium at /usr/bin/chromium: install the Debian package "chromium" (apt-get install chromium).');
  process.exit(1);
}

module.exports = { CHROMIUM_PATH, CHROMIUM_ARGS, ensureChromium };

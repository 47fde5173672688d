#!/usr/bin/env node
'use strict';
// Thin launcher: the command line is one bundled file in dist/ (built by `npm ci` through the
// prepare script: tools/build-cli.js).
const path = require('path');
const fs = require('fs');
const { enableCompileCache } = require('module');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('verzuimsignaal: de opdrachtregel is nog niet gebouwd; voer eerst `npm ci` of `npm run build:cli` uit.\n');
  process.exit(2);
}
const run = (cli, done) => cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  done();
});
if (typeof enableCompileCache === 'function') {
  // From Node 22.1 on, Node keeps the bundle's compiled code between runs itself (in the temp
  // folder); it reports a cache it cannot use instead of throwing, and NODE_DISABLE_COMPILE_CACHE=1
  // turns it off.
  enableCompileCache();
  run(require(entry), () => {});
} else {
  // Node 20: the same, by V8's code cache (bin/loadBundle.js).
  const bundle = require('./loadBundle').loadBundle(entry, process.argv[2] ?? '');
  run(bundle.exports, bundle.save);
}

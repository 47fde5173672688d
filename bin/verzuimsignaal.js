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
  if (done()) exitWhenWritten(code);
});

/**
 * Ends the process once stdout and stderr have taken everything written to them. Left to end by
 * itself, Node first waits for V8's queued background work: the optimising compiler is then still
 * busy with functions that got hot near the end (an idle 17-48 ms at the end of a 0.5 s `analyze`
 * on a 20,000-row register, compiling code that never runs again).
 */
function exitWhenWritten(code) {
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
if (typeof enableCompileCache === 'function') {
  // From Node 22.1 on, Node keeps the bundle's compiled code between runs itself (in the temp
  // folder); it reports a cache it cannot use instead of throwing, and NODE_DISABLE_COMPILE_CACHE=1
  // turns it off.
  enableCompileCache();
  // Node writes its compile cache as the process ends by itself; from 22.10 on it can be told to
  // write it first, and only then may the process end early.
  const { flushCompileCache } = require('module');
  run(require(entry), () => {
    if (typeof flushCompileCache !== 'function') return false;
    flushCompileCache();
    return true;
  });
} else {
  // Node 20: the same, by V8's code cache (bin/loadBundle.js).
  const bundle = require('./loadBundle').loadBundle(entry, process.argv[2] ?? '');
  run(bundle.exports, () => {
    bundle.save();
    return true;
  });
}

#!/usr/bin/env node
'use strict';
// `npm run build:cli` (and `npm ci`, through the prepare script): bundles the command line into one
// file, dist/cli/main.js, that bin/verzuimsignaal.js loads. One file instead of ~200 compiled modules
// is most of the start-up of `verzuimsignaal analyze` (issue 13, point 6): Node resolves, reads and
// compiles each module on its own, and zod's package entry alone pulls in ~95 of them (all its
// locales); bundled, zod is tree-shaken to what the settings schema uses.
const path = require('path');
const fs = require('fs');
const esbuild = require('esbuild');
const pkg = require('../package.json');

const root = path.resolve(__dirname, '..');

/**
 * Packages bundled into main.js: what every command loads as it starts (commander, zod, the .xlsx
 * unzipper). The other dependencies stay require() calls in the
 * bundle, run when first needed: exceljs, docx, jszip, papaparse, react-dom and the chart packages
 * only by report and evaluate (whose modules esbuild wraps so they run at their `import()`), and
 * iconv-lite reads its large code tables itself only for the encoding asked.
 */
const BUNDLED = ['commander', 'zod', 'yauzl'];

/**
 * The core's SHA-256 (a JavaScript hash, for the pane) is Node's own in the bundle: the same
 * digest (test/cli/nodeSha256Hex.test.ts), without warming up a JavaScript hash in every process.
 */
const nodeHash = {
  name: 'node-sha256',
  setup(build) {
    build.onResolve({ filter: /(^|\/)hash\/sha256Hex$/ }, () => ({ path: path.join(root, 'src/cli/nodeSha256Hex.ts') }));
  },
};

/**
 * commander loads node:child_process as it starts (with net, dgram and their streams, some 7 ms of
 * every run), for one use: running a subcommand as a separate program, which this command line has
 * none of. In the bundle it gets child_process on its first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "'use strict';\nmodule.exports = { get spawn() { return require('node:child_process').spawn; } };\n",
      loader: 'js',
    }));
  },
};

/**
 * Writes the bundle. `outfile` must sit two folders below the package root (as dist/cli/main.js
 * does): `--version` reads ../../package.json from it, and the external packages resolve from
 * the node_modules above it.
 * @param {{ outfile?: string }} [options]
 * @returns {Promise<string>} the file written
 */
async function buildCli(options = {}) {
  const outfile = options.outfile ?? path.join(root, 'dist/cli/main.js');
  // What an older build (tsc, one .js per module) left in the folder would never be loaded again.
  fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.cli.json'),
    external: Object.keys(pkg.dependencies).filter((d) => !BUNDLED.includes(d)),
    plugins: [nodeHash, lazyChildProcess],
    // Not minified: a stack trace a school sends along stays readable.
    logLevel: 'warning',
  });
  return outfile;
}

module.exports = { buildCli, BUNDLED };

if (require.main === module) {
  buildCli().catch((e) => {
    // esbuild has printed its own messages (file, line) already.
    process.stderr.write(`build:cli failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    process.exit(1);
  });
}

#!/usr/bin/env node
// `npm run demo`: builds the web bundle when dist/web is missing or older than its sources, then
// serves dist/web on http://127.0.0.1:3000 (PORT changes it) with Node's http module only.
const fs = require('fs');
const path = require('path');
const http = require('http');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const webDir = path.join(root, 'dist/web');
const SOURCES = ['src', 'tools/generate', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.webpack.json', 'package-lock.json'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, name)));
  return max;
}

/** True when dist/web has no build, or a source is newer than the build. */
function isStale() {
  const built = path.join(webDir, 'index.html');
  if (!fs.existsSync(built) || !fs.existsSync(path.join(webDir, 'analysis-worker.js'))) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > builtAt);
}

function buildIfNeeded(log = console.log) {
  if (!isStale()) return;
  log('Building the web bundle (dist/web)…');
  const webpack = path.join(root, 'node_modules/webpack-cli/bin/cli.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--stats', 'errors-warnings'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('webpack build failed');
}

/** Serves a built web folder (default dist/web) on 127.0.0.1; resolves with the server and its URL. Port 0 picks a free one. */
function serve(port, dir = webDir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.normalize(path.join(dir, rel));
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        // The demo loads nothing from elsewhere; the browser is told so too.
        'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self'",
      });
      res.end(data);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      resolve({ server, url: `http://127.0.0.1:${addr.port}/` });
    });
  });
}

module.exports = { buildIfNeeded, serve, isStale, newestMtime, TYPES };

if (require.main === module) {
  (async () => {
    buildIfNeeded();
    const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);
    const { url } = await serve(port);
    console.log(`Verzuimsignaal demo: ${url}`);
  })().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}

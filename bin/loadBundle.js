'use strict';
// Loads the bundled command line with V8's code cache on Node versions without
// module.enableCompileCache (Node 20 and 21). A start then skips parsing and compiling the
// functions the previous run used: about 50 ms of the ~0.5 s of `verzuimsignaal analyze` on a
// 20,000-row register (issue 13, point 6).
//
// Why not the v8-compile-cache package: it asks V8 for the cache when a module is compiled, before
// it runs, and V8 then holds only the top-level code; in one bundled file nearly every function is
// compiled lazily, on its first call. Here the cache is taken after the command has run
// (vm.Script#createCachedData), so it holds what the command needed.
//
// The cache is code, never data from a register. It lives in a folder of the user's own (mode
// 0700, in the temp folder, as Node 22 keeps its compile cache); a folder another user could write
// to is not used, since cached code runs as the user's. A cache V8 does not accept (another Node,
// another build) is replaced; VERZUIMSIGNAAL_NO_CODE_CACHE=1 or NODE_DISABLE_COMPILE_CACHE=1
// turn it off.
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const Module = require('module');

/** The user's own cache folder, or undefined when it cannot be made safe. */
function cacheFolder() {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = path.join(os.tmpdir(), uid === undefined ? 'verzuimsignaal-cache' : `verzuimsignaal-cache-${uid}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return undefined;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Runs the CommonJS file `entry` as require() would, and returns its exports with `status`
 * ('accepted', 'rejected', 'none' or 'off') and `save()`, which stores the cache when it was
 * missing or rejected; call it once the command has done its work. Each `command` has a cache of
 * its own: one made by `--help` would hold almost nothing that `analyze` needs.
 * @param {string} entry
 * @param {string} command
 * @returns {{ exports: any, status: 'accepted' | 'rejected' | 'none' | 'off', save: () => void }}
 */
function loadBundle(entry, command) {
  const off = process.env.VERZUIMSIGNAAL_NO_CODE_CACHE === '1' || process.env.NODE_DISABLE_COMPILE_CACHE === '1';
  const dir = off ? undefined : cacheFolder();
  const source = fs.readFileSync(entry, 'utf8');
  let file;
  let cachedData;
  if (dir !== undefined) {
    const st = fs.statSync(entry);
    // The build is named by its size and time: a rebuilt bundle gets a cache of its own.
    const name = /^[a-z]{1,20}$/.test(command) ? command : 'other';
    file = path.join(dir, `${name}-${process.version}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}.v8`);
    try {
      cachedData = fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: entry, cachedData });
  const mod = new Module(entry, module);
  mod.filename = entry;
  script.runInThisContext()(mod.exports, Module.createRequire(entry), mod, entry, path.dirname(entry));
  mod.loaded = true;
  const status = dir === undefined ? 'off' : cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const save = () => {
    if (file === undefined || status === 'accepted') return;
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(tmp, file);
      // The caches of earlier builds (or Node versions) of this command are of no more use.
      const mine = path.basename(file);
      const prefix = `${mine.slice(0, mine.indexOf('-'))}-`;
      for (const old of fs.readdirSync(path.dirname(file))) {
        if (old !== mine && old.startsWith(prefix) && old.endsWith('.v8')) fs.rmSync(path.join(path.dirname(file), old), { force: true });
      }
    } catch {
      // A full disk or a read-only temp folder only costs the next start its speed.
      fs.rmSync(tmp, { force: true });
    }
  };
  return { exports: mod.exports, status, save };
}

module.exports = { loadBundle };

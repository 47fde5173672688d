#!/usr/bin/env node
// The add-in's manifests for where they are served. manifest.xml and manifest.json in the repo name
// https://localhost:3000 (npm start, sideloading); a release build gets the URLs of the server it
// will be hosted on at build time (ADDIN_BASE_URL) and is refused when any address is still local.
// The test pane (npm run test:excel) gets its own manifest: another Id and name, its own page.
// Rewritten with office-addin-manifest's modifyManifestFile where it does the job (Id, name) and
// read back with its readManifestFile; addresses are swapped here, as the package has no call for it.
//
//   node tools/manifest.js release <baseUrl> <outDir>   writes manifest.xml and manifest.json
//   node tools/manifest.js validate-json <file>         a unified manifest against its schema, offline
//   node tools/manifest.js harness <origin>             prints the test pane's manifest
const fs = require('fs');
const os = require('os');
const path = require('path');

const DEV_ORIGIN = 'https://localhost:3000';
/** The test pane's own add-in Id, so it can be sideloaded beside the add-in itself. */
const HARNESS_ID = '7c2b9e41-5d8a-4f36-b0e2-9a4c1d7e3f58';
const HARNESS_NAME = 'Verzuimsignaal testvenster';

/** Hosts that only mean something on the machine that builds: never in a release manifest. */
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/i;

/** The base URL a release is served from: https, not local, ending in "/". */
function releaseBase(baseUrl) {
  if (!baseUrl) {
    throw new Error('A release build needs ADDIN_BASE_URL, the https address the add-in is served from (e.g. https://verzuim.school.nl/addin/).');
  }
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${baseUrl}" is not a URL.`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins over https only): ${baseUrl}`);
  if (LOCAL_HOST.test(url.hostname)) throw new Error(`ADDIN_BASE_URL names this machine (${url.hostname}); a release must name the server it is hosted on.`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL has no query or fragment: ${baseUrl}`);
  return { base: url.origin + (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`), origin: url.origin };
}

/** Every address in a manifest's text that is not on `origin` (comments and namespaces aside). */
function foreignUrls(text, origin) {
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const urls = body.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
  return urls.filter((u) => !/^https?:\/\/(schemas\.microsoft\.com|www\.w3\.org|developer\.microsoft\.com)\//.test(u) && !u.startsWith(origin));
}

/** The text with every https://localhost:3000 address moved under `base` (AppDomains: `origin`). */
function rebase(text, base, origin) {
  return text
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/"https:\/\/localhost:3000"/g, `"${origin}"`)
    .replace(/https:\/\/localhost:3000\//g, base);
}

/** office-addin-manifest works on files: runs `fn` on a temporary copy of the XML and returns its text. */
async function withManifestFile(xml, fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verzuimsignaal-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  try {
    fs.writeFileSync(file, xml);
    const { OfficeAddinManifest } = require('office-addin-manifest');
    const info = await fn(OfficeAddinManifest, file);
    return { xml: fs.readFileSync(file, 'utf8'), info };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The XML manifest for a release served from baseUrl, checked by reading it back. */
async function releaseXml(xml, baseUrl) {
  const { base, origin } = releaseBase(baseUrl);
  // The comments speak of the development origin; a release manifest names no other.
  const out = rebase(xml.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\r?\n?/g, ''), base, origin);
  const { info } = await withManifestFile(out, (m, file) => m.readManifestFile(file));
  const named = [info.iconUrl, info.highResolutionIconUrl, info.supportUrl, info.defaultSettings && info.defaultSettings.sourceLocation, ...(info.appDomains ?? [])];
  const stray = [...foreignUrls(out, origin), ...named.filter((u) => !u || !u.startsWith(origin))];
  if (stray.length > 0 || /localhost/i.test(out)) throw new Error(`The release manifest still names other addresses: ${stray.join(', ') || 'localhost'}`);
  return out;
}

/** The unified JSON manifest for a release served from baseUrl. */
function releaseJson(json, baseUrl) {
  const { base, origin } = releaseBase(baseUrl);
  const out = rebase(json, base, origin);
  const doc = JSON.parse(out);
  doc.validDomains = [new URL(origin).host];
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const stray = foreignUrls(text, origin).filter((u) => !u.startsWith('https://developer.microsoft.com/'));
  if (stray.length > 0 || /localhost/i.test(text)) throw new Error(`The release JSON manifest still names other addresses: ${stray.join(', ') || 'localhost'}`);
  return text;
}

/** The test pane's manifest: served from `origin` (https://localhost:3001), its own Id and name. */
async function harnessManifest(xml, origin) {
  const moved = xml
    .replace(/https:\/\/localhost:3000\/(taskpane|help)\.html/g, `${origin}/harness.html`)
    .replace(/https:\/\/localhost:3000/g, origin);
  const { xml: out } = await withManifestFile(moved, (m, file) => m.modifyManifestFile(file, HARNESS_ID, HARNESS_NAME));
  return out;
}

/** The unified manifest's schema, as @microsoft/app-manifest ships it (read here, never fetched). */
function jsonSchemaPath(doc) {
  const m = /\/teams\/(v[\d.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(doc.$schema ?? '');
  if (!m) throw new Error(`manifest.json names no known schema: ${doc.$schema}`);
  const dir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(dir, 'build/json-schemas/teams', m[1], 'MicrosoftTeams.schema.json');
}

/** Schema errors of a unified manifest (an empty list when it is valid), checked offline. */
async function validateJson(text) {
  const doc = JSON.parse(text);
  // The published schema has a "\a" in one pattern that no JavaScript regex accepts; the
  // package's own fetchSchema makes the same substitution.
  const schema = JSON.parse(fs.readFileSync(jsonSchemaPath(doc), 'utf8').replace(/\\a/g, '\\x07'));
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(doc, schema);
}

/** Writes the release manifests (XML and JSON) for baseUrl into outDir. */
async function writeRelease(root, baseUrl, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const xml = await releaseXml(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), baseUrl);
  const json = releaseJson(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'), baseUrl);
  fs.writeFileSync(path.join(outDir, 'manifest.xml'), xml);
  fs.writeFileSync(path.join(outDir, 'manifest.json'), json);
}

/**
 * A webpack plugin that emits the release manifests (manifest.xml, manifest.json) for baseUrl
 * beside the bundle; the build fails when baseUrl is missing or local.
 */
class ReleaseManifestPlugin {
  constructor(root, baseUrl) {
    this.root = root;
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('ReleaseManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'ReleaseManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const xml = await releaseXml(fs.readFileSync(path.join(this.root, 'manifest.xml'), 'utf8'), this.baseUrl);
        const json = releaseJson(fs.readFileSync(path.join(this.root, 'manifest.json'), 'utf8'), this.baseUrl);
        compilation.emitAsset('manifest.xml', new sources.RawSource(xml));
        compilation.emitAsset('manifest.json', new sources.RawSource(json));
      });
    });
  }
}

module.exports = {
  ReleaseManifestPlugin, DEV_ORIGIN, HARNESS_ID, releaseBase, releaseXml, releaseJson, harnessManifest, writeRelease, foreignUrls, validateJson };

if (require.main === module) {
  const [command, baseUrl, outDir] = process.argv.slice(2);
  if (command === 'validate-json' && baseUrl) {
    // Prints the schema errors as JSON (an empty list when valid); exit 1 when there are any.
    validateJson(fs.readFileSync(baseUrl, 'utf8')).then(
      (errors) => {
        console.log(JSON.stringify(errors));
        process.exit(errors.length === 0 ? 0 : 1);
      },
      (e) => {
        console.error(e instanceof Error ? e.message : e);
        process.exit(2);
      },
    );
    return;
  }
  if (command === 'harness' && baseUrl) {
    harnessManifest(fs.readFileSync(path.resolve(__dirname, '../manifest.xml'), 'utf8'), baseUrl).then((xml) => process.stdout.write(xml));
    return;
  }
  if (command !== 'release' || !outDir) {
    console.error('usage: node tools/manifest.js release <baseUrl> <outDir> | validate-json <file> | harness <origin>');
    process.exit(2);
  }
  writeRelease(path.resolve(__dirname, '..'), baseUrl, path.resolve(outDir)).then(
    () => console.log(`Release manifests for ${baseUrl} written to ${outDir}`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}

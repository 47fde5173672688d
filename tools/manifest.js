#!/usr/bin/env node
// The add-in's manifests for where they are served. manifest.xml and manifest.json in the repo name
// https://localhost:3000 (npm start, sideloading); a release build gets the URLs of the server it
// will be hosted on at build time (ADDIN_BASE_URL) and is refused when any address is still local.
// The test pane (npm run test:excel) gets its own manifest: another Id and name, its own page.
// Rewritten with office-addin-manifest's modifyManifestFile where it does the job (Id, name) and
// read back with its readManifestFile; addresses are swapped here, as the package has no call for it.
//
//   node tools/manifest.js release <baseUrl> <outDir>   writes manifest.xml and manifest.json
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
  const out = rebase(xml, base, origin);
  const { info } = await withManifestFile(out, (m, file) => m.readManifestFile(file));
  const named = [info.iconUrl, info.highResolutionIconUrl, info.supportUrl, info.defaultSettings && info.defaultSettings.sourceLocation, ...(info.appDomains ?? [])];
  const stray = [...foreignUrls(out, origin), ...named.filter((u) => !u || !u.startsWith(origin))];
  if (stray.length > 0) throw new Error(`The release manifest still names other addresses: ${stray.join(', ')}`);
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
  if (stray.length > 0) throw new Error(`The release JSON manifest still names other addresses: ${stray.join(', ')}`);
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

/** Writes the release manifests (XML and JSON) for baseUrl into outDir. */
async function writeRelease(root, baseUrl, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const xml = await releaseXml(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'), baseUrl);
  const json = releaseJson(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'), baseUrl);
  fs.writeFileSync(path.join(outDir, 'manifest.xml'), xml);
  fs.writeFileSync(path.join(outDir, 'manifest.json'), json);
}

module.exports = { DEV_ORIGIN, HARNESS_ID, releaseBase, releaseXml, releaseJson, harnessManifest, writeRelease, foreignUrls };

if (require.main === module) {
  const [command, baseUrl, outDir] = process.argv.slice(2);
  if (command !== 'release' || !outDir) {
    console.error('usage: node tools/manifest.js release <baseUrl> <outDir>');
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

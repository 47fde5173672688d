// https for localhost (npm start, npm run test:excel): certificates generated once with
// office-addin-dev-certs and never installed into the system's trust store (see README).
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Key, certificate and CA for https://localhost, generated on first use in ~/.office-addin-dev-certs. */
async function httpsOptions() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const ca = path.join(dir, 'ca.crt');
  const cert = path.join(dir, 'localhost.crt');
  const key = path.join(dir, 'localhost.key');
  if (!fs.existsSync(cert) || !fs.existsSync(key)) {
    const { generateCertificates } = require('office-addin-dev-certs/lib/generate');
    await generateCertificates(ca, cert, key, 30);
    console.log(`Certificates written to ${dir}. Trust ${ca} once by hand (see README, "Sideloading").`);
  }
  return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

module.exports = { httpsOptions };

// Renders assets/icon.svg to the PNG sizes the XML manifest names (16, 32, 64, 80 px), and the two
// icons of the unified JSON manifest (color-192.png from icon.svg; outline-32.png, white on
// transparent, from icon-outline.svg), once, with the system Chromium: node assets/render-icons.js.
// The PNGs are committed; this is not part of a build.
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

async function main() {
  const svg = fs.readFileSync(path.join(__dirname, 'icon.svg'), 'utf8');
  const outline = fs.readFileSync(path.join(__dirname, 'icon-outline.svg'), 'utf8');
  const renders = [
    ...[16, 32, 64, 80].map((size) => ({ svg, size, file: `icon-${size}.png` })),
    { svg, size: 192, file: 'color-192.png' },
    { svg: outline, size: 32, file: 'outline-32.png' },
  ];
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const { svg: source, size, file } of renders) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      await page.screenshot({ path: path.join(__dirname, file), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

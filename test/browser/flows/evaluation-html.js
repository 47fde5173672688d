/* global document */
// evaluatie.html as the command line writes it (`verzuimsignaal evaluate FILE --out DIR`), for a
// register written here with a filled "Verzuimsignalen" sheet: opened in Chromium, every request
// it makes is intercepted (none may leave the file), and its SVG charts must be drawn with visible
// bars. docs/screenshot-evaluatie-html.png only with UPDATE_SCREENSHOTS=1.
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

/** The command line from dist/cli, built first when it is missing or older than src/. */
function cli(root, args) {
  const { newestMtime } = require("../../../tools/demo-server.js");
  const entry = path.join(root, "dist/cli/main.js");
  if (!fs.existsSync(entry) || newestMtime(path.join(root, "src")) > fs.statSync(entry).mtimeMs) {
    console.log("    building the command line (npm run build:cli)…");
    const build = spawnSync(process.execPath, [path.join(root, "tools/build-cli.js")], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("tools/build-cli.js failed");
  }
  const r = spawnSync(process.execPath, [path.join(root, "bin/verzuimsignaal.js"), ...args], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`verzuimsignaal ${args.join(" ")}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Four pupils each miss every lesson (5 × 50 min) Monday to Thursday of a week in November 2025:
 * an early signal and a sixteen-hours melding each. The coordinator reported Sanne on time (route
 * Halt, back at school) and Mila late (a warning), did not report Noah (with a reason); Emma is open.
 */
const PUPILS = [
  { id: "10234", name: "Sanne de Vries", cls: "2B", monday: 3 },
  { id: "10301", name: "Mila Bakker", cls: "2B", monday: 10 },
  { id: "10455", name: "Noah Visser", cls: "3A", monday: 17 },
  { id: "10502", name: "Emma Smit", cls: "3A", monday: 24 },
];

async function writeRegister(file, entries) {
  const ExcelJS = require("exceljs");
  const wb = new ExcelJS.Workbook();
  const reg = wb.addWorksheet("Absenties");
  reg.addRow(["Leerlingnummer", "Naam", "Klas", "Datum", "Lesuur", "Code"]);
  for (const p of PUPILS)
    for (let d = 0; d < 4; d++)
      for (let lesson = 1; lesson <= 5; lesson++) reg.addRow([p.id, p.name, p.cls, `${String(p.monday + d).padStart(2, "0")}-11-2025`, lesson, "A"]);
  if (entries) {
    const sheet = wb.addWorksheet("Verzuimsignalen");
    sheet.addRow(["Signaal-id", "Status", "Reden / toelichting", "Gemeld op", "Route", "Resultaat"]);
    for (const e of entries) sheet.addRow([e.id, e.status, e.reason || null, e.reportedOn || null, e.route || null, e.result || null]);
  }
  await wb.xlsx.writeFile(file);
}

module.exports = {
  name: "evaluation-html",
  async run({ page, step, check, root, artifacts }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vs-evaluatie-html-"));
    const register = path.join(dir, "register.xlsx");
    const out = path.join(dir, "uit");
    let figures;
    try {
      await step("verzuimsignaal evaluate --out writes evaluatie.html for a register with a filled Verzuimsignalen sheet", async () => {
        await writeRegister(register);
        const flags = JSON.parse(cli(root, ["analyze", register, "--json"])).flags.filter((f) => f.category === "sixteen-hours");
        check(flags.length === 4, `four sixteen-hours flags: ${flags.length}`);
        const of = (id) => flags.find((f) => f.studentId === id);
        await writeRegister(register, [
          { id: of("10234").id, status: "Gemeld", reportedOn: "10-11-2025", route: "Halt", result: "Terug op school" },
          { id: of("10301").id, status: "Gemeld", reportedOn: "24-11-2025", route: "Waarschuwing", result: "Verzuim gestopt" },
          { id: of("10455").id, status: "Niet melden", reason: "Achteraf geoorloofd: verklaring van de huisarts." },
        ]);
        figures = JSON.parse(cli(root, ["evaluate", register, "--as-of", "2025-11-28", "--json", "--out", out]));
        const m = figures.meldingen;
        check(m.due === 4 && m.onTime === 1 && m.late === 1 && m.notReported === 1 && m.open === 1, `meldingen: ${JSON.stringify(m)}`);
        const html = fs.readFileSync(path.join(out, "evaluatie.html"), "utf8");
        check(!/<script|<link|<img|<iframe|@import|url\(/i.test(html), "evaluatie.html names no script, stylesheet, image or other resource");
      });

      await step("evaluatie.html opens in Chromium with no request leaving the file, and its charts are visible", async () => {
        // Served as a plain file, without the demo server's Content-Security-Policy: a reference to
        // anything else must show up as a request here, not be blocked unseen by the browser.
        const html = fs.readFileSync(path.join(out, "evaluatie.html"));
        const server = http.createServer((req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
        await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
        const requests = [];
        try {
          const pageUrl = `http://127.0.0.1:${server.address().port}/evaluatie.html`;
          await page.route("**/*", (route) => {
            requests.push(route.request().url());
            return route.request().url() === pageUrl ? route.continue() : route.abort();
          });
          await page.setViewportSize({ width: 800, height: 900 });
          await page.goto(pageUrl);
          await page.waitForLoadState("load");
          check(requests.length === 1 && requests[0] === pageUrl, `the page requested only itself: ${requests.join(", ")}`);
          const charts = await page.evaluate(() =>
            [...document.querySelectorAll("svg.vs-chart")].map((svg) => {
              const b = svg.getBoundingClientRect();
              const bars = [...svg.querySelectorAll("rect")].filter((r) => {
                const rb = r.getBoundingClientRect();
                return rb.width > 0 && rb.height > 0;
              });
              return { label: svg.getAttribute("aria-label"), width: b.width, height: b.height, bars: bars.length };
            }),
          );
          check(charts.length === 4, `four charts: ${charts.length}`);
          for (const c of charts) check(c.width > 300 && c.height > 20 && c.bars > 0, `chart drawn with bars: ${JSON.stringify(c)}`);
          check(charts[1].label.includes("Op tijd gemeld: 1, Te laat gemeld: 1, Niet gemeld: 1, Open: 1"), `meldingen chart: ${charts[1].label}`);
          check(charts[2].label.includes("Halt: 1") && charts[3].label.includes("Terug op school: 1"), `routes and results: ${charts[2].label} / ${charts[3].label}`);
          const due = await page.locator("tr", { hasText: "Te melden bij leerplicht" }).locator("td").nth(1).innerText();
          check(due === String(figures.meldingen.due), `the key figures table: ${due}`);
          await page.screenshot({ path: path.join(artifacts, "evaluatie-html.png"), fullPage: true });
          if (process.env.UPDATE_SCREENSHOTS === "1") {
            fs.copyFileSync(path.join(artifacts, "evaluatie-html.png"), path.join(root, "docs/screenshot-evaluatie-html.png"));
            console.log("    updated docs/screenshot-evaluatie-html.png (UPDATE_SCREENSHOTS=1)");
          }
        } finally {
          await page.unroute("**/*");
          server.close();
        }
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/* global window */
// The Evaluatie tab in the demo at Excel's narrowest pane (320 px): after the first analysis the
// demo's reporting sheet holds a year of follow-up (src/demo/demoFollowUp.ts); the tab's figures are
// checked against that sheet as the demo grid shows it, its charts must be drawn within the pane,
// and its button fills the Evaluatie sheet. docs/screenshot-evaluatie.png only with UPDATE_SCREENSHOTS=1.
const fs = require("fs");
const path = require("path");

const PANE = 320;

/** "dd-mm-jjjj" as the grid shows a date → "jjjj-mm-dd" (comparable), or "" when empty. */
function iso(text) {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : "";
}

/** Every row of the active sheet as cell texts, read through the virtualised grid page by page. */
async function sheetRows(page, grid) {
  const total = Number(await grid.getAttribute("aria-rowcount"));
  const rows = new Map();
  for (let top = 0; rows.size < total && top < total * 22 + 600; top += 400) {
    await grid.evaluate((el, y) => el.scrollTo(0, y), top);
    await page.waitForTimeout(30);
    const seen = await grid.evaluate((el) =>
      [...el.querySelectorAll("[data-row]")].map((r) => [
        Number(r.getAttribute("data-row")),
        [...r.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent || ""),
      ]),
    );
    for (const [n, cells] of seen) rows.set(n, cells);
  }
  await grid.evaluate((el) => el.scrollTo(0, 0));
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => cells);
}

/** The meldingen figures of output.md, counted from the sheet's own rows. */
function meldingenOf(rows) {
  const header = rows[0];
  const c = (h) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`no column ${h} in ${header.join(" | ")}`);
    return i;
  };
  const [reportTo, status, reportedOn, reportBy, lapsed] = ["Melden bij", "Status", "Gemeld op", "Melden vóór", "Vervallen"].map(c);
  const due = rows.slice(1).filter((r) => r[reportTo] === "Leerplicht" && r[lapsed] !== "ja");
  const m = { due: due.length, reported: 0, notReported: 0, open: 0, onTime: 0, late: 0 };
  for (const r of due) {
    const on = iso(r[reportedOn]);
    if (r[status] === "Gemeld" || r[status] === "Afgesloten" || on !== "") {
      m.reported += 1;
      if (on !== "" && on <= iso(r[reportBy])) m.onTime += 1;
      else if (on !== "") m.late += 1;
    } else if (r[status] === "Niet melden") m.notReported += 1;
    else m.open += 1;
  }
  return { m, header };
}

module.exports = {
  name: "evaluation",
  async run({ page, url, step, check, shot, pane, grid, root, artifacts }) {
    const summaryCounts = {};
    await step("the demo at 320 px: the first analysis brings the year's follow-up on Verzuimsignalen", async () => {
      await page.goto(`${url}?pane=${PANE}`);
      await pane.getByTestId("analyse").click();
      await pane.getByTestId("summary").waitFor({ timeout: 60000 });
      const summary = await pane.getByTestId("summary").innerText();
      for (const [key, label] of [
        ["sixteen-hours", "16 uur in 4 lesweken"],
        ["early-signal", "Vroegsignaal"],
        ["luxury", "Luxe verzuim"],
        ["long-term", "Langdurig verzuim"],
        ["lateness", "Te laat"],
        ["sick-concern", "Zorgwekkend ziekteverzuim"],
      ]) {
        const mm = summary.match(new RegExp(`${label}: (\\d+)`));
        check(mm, `summary has ${label}: ${summary}`);
        summaryCounts[key] = Number(mm[1]);
      }
    });

    let sheet;
    await step("the sheet Verzuimsignalen holds reported (on time and late), not reported, closed and open meldingen", async () => {
      await page.getByRole("tab", { name: "Verzuimsignalen" }).click();
      const rows = await sheetRows(page, grid);
      sheet = meldingenOf(rows);
      const { m } = sheet;
      check(rows.length === Number(await grid.getAttribute("aria-rowcount")), `read all ${rows.length} rows`);
      check(m.onTime > 0 && m.late > 0 && m.notReported > 0 && m.open > 0, `a mix of meldingen: ${JSON.stringify(m)}`);
      const status = sheet.header.indexOf("Status");
      check(rows.some((r) => r[status] === "Afgesloten"), "some meldingen are closed");
      // The pane shows the statuses the sheet holds.
      await pane.getByTestId("filter-status").selectOption("Gemeld");
      const shown = await pane.getByTestId("shown-count").innerText();
      const gemeld = rows.filter((r) => r[status] === "Gemeld").length;
      check(shown.startsWith(`${gemeld} van `), `the Signalen list shows the ${gemeld} Gemeld rows of the sheet: ${shown}`);
      await pane.getByTestId("filter-status").selectOption("");
    });

    await step("the Evaluatie tab (loaded when opened) shows the figures the sheet gives", async () => {
      await page.evaluate(() => {
        const w = window;
        w.__evalLongest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__evalLongest = Math.max(w.__evalLongest, e.duration);
        }).observe({ type: "longtask", buffered: false });
      });
      const scripts = () => page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /\.js$/.test(e.name)).map((e) => e.name));
      const before = await scripts();
      check(!before.some((s) => /evaluation\./.test(s)), `the evaluation chunk is not loaded up front: ${before.join(", ")}`);
      await pane.getByRole("tab", { name: "Evaluatie" }).click();
      await pane.getByTestId("eval-figures").waitFor({ timeout: 60000 });
      check((await scripts()).some((s) => /evaluation\.[0-9a-f]+\.chunk\.js$/.test(s)), "the evaluation chunk loads when the tab opens");
      check((await pane.getByTestId("eval-year").inputValue()) === "2025-2026", "the demo register's school year is chosen");
      const figure = async (id) => (await pane.getByTestId(`eval-${id}`).innerText()).trim();
      const { m } = sheet;
      for (const [id, value] of [
        ["due", m.due],
        ["reported", m.reported],
        ["on-time", m.onTime],
        ["late", m.late],
        ["not-reported", m.notReported],
        ["open", m.open],
      ])
        check((await figure(id)) === String(value), `${id}: pane ${await figure(id)}, sheet ${value}`);
      let total = 0;
      for (const [key, n] of Object.entries(summaryCounts)) {
        total += n;
        check((await figure(`cat-${key}`)) === String(n), `${key}: ${await figure(`cat-${key}`)} = summary ${n}`);
      }
      check((await figure("signals")) === String(total), `signals ${await figure("signals")} = ${total}`);
      check(/^\d+(,\d)?$/.test(await figure("median")), `a median: ${await figure("median")}`);
      check(Number(await figure("early")) > 0 && Number(await figure("early-later")) <= Number(await figure("early")), "early signals and later sixteen hours");
      check(Number(await figure("repeat")) > 0, "pupils with several meldingen");
      const reasons = await pane.getByTestId("eval-reasons").locator("li").count();
      check(reasons === m.notReported, `one reason per not reported melding: ${reasons}`);
      console.log(`    longest blocking task while the tab opened: ${Math.round(await page.evaluate(() => window.__evalLongest))} ms`);
    });

    await step("its charts are drawn as SVG with bars, within the 320 px pane", async () => {
      const panel = pane.getByRole("tabpanel");
      const box = await panel.boundingBox();
      const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
      check(overflow <= 0, `no horizontal overflow in the pane (${overflow} px)`);
      const hasRoute = sheet.header.includes("Route");
      for (const id of ["signalsByMonth", "meldingen", "routes", "results"]) {
        const svg = pane.getByTestId(`eval-chart-${id}`).locator("svg");
        const b = await svg.boundingBox();
        check(b && b.width > 100 && b.height > 10, `${id} chart has a size: ${JSON.stringify(b)}`);
        check(b.x >= box.x && b.x + b.width <= box.x + box.width, `${id} chart fits the pane: ${JSON.stringify(b)} in ${JSON.stringify(box)}`);
        const bars = await svg.locator("rect").evaluateAll((rs) => rs.filter((r) => r.getBBox().width > 0 && r.getBBox().height > 0).length);
        const needsBars = id === "signalsByMonth" || id === "meldingen" || hasRoute;
        check(!needsBars || bars > 0, `${id} chart has ${bars} bars`);
      }
      await pane.getByTestId("eval-chart-signalsByMonth").scrollIntoViewIfNeeded();
      await shot("evaluatie-charts");
      // For docs/: the key figures and the charts in one image, from a window tall enough to hold them.
      await page.setViewportSize({ width: 1400, height: 1900 });
      await panel.evaluate((el) => el.scrollTo(0, 0));
      await pane.screenshot({ path: path.join(artifacts, "evaluatie-pane.png") });
      await page.setViewportSize({ width: 1400, height: 900 });
    });

    await step("the button fills the Evaluatie sheet, shown in the demo grid", async () => {
      await pane.getByTestId("fill-evaluation-sheet").click();
      await pane.getByTestId("pane-notice").getByText(/Blad Evaluatie gevuld voor 2025-2026/).waitFor();
      const sheets = page.getByRole("tablist", { name: "Werkbladen" });
      await sheets.getByRole("tab", { name: "Evaluatie" }).waitFor();
      const active = await sheets.getByRole("tab", { selected: true }).innerText();
      check(active === "Evaluatie", `the grid shows the new sheet: ${active}`);
      const rows = await sheetRows(page, grid);
      check(rows[0][0] === "Evaluatie schoolverzuim 2025-2026", `title: ${rows[0][0]}`);
      const value = (label) => (rows.find((r) => r[0] === label) || [])[1];
      check(value("Te melden bij leerplicht") === String(sheet.m.due), `due in the sheet: ${value("Te melden bij leerplicht")}`);
      check(value("Op tijd gemeld") === String(sheet.m.onTime), `on time in the sheet: ${value("Op tijd gemeld")}`);
      check(value("Open") === String(sheet.m.open), `open in the sheet: ${value("Open")}`);
      await shot("evaluatie-sheet");
      if (process.env.UPDATE_SCREENSHOTS === "1") {
        fs.copyFileSync(path.join(artifacts, "evaluatie-pane.png"), path.join(root, "docs/screenshot-evaluatie.png"));
        console.log("    updated docs/screenshot-evaluatie.png (UPDATE_SCREENSHOTS=1)");
      }
    });
  },
};

// Holidays in a minute, in a 320 px pane: the school guide's list pasted as text in Instellingen,
// read into rows to confirm (each holiday widened to its weekends), confirmed, saved; the single
// days (a Studiedag, Goede Vrijdag) become days off. The pane must fit while it shows the rows.
const path = require("path");
const { overflowsIn } = require("./narrow");

/** As a school guide for 2026-2027 writes it: a sentence, a range, a table row copied with tabs. */
const GUIDE = [
  "Vakanties en vrije dagen 2026-2027",
  "Herfstvakantie: maandag 19 oktober t/m vrijdag 23 oktober 2026",
  "Kerstvakantie 21 december 2026 - 1 januari 2027",
  "Voorjaarsvakantie\t15 februari 2027\t19 februari 2027",
  "Studiedag: woensdag 10 maart 2027",
  "Goede Vrijdag 26 maart 2027",
  "Meivakantie: 24 april t/m 7 mei 2027",
].join("\n");

module.exports = {
  name: "holidays",
  async run({ page, url, step, check, pane, artifacts }) {
    await page.setViewportSize({ width: 1100, height: 1400 });
    const form = pane.getByRole("form", { name: "Instellingen" });
    const shotPane = (name) => pane.screenshot({ path: path.join(artifacts, `${name}.png`) });
    const openCalendar = async () => {
      await pane.getByRole("tab", { name: "Instellingen" }).click();
      const header = form.getByRole("button", { name: "Kalender" });
      if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    };
    /** The holiday rows of the form as [name, from, until] texts. */
    const holidayRows = () =>
      pane.getByTestId("holiday-row").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("input")].map((i) => i.value)));

    await step("Instellingen: the school guide's holiday text pasted in a 320 px pane", async () => {
      await page.goto(`${url}?pane=320`);
      await openCalendar();
      await pane.getByTestId("holiday-paste-open").click();
      await pane.getByTestId("holiday-paste-text").fill(GUIDE);
      const years = await pane.getByTestId("holiday-paste-year").locator("option").allInnerTexts();
      check(years.includes("2026-2027"), `school years offered: ${years.join(", ")}`);
      await pane.getByTestId("holiday-paste-year").selectOption("2026-2027");
      await pane.getByTestId("holiday-paste-read").click();
    });

    await step("the rows to confirm: each holiday widened to its weekends, single days as days off", async () => {
      const found = await pane.getByTestId("holiday-paste-found").innerText();
      check(found.startsWith("4 vakantie(s) en 2 vrije dag(en) gelezen"), found);
      const rows = await pane.getByTestId("holiday-paste-rows").locator("li").allInnerTexts();
      const expected = [
        "Herfstvakantie: 17-10-2026 t/m 25-10-2026 (regel 2)",
        "Kerstvakantie: 19-12-2026 t/m 03-01-2027 (regel 3)",
        "Voorjaarsvakantie: 13-02-2027 t/m 21-02-2027 (regel 4)",
        "Meivakantie: 24-04-2027 t/m 09-05-2027 (regel 7)",
        "Studiedag: 10-03-2027, vrije dag (regel 5)",
        "Goede Vrijdag: 26-03-2027, vrije dag (regel 6)",
      ];
      check(JSON.stringify(rows.map((r) => r.trim())) === JSON.stringify(expected), `rows to confirm:\n      ${rows.join("\n      ")}`);
      const checked = await pane.getByTestId("holiday-paste-rows").locator('input[type="checkbox"]').evaluateAll((xs) => xs.map((x) => x.checked));
      check(checked.length === 6 && checked.every(Boolean), `every row ticked: ${checked}`);
      await pane.getByTestId("holiday-paste").scrollIntoViewIfNeeded();
      await shotPane("holidays-01-pasted");
      const problems = await page.evaluate(overflowsIn, 120);
      for (const p of problems) console.log(`    ${p}`);
      check(problems.length === 0, `the paste panel fits 320 px: ${problems.slice(0, 5).join(" | ")}`);
    });

    await step("unticking one row leaves it out; confirming adds the rest to the form", async () => {
      const before = await holidayRows();
      // A row the administrator does not want (the date is still being discussed) is left out.
      await pane.getByTestId("holiday-paste-rows").getByRole("checkbox", { name: /^Meivakantie/ }).uncheck();
      await pane.getByTestId("holiday-paste-add").click();
      const added = await pane.getByTestId("holiday-paste-added").innerText();
      check(added.startsWith("5 rij(en) overgenomen"), added);
      const after = await holidayRows();
      for (const row of [
        ["Herfstvakantie", "17-10-2026", "25-10-2026"],
        ["Kerstvakantie", "19-12-2026", "03-01-2027"],
        ["Voorjaarsvakantie", "13-02-2027", "21-02-2027"],
      ])
        check(after.some((r) => JSON.stringify(r) === JSON.stringify(row)), `holiday row ${row.join(" ")} in the form`);
      check(!after.some((r) => r[0] === "Meivakantie" && r[1] === "24-04-2027"), "the unticked Meivakantie is not added");
      check(after.length === before.length + 3, `${before.length} + 3 holiday rows: ${after.length}`);
      const daysOff = await form.getByLabel(/^Studiedagen en andere vrije dagen/).inputValue();
      check(daysOff.split("\n").includes("10-03-2027") && daysOff.split("\n").includes("26-03-2027"), `days off: ${JSON.stringify(daysOff)}`);
    });

    await step("saved: after switching tabs the settings show the pasted holidays and days off", async () => {
      await pane.getByTestId("save-settings").click();
      await pane.getByTestId("pane-notice").getByText("Instellingen opgeslagen in de werkmap.").waitFor();
      // The form is built again from the saved settings when the tab opens again.
      await pane.getByRole("tab", { name: "Signalen" }).click();
      await openCalendar();
      const rows = await holidayRows();
      check(rows.some((r) => JSON.stringify(r) === JSON.stringify(["Kerstvakantie", "19-12-2026", "03-01-2027"])), `saved holidays: ${JSON.stringify(rows)}`);
      const daysOff = await form.getByLabel(/^Studiedagen en andere vrije dagen/).inputValue();
      check(daysOff.split("\n").includes("10-03-2027"), `the Studiedag is a saved day off: ${JSON.stringify(daysOff)}`);
      await form.getByLabel(/^Studiedagen en andere vrije dagen/).scrollIntoViewIfNeeded();
      await shotPane("holidays-02-saved");
      const problems = await page.evaluate(overflowsIn, 120);
      check(problems.length === 0, `the holiday list fits 320 px: ${problems.slice(0, 5).join(" | ")}`);
    });
  },
};

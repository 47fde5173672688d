// The MAS follow-up of a melding in the demo, in a 320 px pane (Excel's narrowest): the timeline
// in the flag's detail, a Route without "Gemeld op" refused, a valid follow-up saved to the sheet
// Verzuimsignalen, and the Signalen filter "wacht op terugkoppeling".

const path = require("path");
const { sheetRowOf: sheetRow } = require("../sheetRow");

/** The pane scrolls vertically only: nothing in it is wider than the pane. */
async function horizontalOverflow(pane) {
  return pane.evaluate((el) => {
    const wide = [];
    const right = el.getBoundingClientRect().right + 1;
    for (const node of el.querySelectorAll("*")) {
      const r = node.getBoundingClientRect();
      if (r.width > 0 && r.right > right) wide.push(`${node.tagName.toLowerCase()}.${String(node.className).slice(0, 40)} (${Math.round(r.right)})`);
    }
    return { scroll: el.scrollWidth - el.clientWidth, wide: wide.slice(0, 5) };
  });
}

module.exports = {
  name: "followup",
  async run({ page, url, step, check, shot, pane, grid, artifacts }) {
    const detail = pane.getByTestId("flag-detail");
    let flagId = "";
    let reportBy = "";

    await step("a melding's detail shows the MAS timeline at step 1 in a 320 px pane", async () => {
      await page.goto(`${url}${url.includes("?") ? "&" : "?"}pane=320`);
      await pane.getByTestId("analyse").click();
      await pane.getByTestId("summary").waitFor({ timeout: 60000 });
      await pane.getByTestId("filter-category").selectOption("sixteen-hours");
      // The demo's older meldingen carry a year of follow-up: take one still new.
      await pane.getByTestId("filter-status").selectOption("Nieuw");
      const item = pane.getByTestId("flag-list").locator("li[data-flag-id]").first();
      flagId = await item.getAttribute("data-flag-id");
      // "Melden vóór dd-mm-jjjj": on or after the flag's start, so a valid date for the follow-up.
      reportBy = (await item.getByTestId("flag-report-by").innerText()).match(/\d{2}-\d{2}-\d{4}/)[0];
      // Back to every status, so the melding stays in the list once it is Gemeld.
      await pane.getByTestId("filter-status").selectOption("");
      await pane.locator(`li[data-flag-id="${flagId}"]`).getByRole("button").first().click();
      await detail.getByTestId("follow-up").waitFor();
      const steps = detail.getByTestId("mas-timeline").locator("li");
      check((await steps.count()) === 10, "ten MAS steps");
      const current = detail.getByTestId("mas-timeline").locator('li[aria-current="step"]');
      check((await current.count()) === 1, "one current step");
      check((await current.getAttribute("data-step")) === "1", "step 1 current before the melding");
      const branch = await detail.getByTestId("mas-branch").innerText();
      check(branch.startsWith("Tak A"), `branch shown: ${branch}`);
      const width = await pane.evaluate((el) => el.getBoundingClientRect().width);
      check(Math.round(width) === 320, `pane is 320 px wide: ${width}`);
      await detail.getByTestId("follow-up").scrollIntoViewIfNeeded();
      const overflow = await horizontalOverflow(pane);
      check(overflow.scroll <= 0 && overflow.wide.length === 0, `no horizontal overflow: ${JSON.stringify(overflow)}`);
      await shot("followup-01-timeline");
      await pane.screenshot({ path: path.join(artifacts, "followup-01-pane.png") });
    });

    await step("the follow-up fields are keyboard-operable: Route chosen with the keyboard", async () => {
      const route = detail.getByTestId("fu-route");
      await route.focus();
      // "(leeg)" first, then Waarschuwing, Vrijwillige hulp, Halt: arrows move a closed list.
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
      const chosen = await route.inputValue();
      check(chosen.includes("Halt"), `Route chosen with the keyboard: ${chosen}`);
    });

    await step("a Route without Gemeld op is refused in the pane, the sheet unchanged", async () => {
      await detail.getByTestId("save-status").click();
      const alert = detail.getByTestId("save-refused");
      await alert.waitFor();
      const text = await alert.innerText();
      check(text.includes('vul eerst "Gemeld op" in'), `refusal: ${text}`);
      await alert.scrollIntoViewIfNeeded();
      await shot("followup-02-refused");
    });

    const sheetRowOf = (id) => sheetRow({ page, grid }, id);

    await step("a valid follow-up is saved to the sheet and the timeline moves to step 8", async () => {
      const before = await (await sheetRowOf(flagId)).innerText();
      check(!before.includes("Halt"), `sheet unchanged after the refusal: ${before}`);
      await detail.getByTestId("status").selectOption("Gemeld");
      await detail.getByTestId("reported-on").fill(reportBy);
      await detail.getByLabel("Contact leerplicht op").fill(reportBy);
      await detail.getByLabel("Route gekozen op").fill(reportBy);
      await detail.getByTestId("save-status").click();
      await pane.getByText("Opgeslagen in het blad Verzuimsignalen.").waitFor();
      const current = detail.getByTestId("mas-timeline").locator('li[aria-current="step"]');
      await detail.getByTestId("mas-timeline").locator('li[aria-current="step"][data-step="8"]').waitFor();
      check((await current.innerText()).includes("Uitvoeren van de route"), "step 8 is carrying out the route");
      const overflow = await horizontalOverflow(pane);
      check(overflow.scroll <= 0 && overflow.wide.length === 0, `no horizontal overflow: ${JSON.stringify(overflow)}`);
      await detail.getByTestId("mas-timeline").scrollIntoViewIfNeeded();
      await shot("followup-03-saved");
      const row = await sheetRowOf(flagId);
      const cells = await row.locator('[role="gridcell"]').allInnerTexts();
      for (const want of ["Gemeld", "Halt", "Ja", reportBy]) check(cells.includes(want), `sheet row has ${want}: ${cells.join(" | ")}`);
      // Melden vóór (the engine's), then Gemeld op, Contact leerplicht op and Route gekozen op (typed).
      check(cells.filter((c) => c === reportBy).length === 4, `Gemeld op, Contact leerplicht op and Route gekozen op are ${reportBy}: ${cells.join(" | ")}`);
      await row.scrollIntoViewIfNeeded();
      await grid.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollTop));
      await shot("followup-04-sheet");
    });

    await step("the Signalen filter 'wacht op terugkoppeling' counts and shows the melding", async () => {
      await pane.getByTestId("filter-category").selectOption("");
      const waiting = pane.getByTestId("filter-waiting");
      const label = await pane.getByText(/Wacht op terugkoppeling \(\d+\)/).innerText();
      const count = Number(label.match(/\((\d+)\)/)[1]);
      // Reported on the report-by date of the school year 2025-2026: long more than 6 weeks ago.
      check(count >= 1, `waiting counted: ${label}`);
      await waiting.click();
      const shown = await pane.getByTestId("shown-count").innerText();
      check(shown.startsWith(`${count} van`), `filter shows the ${count} waiting: ${shown}`);
      check((await pane.locator(`li[data-flag-id="${flagId}"]`).count()) === 1, "the saved melding is waiting");
      await shot("followup-05-waiting");
    });
  },
};

/* global document */
// The coordinator's flow without Excel: after an analysis, type a status and a reason into the
// sheet Verzuimsignalen in the demo's grid, analyse again, and the pane shows what was typed; the
// engine's cells stay read-only and the header row stays in view when the sheet scrolls.
module.exports = {
  name: "demogrid",
  async run({ page, url, step, check, shot, pane, grid }) {
    const REASON = "Moeder belt terug na het gesprek met de mentor";
    const cellAt = (row, col) => grid.locator(`[data-row="${row}"] [data-col="${col}"]`);
    let cols = {};
    let id = "";
    let name = "";

    await step("after an analysis the sheet Verzuimsignalen is in the grid", async () => {
      await page.goto(url);
      await pane.getByRole("tab", { name: "Signalen" }).waitFor();
      await pane.getByTestId("analyse").click();
      await pane.getByTestId("summary").waitFor({ timeout: 60000 });
      await page.getByRole("tab", { name: "Verzuimsignalen" }).click();
      const header = await grid.locator('[data-row="1"] [data-col]').allInnerTexts();
      cols = Object.fromEntries(header.map((h, i) => [h.trim(), i]));
      for (const h of ["Signaal-id", "Naam", "Uren", "Status", "Reden / toelichting"])
        check(cols[h] !== undefined, `sheet header has ${h}: ${header.join(" | ")}`);
      id = (await cellAt(2, cols["Signaal-id"]).innerText()).trim();
      name = (await cellAt(2, cols["Naam"]).innerText()).trim();
      check(/^VS-[0-9a-f]{12}$/.test(id) && name.length > 0, `first row: ${id} ${name}`);
    });

    await step("the user's cells can be typed in, the engine's cannot", async () => {
      // Status: a drop-down with the sheet's list.
      await cellAt(2, cols["Status"]).click();
      const select = grid.getByTestId("cell-editor");
      await select.selectOption("In behandeling");
      await grid.getByTestId("cell-editor").waitFor({ state: "detached" });
      check((await cellAt(2, cols["Status"]).innerText()) === "In behandeling", "status typed");
      // Reason: free text, Enter writes it.
      await cellAt(2, cols["Reden / toelichting"]).click();
      await grid.getByTestId("cell-editor").fill(REASON);
      await grid.getByTestId("cell-editor").press("Enter");
      await grid.getByTestId("cell-editor").waitFor({ state: "detached" });
      check((await cellAt(2, cols["Reden / toelichting"]).innerText()) === REASON, "reason typed");
      // Gemeld op: a date, typed the Dutch way; nonsense is refused with a message.
      await cellAt(2, cols["Gemeld op"]).click();
      await grid.getByTestId("cell-editor").fill("31-11-2025");
      await grid.getByTestId("cell-editor").press("Enter");
      const alert = await grid.getByTestId("grid-error").innerText();
      check(/geen datum/.test(alert), `bad date refused: ${alert}`);
      await grid.getByTestId("cell-editor").press("Escape");
      check((await cellAt(2, cols["Gemeld op"]).innerText()) === "", "nothing written for the bad date");
      // An engine cell: no editor.
      await cellAt(2, cols["Uren"]).click();
      check((await grid.getByTestId("cell-editor").count()) === 0, "Uren is read-only");
      check((await cellAt(2, cols["Uren"]).getAttribute("aria-readonly")) === "true", "Uren says it is read-only");
      await shot("demogrid-typed");
    });

    await step("analysing again, the pane shows what was typed in the sheet", async () => {
      const notice = pane.getByTestId("pane-notice");
      if ((await notice.count()) > 0) {
        await notice.getByRole("button").click();
        await notice.waitFor({ state: "detached" });
      }
      await pane.getByTestId("analyse").click();
      await pane.getByTestId("pane-notice").getByText(/signalen voor/).waitFor({ timeout: 60000 });
      await pane.getByTestId("filter-name").fill(name);
      const item = pane.locator(`[data-flag-id="${id}"]`);
      await item.waitFor();
      const status = await item.getByTestId("flag-status").innerText();
      check(status === "In behandeling", `status in the pane: ${status}`);
      await item.getByRole("button").first().click();
      const reason = await pane.getByTestId("flag-detail").getByTestId("reason").inputValue();
      check(reason === REASON, `reason in the pane: ${reason}`);
      // The typed reason survived the refill on the sheet too.
      await page.getByRole("tab", { name: "Verzuimsignalen" }).click();
      check((await cellAt(2, cols["Reden / toelichting"]).innerText()) === REASON, "reason kept by the refill");
    });

    await step("the header row stays in view when the sheet scrolls", async () => {
      const box = await grid.boundingBox();
      await grid.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForFunction(() => {
        const el = document.querySelector('[data-testid="grid"]');
        return el && el.scrollTop > 200;
      });
      const header = grid.locator('[data-row="1"]');
      const hb = await header.boundingBox();
      check(hb && Math.abs(hb.y - (box.y + 22)) <= 2, `header row at the top after scrolling: ${hb && hb.y} vs ${box.y + 22}`);
      check((await header.innerText()).includes("Signaal-id"), "the header row shows the headers");
      // The row under it is a body row far down the sheet, not row 2.
      const rows = await grid.locator("[data-row]").evaluateAll((els) =>
        els
          .map((e) => ({ row: Number(e.getAttribute("data-row")), top: e.getBoundingClientRect().top }))
          .sort((a, b) => a.top - b.top),
      );
      const visibleBody = rows.filter((r) => r.row > 1 && r.top >= hb.y + 22 - 1);
      check(visibleBody.length > 0 && visibleBody[0].row > 10, `first body row in view: ${visibleBody[0] && visibleBody[0].row}`);
      await shot("demogrid-scrolled");
    });
  },
};

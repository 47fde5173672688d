// Shared by the flows (main, followup): a helper, not a flow, so it lives outside flows/, where
// run.js loads every .js file as a flow.

/**
 * The row of the demo's sheet Verzuimsignalen that holds a flag id, as a locator: the sheet tab is
 * opened and the virtualised grid scrolled page by page (it renders only the rows in view) until
 * the row is there.
 */
async function sheetRowOf({ page, grid }, id) {
  await page.getByRole("tab", { name: "Verzuimsignalen" }).click();
  const total = Number(await grid.getAttribute("aria-rowcount"));
  for (let top = 0; top < total * 22; top += 600) {
    await grid.evaluate((el, y) => el.scrollTo(0, y), top);
    await page.waitForTimeout(20);
    const row = grid.locator("[data-row]", { hasText: id });
    if ((await row.count()) > 0) return row.first();
  }
  throw new Error(`flag ${id} not in the sheet`);
}

module.exports = { sheetRowOf };

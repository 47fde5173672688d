/* global document, window, getComputedStyle, requestAnimationFrame */
// The pane at Excel's narrowest task-pane width (320 px) and at 350 px, after an analysis so every
// list is full: each tab, every settings section opened, a pupil's explanation opened, in Dutch and
// in English. Nothing may scroll sideways or stick out of the pane, no control may be cut off, and
// text fields stay wide enough to read what is in them.
const path = require("path");

/** Tabs in the order the pane shows them; a tab that lands later is picked up from the tab list. */
const KNOWN = { Signalen: "signalen", Register: "register", Instellingen: "instellingen", Meldingen: "meldingen", Evaluatie: "evaluatie" };
const MIN_TEXT_FIELD = 120;

/**
 * Runs in the page: everything in the pane that overflows it. Returns readable descriptions, empty
 * when the pane fits.
 */
function overflowsIn(minTextField) {
  const pane = document.querySelector('[data-testid="pane"]');
  const paneBox = pane.getBoundingClientRect();
  const found = [];
  const panel = pane.querySelector('[role="tabpanel"]');
  const ps = getComputedStyle(panel);
  const panelWidth = panel.clientWidth - parseFloat(ps.paddingLeft) - parseFloat(ps.paddingRight);
  const describe = (el) => {
    const id = el.getAttribute("data-testid");
    const fui = [...el.classList].find((c) => c.startsWith("fui-"));
    const label = el.getAttribute("aria-label");
    const text = (el.innerText || el.value || "").replace(/\s+/g, " ").trim().slice(0, 50);
    return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ""}${fui ? ` .${fui}` : ""}${label ? ` aria-label="${label}"` : ""}>${text ? ` "${text}"` : ""}`;
  };
  // Screen-reader-only text (clipped to nothing) and Fluent's 1 px focus helpers are not layout.
  const hiddenCache = new Map();
  const visuallyHidden = (el) => {
    if (!el || el === pane) return false;
    if (hiddenCache.has(el)) return hiddenCache.get(el);
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const hidden =
      s.display === "none" ||
      s.visibility === "hidden" ||
      s.clip === "rect(0px, 0px, 0px, 0px)" ||
      s.clipPath === "inset(50%)" ||
      el.hasAttribute("data-tabster-dummy") ||
      (el.tagName === "I" && r.width <= 1 && r.height <= 1) ||
      (s.position === "absolute" && r.width <= 1 && r.height <= 1 && s.overflow === "hidden") ||
      visuallyHidden(el.parentElement);
    hiddenCache.set(el, hidden);
    return hidden;
  };

  for (const el of [document.documentElement, document.body]) {
    if (el.scrollWidth > el.clientWidth + 1) found.push(`page scrolls sideways: ${el.tagName} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
  }
  const all = [pane, ...pane.querySelectorAll("*")];
  for (const el of all) {
    if (visuallyHidden(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const s = getComputedStyle(el);
    // Sticks out of the pane (left or right).
    if (r.left < paneBox.left - 0.5 || r.right > paneBox.right + 0.5) {
      found.push(`outside the pane (${Math.round(r.left - paneBox.left)}..${Math.round(r.right - paneBox.left)} of ${Math.round(paneBox.width)} px): ${describe(el)}`);
      continue;
    }
    // Sticks out of its table cell, over the next column (a drop-down wider than its column).
    const cell = el.parentElement && el.parentElement.closest("td, th");
    if (cell && pane.contains(cell)) {
      const c = cell.getBoundingClientRect();
      if (r.left < c.left - 0.5 || r.right > c.right + 0.5) found.push(`outside its table cell (${Math.round(r.right - c.right)} px over): ${describe(el)}`);
    }
    const field = ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
    // Content wider than its box, clipped or scrolled: hidden text or a sideways scroll bar.
    if (!field && s.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1 && !el.title) {
      found.push(`content cut off or scrolling sideways (scrollWidth ${el.scrollWidth} > ${el.clientWidth}): ${describe(el)}`);
    }
    // A text field too narrow to read (the holiday names were 14 px wide once).
    if ((el.tagName === "INPUT" && ["text", "search", "email", "tel", ""].includes(el.getAttribute("type") || "")) || el.tagName === "TEXTAREA") {
      const box = (el.closest(".fui-Input, .fui-Textarea") || el).getBoundingClientRect();
      if (box.width < minTextField) found.push(`text field ${Math.round(box.width)} px wide (< ${minTextField}): ${describe(el)}`);
    }
    // A drop-down must show its choices whole: every option when the field could be given more
    // room, the chosen one when it already spans the panel (a column header from the register can
    // be longer than any pane; the list that opens shows it whole).
    if (el.tagName === "SELECT" && el.options.length > 0) {
      const ctx = (window.__measure ||= document.createElement("canvas").getContext("2d"));
      ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      const fullWidth = (el.closest(".fui-Select") || el).getBoundingClientRect().width >= panelWidth - 1;
      const texts = fullWidth ? [el.options[Math.max(0, el.selectedIndex)].text] : [...el.options].map((o) => o.text);
      const widest = texts.reduce((a, b) => (ctx.measureText(b).width > ctx.measureText(a).width ? b : a));
      const need = ctx.measureText(widest).width;
      if (need > room + 1) found.push(`drop-down text cut off (${Math.round(need)} px in ${Math.round(room)} px): ${describe(el)} "${widest}"`);
    }
  }
  return found;
}

module.exports = {
  name: "narrow",
  overflowsIn,
  async run({ page, url, step, check, pane, artifacts }) {
    // Tall enough that a tab's screenshot shows most of it.
    await page.setViewportSize({ width: 1100, height: 1400 });
    const tabs = pane.getByRole("tablist").first().getByRole("tab");

    /** The overflows of the tab on screen, each prefixed with where it was seen. */
    const overflows = async (where) => (await page.evaluate(overflowsIn, MIN_TEXT_FIELD)).map((p) => `${where}: ${p}`);

    /** Opens everything a tab can show: the first pupil's explanation, every settings section. */
    const openAll = async (slug) => {
      const panel = pane.getByRole("tabpanel");
      if (slug === "signalen") {
        const row = pane.locator('[data-testid="flag-list"] > li').first();
        if ((await pane.getByTestId("flag-detail").count()) === 0) await row.getByRole("button").first().click();
        await pane.getByTestId("flag-detail").waitFor();
      }
      if (slug === "instellingen") {
        const closed = panel.locator('.fui-AccordionHeader button[aria-expanded="false"]');
        while ((await closed.count()) > 0) await closed.first().click();
        if ((await pane.getByTestId("holiday-paste-open").count()) > 0) await pane.getByTestId("holiday-paste-open").click();
      }
      if (slug === "meldingen") {
        // Loaded on its own (just after the pane): measure the drafts, laid out, not the spinner.
        await pane.getByTestId("drafts-count").waitFor();
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      }
      if (slug === "evaluatie") {
        // Loaded on first use: measure the figures and charts, not the spinner before them.
        await pane.getByTestId("eval-as-of").waitFor();
        await pane.locator('[data-testid^="eval-chart-"]').first().waitFor();
      }
      await panel.evaluate((el) => el.scrollTo(0, 0));
    };

    const everyTab = async (width, lang, shots) => {
      const names = await tabs.allInnerTexts();
      const found = [];
      check(names.length >= 4, `tabs: ${names.join(", ")}`);
      for (let i = 0; i < names.length; i++) {
        const tab = tabs.nth(i);
        await tab.click();
        await page.waitForFunction((n) => {
          const selected = document.querySelector('[data-testid="pane"] [role="tab"][aria-selected="true"]');
          return selected && selected.innerText.trim() === n;
        }, names[i].trim());
        const slug = KNOWN[names[i].trim()] || names[i].trim().toLowerCase().replace(/[^a-z0-9]+/g, "-");
        await openAll(slug);
        if (shots) await pane.screenshot({ path: path.join(artifacts, `narrow-${width}-${slug}.png`) });
        found.push(...(await overflows(`${lang} ${width} px, ${names[i].trim()}`)));
      }
      // Every tab is looked at before failing, so one run names every overflow (the runner shows
      // only the first lines of an error: the whole list goes to the log).
      for (const f of found) console.log(`    ${f}`);
      check(found.length === 0, `${found.length} overflow(s):\n      ${found.slice(0, 40).join("\n      ")}`);
    };

    await step("the demo at ?pane=320 lays the pane out 320 px wide; an analysis fills the lists", async () => {
      await page.goto(`${url}?pane=320`);
      await pane.getByRole("tab", { name: "Signalen" }).waitFor();
      const width = await pane.evaluate((el) => el.getBoundingClientRect().width);
      check(Math.round(width) === 320, `pane is ${width} px wide`);
      await pane.getByTestId("analyse").click();
      await pane.getByTestId("summary").waitFor({ timeout: 120000 });
      check((await pane.locator('[data-testid="flag-list"] > li').count()) > 10, "the signal list is full");
    });

    for (const width of [320, 350]) {
      await step(`every tab fits a ${width} px pane (Dutch)`, async () => {
        await pane.evaluate((el, w) => (el.style.width = `${w}px`), width);
        await everyTab(width, "nl", width === 320);
      });
    }

    await step("Register tab at 320 px: the unknown Soort and Geoorloofd texts listed first; the school's meaning saved and read again", async () => {
      await pane.evaluate((el) => (el.style.width = "320px"), 320);
      await pane.getByRole("tab", { name: "Register" }).click();
      const kinds = pane.getByTestId("values-kinds");
      const authorised = pane.getByTestId("values-authorisedValues");
      await kinds.waitFor();
      const values = pane.getByTestId("register-values");
      await values.getByText("1 waarde(n) in de kolom Soort zonder betekenis: “x”.", { exact: false }).waitFor();
      await values.getByText("1 waarde(n) in de kolom Geoorloofd zonder betekenis: “ja (brief)”.", { exact: false }).waitFor();
      check((await kinds.locator("li").first().getAttribute("data-value")) === "x", "the unknown Soort comes first");
      check((await authorised.locator("li").first().getAttribute("data-value")) === "ja (brief)", "the unknown Geoorloofd comes first");
      // The problems' heading counts them: three rows with Soort "x", three with Geoorloofd "ja (brief)".
      const problemCount = async () => Number(((await pane.getByRole("heading", { name: /^Meldingen bij het lezen/ }).innerText()).match(/\((\d+)\)/) || [])[1]);
      const before = await problemCount();
      await values.scrollIntoViewIfNeeded();
      await pane.screenshot({ path: path.join(artifacts, "narrow-320-register-values.png") });
      const fits = await overflows("nl 320 px, Register values");
      check(fits.length === 0, fits.join("\n      "));
      await kinds.getByRole("combobox", { name: "Betekenis van “x” (Soort)" }).selectOption("late");
      await pane.getByTestId("pane-notice").getByText("Betekenis bewaard.").waitFor();
      await authorised.getByRole("combobox", { name: "Betekenis van “ja (brief)” (Geoorloofd)" }).selectOption("yes");
      await pane.getByTestId("pane-notice").getByText("Betekenis bewaard.").waitFor();
      check((await values.getByText(/zonder betekenis/).count()) === 0, "no unknown value left after mapping");
      const x = kinds.locator('li[data-value="x"]');
      check((await x.locator("select").inputValue()) === "late" && (await x.innerText()).includes("school"), `x is the school's "late": ${await x.innerText()}`);
      const after = await problemCount();
      check(after === before - 6, `six problems fewer after reading again: ${before} then ${after}`);
    });

    await step("every tab fits a 320 px pane in English too (longer words)", async () => {
      await pane.evaluate((el) => (el.style.width = "320px"), 320);
      await pane.getByRole("combobox", { name: /Taal|Language/ }).selectOption("en");
      await pane.getByRole("tab", { name: "Signals" }).waitFor();
      await everyTab(320, "en", false);
    });
  },
};

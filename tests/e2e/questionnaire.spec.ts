import type { Locator, Page } from "@playwright/test";

import { content } from "@/content";

import { emulateDarkMode, emulateLightMode, expect, test } from "./fixtures";

/*
 * The guided questionnaire, as a leader goes through it with the keyboard alone: no clicks,
 * only Tab, the arrow keys, typing and Enter. Labels come from content, as the screens' do.
 */

function question(id: string) {
  const found = content.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in content`);
  return found;
}

function optionLabel(id: string, value: string): string {
  const q = question(id);
  const option = q.kind === "choice" ? q.options.find((o) => o.value === value) : undefined;
  if (!option) throw new Error(`no option ${value} for ${id}`);
  return option.label;
}

const template = (id: string) => {
  const found = content.templates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
const holdsFocus = (locator: Locator) =>
  locator.evaluate((el) => el.contains(document.activeElement));

/** Presses Tab until the locator has focus (or something inside it, with `within`). */
async function tabTo(page: Page, target: Locator, { within = false } = {}): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await (within ? holdsFocus(target) : isFocused(target))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Tabs into a radio group and moves through it with the arrow keys until `label` is checked. */
async function choose(page: Page, group: Locator, label: string): Promise<void> {
  await tabTo(page, group, { within: true });
  const wanted = group.getByRole("radio", { name: label, exact: true });
  for (let presses = 0; presses < 15; presses++) {
    if (await wanted.isChecked()) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`arrow keys never reached "${label}"`);
}

/** The heading of the step on screen, which takes focus when the step opens. */
const stepHeading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

/** The progress line above the heading (its words are also announced, from a hidden region). */
const progressLine = (page: Page, text: string | RegExp) =>
  page.getByRole("main").getByText(text, { exact: true }).first();

async function expectStep(page: Page, heading: string | RegExp, progress: string | RegExp) {
  await expect(stepHeading(page, heading)).toBeFocused();
  await expect(progressLine(page, progress)).toBeVisible();
}

test.describe("questionnaire", () => {
  test("a leader completes the profile and three use cases with the keyboard alone", async ({
    page,
    axe,
  }) => {
    test.slow();
    const started = Date.now();
    await emulateLightMode(page);
    await page.goto("/assess/");
    await expect(page.getByRole("heading", { level: 1, name: "My assessments" })).toBeVisible();
    await axe();

    // Title, then the organization profile.
    await tabTo(page, page.getByLabel("Title"));
    await page.keyboard.type("Acme Bank — AI portfolio");
    await page.keyboard.press("Enter");

    const aiTeam = question("aiTeam");
    await expectStep(page, aiTeam.label, "Organization profile · question 1 of 3");
    await expect(page.getByText(aiTeam.why)).toBeVisible();
    await axe();
    const teamGroup = page.getByRole("radiogroup", { name: aiTeam.label });
    await choose(page, teamGroup, optionLabel("aiTeam", "ml_team"));
    await page.keyboard.press("Enter");

    const security = question("securityMaturity");
    await expectStep(page, security.label, "Organization profile · question 2 of 3");
    await choose(page, page.getByRole("radiogroup", { name: security.label }), "Not sure");
    await page.keyboard.press("Enter");

    const infrastructure = question("infrastructure");
    await expectStep(page, infrastructure.label, "Organization profile · question 3 of 3");
    await choose(
      page,
      page.getByRole("radiogroup", { name: infrastructure.label }),
      optionLabel("infrastructure", "public_cloud"),
    );
    await page.keyboard.press("Enter");

    // The use cases: two from templates, one from scratch.
    await expectStep(page, "Your use cases", /^Use cases/);
    await axe();
    const addGroup = page.getByRole("radiogroup", { name: "Add a use case" });
    await choose(page, addGroup, template("document-processing").name);
    await expect(page.getByLabel("Name of the use case")).toHaveValue(
      template("document-processing").name,
    );
    await page.keyboard.press("Enter");
    const useCases = page.getByRole("list", { name: "Use cases in this assessment" });
    await expect(useCases.getByRole("listitem")).toHaveCount(1);

    await choose(
      page,
      page.getByRole("radiogroup", { name: "Add another use case" }),
      template("knowledge-search").name,
    );
    await tabTo(page, page.getByLabel("Name of the use case"));
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("Policy search");
    await page.keyboard.press("Enter");
    await expect(useCases.getByRole("listitem")).toHaveCount(2);

    await choose(
      page,
      page.getByRole("radiogroup", { name: "Add another use case" }),
      "From scratch",
    );
    await tabTo(page, page.getByLabel("Name of the use case"));
    await page.keyboard.type("Claims triage");
    await page.keyboard.press("Enter");
    await expect(useCases.getByRole("listitem")).toHaveCount(3);
    await expect(useCases.getByRole("listitem").nth(2)).toContainText("From scratch");
    await axe();

    await tabTo(
      page,
      page.getByRole("link", { name: `Review “${template("document-processing").name}”` }),
    );
    await page.keyboard.press("Enter");

    // Use case 1, from a template: its answers arrive pre-selected; Enter confirms each.
    const sensitivity = question("dataSensitivity");
    await expectStep(page, sensitivity.label, "Use case 1 of 3 · question 1 of 12");
    const sensitivityGroup = page.getByRole("radiogroup", { name: sensitivity.label });
    const confidential = sensitivityGroup.getByRole("radio", {
      name: optionLabel("dataSensitivity", "confidential"),
    });
    await expect(confidential).toBeChecked();
    await expect(page.getByText("From the template — confirm or change")).toBeVisible();
    await axe();
    await tabTo(page, sensitivityGroup, { within: true });
    await expect(confidential).toBeFocused();
    await page.keyboard.press("Enter");

    // Volume, per day: the month follows, and the tokens a month with it.
    const volume = question("monthlyRequests");
    await expectStep(page, volume.label, "Use case 1 of 3 · question 2 of 12");
    await expect(page.getByLabel("Requests per month")).toHaveValue("200,000");
    await axe();
    await choose(page, page.getByRole("radiogroup", { name: "Count requests" }), "Per day");
    await tabTo(page, page.getByLabel("Requests per day"));
    await expect(page.getByLabel("Requests per day")).toHaveValue("6,667");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("5000");
    await expect(page.getByText("That is 150,000 requests a month")).toBeVisible();
    // 150,000 requests × (3,000 + 500) tokens from the template = 525M tokens a month.
    await expect(page.getByText("525M tokens a month")).toBeVisible();
    await page.keyboard.press("Enter");

    const strategic = question("strategicImportance");
    await expectStep(page, strategic.label, "Use case 1 of 3 · question 3 of 12");
    await tabTo(page, page.getByRole("radiogroup", { name: strategic.label }), { within: true });
    await page.keyboard.press("Enter");

    // The quick path gives a first recommendation at once.
    const first = template("document-processing").name;
    await expectStep(
      page,
      `First recommendation for “${first}”`,
      "Use case 1 of 3 · first recommendation",
    );
    await expect(page.getByText("Recommended", { exact: true })).toBeVisible();
    await expect(page.getByText(/confidence \(\d+%\)/i)).toBeVisible();
    await axe();
    await tabTo(page, page.getByRole("button", { name: "Refine the answers" }));
    await page.keyboard.press("Enter");

    // The refinements, pre-filled: confirming each is Tab and Enter. The last three shape the
    // cost over time: how the work is served, the hybrid's split and the volume in a year.
    const lastThree = ["servingPattern", "selfHostedShare", "monthlyRequestsIn12Months"];
    for (let n = 4; n <= 12; n++) {
      await expect(progressLine(page, `Use case 1 of 3 · question ${n} of 12`)).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      const later = lastThree[n - 10];
      if (later) await expect(stepHeading(page, question(later).label)).toBeVisible();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
    }
    await expectStep(page, `Recommendation for “${first}”`, "Use case 1 of 3 · recommendation");
    await axe();
    await tabTo(page, page.getByRole("link", { name: "Next use case: “Policy search”" }));
    await page.keyboard.press("Enter");

    // Use case 2, from a template: the quick path only, then on.
    await expectStep(page, sensitivity.label, "Use case 2 of 3 · question 1 of 12");
    for (let n = 1; n <= 3; n++) {
      await expect(progressLine(page, `Use case 2 of 3 · question ${n} of 12`)).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
    }
    await expectStep(
      page,
      "First recommendation for “Policy search”",
      "Use case 2 of 3 · first recommendation",
    );
    await tabTo(page, page.getByRole("link", { name: "Skip to the next use case" }));
    await page.keyboard.press("Enter");

    // Use case 3, from scratch: nothing is pre-selected.
    await expectStep(page, sensitivity.label, "Use case 3 of 3 · question 1 of 12");
    await expect(page.getByText("From the template — confirm or change")).toHaveCount(0);
    await choose(page, sensitivityGroup, optionLabel("dataSensitivity", "regulated"));
    await page.keyboard.press("Enter");

    await expectStep(page, volume.label, "Use case 3 of 3 · question 2 of 12");
    // Per day stays chosen from one use case to the next.
    await tabTo(page, page.getByLabel("Requests per day"));
    await expect(page.getByLabel("Requests per day")).toHaveValue("");
    await page.keyboard.type("12.5");
    await expect(page.getByText("Enter a whole number.")).toBeVisible();
    await expect(page.getByLabel("Requests per day")).toHaveAttribute("aria-invalid", "true");
    await page.keyboard.press("Enter");
    // Nothing invalid moves on or reaches the store.
    await expect(page.getByLabel("Requests per day")).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("4,000");
    await expect(page.getByText("Enter a whole number.")).toHaveCount(0);
    await page.keyboard.press("Enter");

    await expectStep(page, strategic.label, "Use case 3 of 3 · question 3 of 12");
    await choose(
      page,
      page.getByRole("radiogroup", { name: strategic.label }),
      optionLabel("strategicImportance", "differentiating"),
    );
    await emulateDarkMode(page);
    // Let the colours finish their transition to the dark theme before axe measures contrast.
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await axe();
    await page.keyboard.press("Enter");

    await expectStep(
      page,
      "First recommendation for “Claims triage”",
      "Use case 3 of 3 · first recommendation",
    );
    await axe();
    const results = page.getByRole("link", { name: "See the full results for “Claims triage”" });
    const localId = new URL(page.url()).searchParams.get("a");
    await expect(results).toHaveAttribute("href", `/results/?a=${localId}&u=claims-triage`);
    await tabTo(page, results);
    await expect(results).toBeFocused();

    // Every use case is ready; the outline says so.
    const outline = page.getByRole("navigation", { name: "Assessment outline" });
    await expect(outline.getByRole("heading", { name: /Use cases/ })).toContainText("3 of 3 ready");
    await expect(outline.getByRole("link", { name: "See the results" })).toHaveAttribute(
      "href",
      `/results/?a=${localId}`,
    );
    test.info().annotations.push({
      type: "keyboard run",
      description: `profile and three use cases in ${((Date.now() - started) / 1000).toFixed(1)} s, axe included`,
    });

    // What was entered is in the store, as entered.
    const saved = await page.evaluate(() => window.localStorage.getItem("crossover.workspace"));
    const assessment = (
      JSON.parse(saved ?? "{}") as { state: { assessments: { assessment: unknown }[] } }
    ).state.assessments[0]?.assessment;
    expect(assessment).toMatchObject({
      title: "Acme Bank — AI portfolio",
      organization: { aiTeam: "ml_team", infrastructure: "public_cloud" },
      useCases: [
        {
          id: "document-processing-and-extraction",
          template: "document-processing",
          answers: {
            dataSensitivity: "confidential",
            monthlyRequests: 150_000,
            strategicImportance: "important",
          },
        },
        { name: "Policy search", template: "knowledge-search" },
        {
          id: "claims-triage",
          name: "Claims triage",
          answers: {
            dataSensitivity: "regulated",
            monthlyRequests: 120_000,
            strategicImportance: "differentiating",
          },
        },
      ],
    });
  });

  test("use cases can be renamed, duplicated, reordered and deleted with undo, by keyboard", async ({
    page,
  }) => {
    await page.goto("/assess/");
    await page.getByLabel("Title").fill("Reorder test");
    await page.getByLabel("Title").press("Enter");
    await page.getByRole("link", { name: "Add or manage use cases" }).click();
    await expect(stepHeading(page, "Your use cases")).toBeVisible();
    for (const name of ["Alpha", "Beta"]) {
      await page.getByRole("radio", { name: "From scratch" }).check();
      await page.getByLabel("Name of the use case").fill(name);
      await page.getByLabel("Name of the use case").press("Enter");
    }
    const items = page
      .getByRole("list", { name: "Use cases in this assessment" })
      .getByRole("listitem");
    await expect(items).toHaveCount(2);

    // Reorder: the button keeps focus, and the order changes.
    const moveDown = page.getByRole("button", { name: "Move “Alpha” down" });
    await moveDown.focus();
    await page.keyboard.press("Enter");
    await expect(items.nth(0)).toContainText("Beta");
    await expect(items.nth(1)).toContainText("Alpha");
    // At the bottom "down" is disabled; focus moved to "up" beside it.
    await expect(page.getByRole("button", { name: "Move “Alpha” up" })).toBeFocused();
    await expect(page.getByText("Moved “Alpha” to position 2 of 2.")).toBeAttached();

    // Rename in place: Enter saves, focus returns to the Rename button.
    await page.getByRole("button", { name: "Rename “Beta”" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Name of the use case").first()).toBeFocused();
    await page.keyboard.type("Beta prime");
    await page.keyboard.press("Enter");
    await expect(items.nth(0)).toContainText("Beta prime");
    await expect(page.getByRole("button", { name: "Rename “Beta prime”" })).toBeFocused();

    // Duplicate puts the copy after the original.
    await page.getByRole("button", { name: "Duplicate “Alpha”" }).focus();
    await page.keyboard.press("Enter");
    await expect(items).toHaveCount(3);
    await expect(items.nth(2)).toContainText("Alpha (copy)");

    // Delete, then undo from the notice.
    await page.getByRole("button", { name: "Delete “Beta prime”" }).focus();
    await page.keyboard.press("Enter");
    await expect(items).toHaveCount(2);
    const notice = page.getByRole("status").filter({ hasText: "Deleted “Beta prime”." });
    await expect(notice).toBeVisible();
    await notice.getByRole("button", { name: "Undo" }).focus();
    await page.keyboard.press("Enter");
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText("Beta prime");
  });

  test("jumps to any question from the address and from the outline", async ({ page }) => {
    await page.goto("/assess/");
    await page.getByLabel("Title").fill("Jump test");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(stepHeading(page, question("aiTeam").label)).toBeVisible();
    const localId = new URL(page.url()).searchParams.get("a") ?? "";

    await page.getByRole("link", { name: "Add or manage use cases" }).click();
    await page.getByRole("radio", { name: template("coding-assistant").name }).check();
    await page.getByRole("button", { name: "Add use case" }).click();

    // A refinement straight from the address: `q` names it, `u` the use case.
    await page.goto(`/assess/?a=${localId}&u=coding-assistant&q=exposure`);
    await expect(stepHeading(page, question("exposure").label)).toBeVisible();
    await expect(progressLine(page, "Use case 1 of 1 · question 8 of 12")).toBeVisible();
    // The request sizes are asked with the volume.
    await page.goto(`/assess/?a=${localId}&u=coding-assistant&q=outputTokens`);
    await expect(stepHeading(page, question("monthlyRequests").label)).toBeVisible();
    await expect(page.getByLabel(question("outputTokens").label)).toHaveValue("600");

    // From the outline: an organization question, then back with the browser.
    const outline = page.getByRole("navigation", { name: "Assessment outline" });
    await outline.getByRole("link", { name: /Infrastructure/ }).click();
    await expect(stepHeading(page, question("infrastructure").label)).toBeFocused();
    await expect(outline.getByRole("link", { name: /Infrastructure/ })).toHaveAttribute(
      "aria-current",
      "step",
    );
    await page.goBack();
    await expect(stepHeading(page, question("monthlyRequests").label)).toBeVisible();

    // "Not sure" is remembered, and the engine's assumption is named.
    await page.goto(`/assess/?a=${localId}&u=coding-assistant&q=capabilityNeed`);
    await page.getByRole("radio", { name: "Not sure" }).check();
    await page.reload();
    await expect(page.getByRole("radio", { name: "Not sure" })).toBeChecked();
    await expect(outline.getByRole("link", { name: /not sure: Capability need/ })).toBeVisible();
  });

  test("is comfortable on a phone: the outline folds away", async ({ page, axe }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await emulateDarkMode(page);
    await page.goto("/assess/");
    await page.getByLabel("Title").fill("Phone");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(stepHeading(page, question("aiTeam").label)).toBeVisible();
    const toggle = page.getByRole("button", { name: /^Outline/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("link", { name: /Security maturity/ })).toBeHidden();
    await toggle.click();
    await expect(page.getByRole("link", { name: /Security maturity/ })).toBeVisible();
    await axe();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

import type { Page } from "@playwright/test";

import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment, type UseCaseResult } from "@/lib/engine";
import { realisticCases } from "@/lib/engine/cases";
import { formatUsdPerMonth } from "@/lib/format";
import { optionShortName, optionSubject } from "@/lib/view/options";
import { sampleAssessment } from "@/lib/view/sample";

import { expect, test } from "./fixtures";
import { seedWorkspace } from "./seed";

/*
 * The argument, as a sceptical finance director reads it: on one page the headline, the first
 * reason, the cost sentence and the portfolio summary must agree with each other and with the
 * tables beside them. On the sample portfolio, and on a regulated use case sent to an API.
 */

const sample = evaluateAssessment(sampleAssessment(content), content);

/** A number from a `data-value` attribute. */
async function valueOf(page: Page, selector: string): Promise<number> {
  return Number(await page.locator(selector).first().getAttribute("data-value"));
}

/** The use case page agrees with itself: headline, first reason, money, cost table, confidence. */
async function checkUseCase(page: Page, u: UseCaseResult) {
  const summary = page.getByTestId("recommendation-summary");
  await expect(summary).toHaveText(u.summary);

  // The first reason listed favours the recommendation, and is the one the engine ranks first.
  const first = u.reasons.for[0];
  if (first && u.runnerUp) {
    const reason = page.getByTestId("reasons-for").locator("li").first();
    await expect(reason).toHaveAttribute("data-question", first.question);
    expect(Number(await reason.getAttribute("data-value"))).toBeGreaterThan(0);
    await expect(reason).toContainText(
      `Favours ${optionShortName(content, u.recommendation)} over ${optionShortName(content, u.runnerUp)}`,
    );
  }

  // The cost sentence is the summary's last sentence, and names the cheapest option the cost
  // table shows.
  const verdict = (await page.getByTestId("cost-verdict").innerText()).trim();
  expect(u.summary.endsWith(verdict)).toBe(true);
  const cards = page.getByTestId("cost-cards");
  const costs = await cards.locator("li[data-option]").evaluateAll((items) =>
    items.map((li) => ({
      option: li.getAttribute("data-option") ?? "",
      text: li.textContent ?? "",
    })),
  );
  const allowed = costs.filter((c) => !c.text.includes("Ruled out")).map((c) => c.option);
  const cheapest = [...allowed].sort(
    (a, b) =>
      u.cost.monthlyUsd[a as keyof typeof u.cost.monthlyUsd] -
      u.cost.monthlyUsd[b as keyof typeof u.cost.monthlyUsd],
  )[0];
  expect(cheapest).toBe(u.cost.cheapestAllowed);
  await expect(cards.locator(`li[data-option="${u.recommendation}"]`)).toContainText(
    formatUsdPerMonth(u.cost.monthlyUsd[u.recommendation]),
  );
  if (u.cost.premium) {
    expect(verdict).toContain(`more than ${optionSubject(content, u.cost.cheapestAllowed)}`);
  } else if (u.cost.saving && u.cost.saving.monthlyUsd > 50) {
    expect(verdict).toContain(`less than ${optionSubject(content, u.cost.saving.against)}`);
  }

  // The confidence says the same on the page as in the results.
  await expect(page.getByTestId("confidence")).toContainText(`${Math.round(u.confidence * 100)}%`);
}

test.describe("the argument holds together", () => {
  test("on the sample portfolio: the summary's totals agree with the table, and each use case with itself", async ({
    page,
    axe,
  }) => {
    test.slow(); // six use cases, each read end to end
    await page.goto("/results/?sample=1");
    await expect(page.getByRole("heading", { level: 1, name: /sample portfolio/i })).toBeVisible();

    const total = await valueOf(page, '[data-testid="portfolio-readout"] dd[data-value]');
    expect(total).toBeCloseTo(sample.portfolio.totalMonthlyUsd, 1);
    const table = page.getByRole("table", { name: /use cases, with the recommended option/i });
    // The table's monthly costs add up to the total the summary gives.
    const rowCosts = await table
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) =>
          Number(row.querySelectorAll("td[data-value]")[1]?.getAttribute("data-value")),
        ),
      );
    expect(rowCosts.reduce((s, c) => s + c, 0)).toBeCloseTo(sample.portfolio.totalMonthlyUsd, 0);
    // Each row's premium or saving is the engine's, and the summary's premium is their sum.
    let premiums = 0;
    for (const u of sample.useCases) {
      const cell = table.locator(`tr[data-use-case="${u.id}"] td[data-kind]`);
      const kind = await cell.getAttribute("data-kind");
      expect(kind).toBe(u.cost.premium ? "premium" : u.cost.saving ? "saving" : "alone");
      if (u.cost.premium) premiums += u.cost.premium.monthlyUsd;
    }
    expect(premiums).toBeCloseTo(sample.portfolio.premiumMonthlyUsd, 1);
    await expect(page.getByTestId("portfolio-total")).toContainText(
      sample.portfolio.premiumMonthlyUsd > 0
        ? formatUsdPerMonth(sample.portfolio.premiumMonthlyUsd)
        : "the least that the options allowed for each use case can cost",
    );
    await axe();

    for (const u of sample.useCases) {
      await page.goto("/results/?sample=1");
      await table.getByRole("link", { name: u.name }).click();
      await expect(page.getByRole("heading", { level: 1, name: u.name })).toBeVisible();
      await checkUseCase(page, u);
    }
  });

  test("a regulated use case sent to an API says on what condition, is not called certain, and agrees with itself", async ({
    page,
    context,
    axe,
  }) => {
    const clinic = realisticCases.find((c) => c.name.startsWith("A regulated patient-intake"));
    if (!clinic) throw new Error("no regulated case");
    const assessment: Assessment = {
      schema: "crossover.assessment/v1",
      title: "Clinic network — AI portfolio",
      organization: clinic.organization,
      useCases: [{ id: "intake", name: "Patient intake assistant", answers: clinic.answers }],
    };
    const [u] = evaluateAssessment(assessment, content).useCases;
    if (!u) throw new Error("no result");
    expect(["closed_api", "open_managed"]).toContain(u.recommendation);
    await seedWorkspace(context, assessment);
    await page.goto("/results/?a=workshop&u=intake");
    await expect(
      page.getByRole("heading", { level: 1, name: "Patient intake assistant" }),
    ).toBeVisible();

    await expect(page.getByTestId("recommendation-summary")).toContainText(
      "provided the provider signs a data-processing agreement with zero data retention",
    );
    await expect(page.getByTestId("confidence")).not.toContainText("High");
    await expect(page.getByText(/Regulated data goes to an outside provider/)).toBeVisible();
    await checkUseCase(page, u);
    await axe();

    // The portfolio says the same of it.
    await page.goto("/results/?a=workshop");
    const row = page
      .getByRole("table", { name: /use cases, with the recommended option/i })
      .locator('tr[data-use-case="intake"]');
    await expect(row).toContainText(optionShortName(content, u.recommendation));
    await expect(row).toContainText(`${Math.round(u.confidence * 100)}%`);
  });
});

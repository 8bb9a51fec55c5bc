import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Page } from "@playwright/test";

import { content } from "@/content";
import type { Assessment, UseCase } from "@/lib/assessment/schema";
import { evaluateAssessment, type AssessmentResults, type Flip } from "@/lib/engine";
import { formatUsdPerMonth } from "@/lib/format";
import { formatNumber, formatUsdAmount } from "@/lib/view/format";
import { optionName, optionShortName } from "@/lib/view/options";

import { emulateDarkMode, emulateLightMode, expect, test } from "./fixtures";

/*
 * Results: what a leader forwards and a consultant projects. The page must say what the engine
 * says — the same recommendation, scores, costs, crossover and flips as `npm run evaluate` — with a
 * table beside every chart, and follow the weights as they move.
 */

const STORAGE_KEY = "crossover.workspace";
const LOCAL_ID = "results-e2e";
/** The weights slider's step (components/results/weights-panel.tsx). */
const SLIDER_STEP = 0.5;

/** Four use cases from content's templates, quick-path answers only: the rest assumed. */
function templateAssessment(): Assessment {
  const picks = [
    ["document-processing", "contracts", "Contract clause extraction"],
    ["regulated-customer-assistant", "assistant", "Customer assistant"],
    ["knowledge-search", "knowledge", "Knowledge search"],
    ["coding-assistant", "coding", "Coding assistant"],
  ] as const;
  const useCases: UseCase[] = picks.map(([templateId, id, name]) => {
    const template = content.templates.find((t) => t.id === templateId);
    if (!template) throw new Error(`no template ${templateId}`);
    return {
      id,
      name,
      template: template.id,
      answers: {
        dataSensitivity: template.answers.dataSensitivity,
        monthlyRequests: template.answers.monthlyRequests,
        strategicImportance: template.answers.strategicImportance,
      },
    };
  });
  return {
    schema: "crossover.assessment/v1",
    title: "Results journey — Northwind",
    organization: {
      aiTeam: "ml_team",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    useCases,
  };
}

const assessment = templateAssessment();
const expected: AssessmentResults = evaluateAssessment(assessment, content);

function expectedUseCase(id: string) {
  const found = expected.useCases.find((u) => u.id === id);
  if (!found) throw new Error(`no use case ${id}`);
  return found;
}

/** The results of `npm run evaluate` for the same file, as a leader's CTO would run it. */
function evaluateWithCli(file: Assessment): AssessmentResults {
  const dir = mkdtempSync(path.join(tmpdir(), "crossover-results-"));
  try {
    const input = path.join(dir, "assessment.json");
    writeFileSync(input, JSON.stringify(file));
    const stdout = execFileSync("npx", ["tsx", "scripts/evaluate.ts", input], { encoding: "utf8" });
    const parsed: AssessmentResults = JSON.parse(stdout) as AssessmentResults;
    return parsed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Seeds the browser with a saved workspace holding the assessment (once: a reload keeps edits). */
async function seed(page: Page, saved: Assessment = assessment) {
  const workspace = {
    version: 1,
    state: {
      assessments: [
        {
          localId: LOCAL_ID,
          createdAt: "2026-11-25T09:00:00.000Z",
          updatedAt: "2026-11-25T09:00:00.000Z",
          assessment: saved,
        },
      ],
      activeId: LOCAL_ID,
    },
  };
  await page.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    [STORAGE_KEY, JSON.stringify(workspace)] as const,
  );
}

/** Scrolls through the page so that every section lays out and every chart loads. */
async function revealAll(page: Page) {
  const figures = page.locator("figure");
  for (let i = 0; i < (await figures.count()); i++) {
    await figures.nth(i).scrollIntoViewIfNeeded();
    await expect(figures.nth(i).locator(".recharts-surface").first()).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(() => window.scrollTo(0, 0));
}

const useCasePath = (id: string) => `/results/?a=${LOCAL_ID}&u=${id}`;
const portfolioPath = `/results/?a=${LOCAL_ID}`;

test.describe("results", () => {
  test("the portfolio shows every use case as the engine decides, with the read-out, the table and the chart", async ({
    page,
  }) => {
    const pageErrors: Error[] = [];
    page.on("pageerror", (error) => pageErrors.push(error));
    await seed(page);
    await page.goto(portfolioPath);

    await expect(page.getByRole("heading", { level: 1, name: assessment.title })).toBeVisible();
    const readout = page.getByTestId("portfolio-readout");
    await expect(readout).toContainText(`${expected.useCases.length} use cases:`);
    await expect(readout).toContainText(formatUsdPerMonth(expected.portfolio.totalMonthlyUsd));
    await expect(readout).toContainText(
      formatUsdPerMonth(expected.portfolio.cheapestAllowedMonthlyUsd),
    );
    // One sign convention, in words: the total's premium over the cheapest options allowed.
    await expect(page.getByTestId("portfolio-total")).toContainText(
      expected.portfolio.premiumMonthlyUsd > 0
        ? `${formatUsdPerMonth(expected.portfolio.premiumMonthlyUsd)} (`
        : "the least that the options allowed for each use case can cost",
    );

    const table = page.getByRole("table", { name: /use cases, with the recommended option/i });
    await expect(table).toBeVisible();
    for (const u of expected.useCases) {
      const row = table.locator(`tr[data-use-case="${u.id}"]`);
      await expect(row.getByRole("link", { name: u.name })).toBeVisible();
      await expect(row).toContainText(optionShortName(content, u.recommendation));
      await expect(row).toContainText(formatUsdAmount(u.cost.monthlyUsd[u.recommendation]));
    }

    // Sorting by monthly cost puts the dearest first.
    await table.getByRole("button", { name: "Monthly cost" }).click();
    const dearest = [...expected.useCases].sort(
      (a, b) => b.cost.monthlyUsd[b.recommendation] - a.cost.monthlyUsd[a.recommendation],
    )[0];
    await expect(table.locator("tbody tr").first()).toHaveAttribute(
      "data-use-case",
      dearest?.id ?? "",
    );
    await expect(table.getByRole("columnheader", { name: "Monthly cost" })).toHaveAttribute(
      "aria-sort",
      "descending",
    );

    // The chart loads when it comes into view, with its table beside it.
    const chart = page.getByRole("img", { name: /scatter chart of the 4 use cases/i });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-surface")).toBeVisible();
    await expect(chart.locator(".recharts-symbols")).toHaveCount(expected.useCases.length);
    const chartTable = page.getByRole("table", { name: /where each use case sits on the chart/i });
    await expect(chartTable.locator("tbody tr")).toHaveCount(expected.useCases.length);
    expect(pageErrors).toEqual([]);
  });

  test("each use case shows the CLI's recommendation, scores, costs, crossover and flips, with every chart and its table", async ({
    page,
  }) => {
    test.slow(); // the CLI, then four use cases with every chart
    const cli = evaluateWithCli(assessment);
    expect(cli.useCases.map((u) => u.recommendation)).toEqual(
      expected.useCases.map((u) => u.recommendation),
    );
    await seed(page);

    for (const u of cli.useCases) {
      await page.goto(useCasePath(u.id));
      await expect(page.getByRole("heading", { level: 1, name: u.name })).toBeVisible();
      await expect(page.getByTestId("recommended-option")).toHaveText(
        optionName(content, u.recommendation),
      );
      await expect(page.getByTestId("recommendation-summary")).toHaveText(u.summary);
      await expect(page.getByTestId("confidence")).toContainText(
        `${Math.round(u.confidence * 100)}%`,
      );

      // Fit: the scores, option by option, as the engine computed them.
      const fit = page.getByRole("table", { name: /ratings \(0–5\) by criterion/i });
      for (const [option, score] of Object.entries(u.scores)) {
        await expect(
          fit.locator(`[data-testid="fit-score-row"] td[data-option="${option}"]`),
        ).toContainText(formatNumber(score.score));
      }

      // Cost: the money sentence the summary ends with, a crossing per one the engine found, and
      // each option's cost at the use case's volume.
      const verdict = (await page.getByTestId("cost-verdict").innerText()).trim();
      expect(u.summary.endsWith(verdict)).toBe(true);
      if (u.cost.crossings.length > 0)
        await expect(page.getByTestId("crossings").locator("li")).toHaveCount(
          u.cost.crossings.length,
        );
      const breakdown = page.getByRole("table", { name: /what the cost is made of/i });
      for (const [option, line] of Object.entries(u.cost.breakdown)) {
        await expect(breakdown.locator(`tr[data-option="${option}"]`)).toContainText(
          formatUsdAmount(line.monthlyUsd),
        );
      }

      // What would change it: the nearest three, then every flip on request.
      const flips = page.getByTestId("flips").locator("li");
      if (u.flips.length > 0) {
        await expect(flips).toHaveCount(Math.min(3, u.flips.length));
        if (u.flips.length > 3) {
          await page.getByRole("button", { name: `Show all ${u.flips.length}` }).click();
          await expect(flips).toHaveCount(u.flips.length);
        }
      } else await expect(page.getByTestId("no-flips")).toBeVisible();

      // Every chart loads, each with its table.
      await revealAll(page);
      await expect(
        page.getByRole("img", { name: /bar chart of how far each answer moved/i }),
      ).toBeVisible();
      await expect(page.getByRole("table", { name: /effect of each answer/i })).toBeVisible();
      await expect(
        page.getByRole("img", { name: /bar chart of each option's rating/i }),
      ).toBeVisible();
      await expect(fit).toBeVisible();
      await expect(
        page.getByRole("img", { name: /line chart of monthly cost against monthly volume/i }),
      ).toBeVisible();
      await expect(page.getByRole("table", { name: /monthly cost by volume/i })).toBeVisible();
    }
  });

  test("moving a weight slider with the keyboard flips the recommendation the engine says it flips", async ({
    page,
  }) => {
    // A weight flip the slider can reach: the first step past the engine's threshold.
    const candidates = expected.useCases.flatMap((u) =>
      u.flips
        .filter((f): f is Extract<Flip, { kind: "weight" }> => f.kind === "weight")
        .map((flip) => {
          const direction = flip.to > flip.from ? 1 : -1;
          const steps = Math.floor(Math.abs(flip.to - flip.from) / SLIDER_STEP) + 1;
          const target = flip.from + direction * steps * SLIDER_STEP;
          const moved = evaluateAssessment(
            { ...assessment, weights: { [flip.criterion]: target } },
            content,
            { flips: false },
          ).useCases.find((x) => x.id === u.id);
          return { useCase: u, flip, direction, steps, target, after: moved?.recommendation };
        })
        .filter((c) => c.target >= 0 && c.target <= 10 && c.after === c.flip.recommendation),
    );
    const pick = candidates.sort((a, b) => a.steps - b.steps)[0];
    if (!pick) throw new Error("no weight flip within the slider's reach in this assessment");
    const criterion = content.criteria.find((c) => c.id === pick.flip.criterion);
    if (!criterion) throw new Error(`no criterion ${pick.flip.criterion}`);

    await seed(page);
    await page.goto(useCasePath(pick.useCase.id));
    const recommended = page.getByTestId("recommended-option");
    await expect(recommended).toHaveAttribute("data-option", pick.useCase.recommendation);

    await page.getByRole("button", { name: "What if…" }).click();
    const slider = page.getByRole("slider", { name: criterion.name });
    await expect(slider).toHaveValue(String(pick.flip.from));
    await slider.focus();
    for (let i = 0; i < pick.steps; i++) {
      await slider.press(pick.direction > 0 ? "ArrowRight" : "ArrowLeft");
    }
    await expect(slider).toHaveValue(String(pick.target));
    await expect(recommended).toHaveAttribute("data-option", pick.flip.recommendation);

    // The weight travels with the assessment: a reload keeps it, and Reset all brings the answer back.
    await page.reload();
    await expect(recommended).toHaveAttribute("data-option", pick.flip.recommendation);
    await page.getByRole("button", { name: "What if…" }).click();
    await page.locator("#what-if").getByRole("button", { name: "Reset all" }).first().click();
    await expect(recommended).toHaveAttribute("data-option", pick.useCase.recommendation);
  });

  test("a changed cost assumption is marked, moves the costs as the engine says, and resets", async ({
    page,
  }) => {
    const u = expectedUseCase("contracts");
    const price = 5;
    const changed = evaluateAssessment(
      { ...assessment, assumptions: { gpuHourPrice: price } },
      content,
      { flips: false },
    ).useCases.find((x) => x.id === u.id);
    if (!changed) throw new Error("no use case");

    await seed(page);
    await page.goto(useCasePath(u.id));
    await page.getByRole("button", { name: "What if…" }).click();
    const panel = page.locator("#what-if");
    await panel.getByText("GPU prices", { exact: true }).click();
    const field = panel.getByLabel(/H100 GPU, rented/i);
    await field.fill(String(price));

    const selfHosted = page.getByTestId("cost-cards").locator('[data-option="open_self_hosted"]');
    await expect(selfHosted).toContainText(
      formatUsdPerMonth(changed.cost.monthlyUsd.open_self_hosted),
    );
    await expect(panel.locator('[data-assumption="gpuHourPrice"]')).toContainText("Changed");
    await expect(
      page
        .getByRole("table", { name: /cost assumptions used/i })
        .locator('[data-assumption="gpuHourPrice"]'),
    ).toContainText("Changed");

    await panel
      .locator('[data-assumption="gpuHourPrice"]')
      .getByRole("button", { name: "Reset" })
      .click();
    await expect(selfHosted).toContainText(formatUsdPerMonth(u.cost.monthlyUsd.open_self_hosted));
    await expect(field).toHaveValue(
      String(content.assumptions.find((a) => a.id === "gpuHourPrice")?.value),
    );
  });

  test("reasons and missing answers link back to their questions", async ({ page }) => {
    await seed(page);
    await page.goto(useCasePath("contracts"));
    const drivers = page.getByTestId("reasons-for");
    // The first reason, the cost at the volume among them: it links to the volume question.
    const first = expectedUseCase("contracts").reasons.for[0];
    if (!first) throw new Error("no reason");
    await expect(drivers.getByRole("link").first()).toHaveAttribute(
      "href",
      first.question === "aiTeam" ||
        first.question === "securityMaturity" ||
        first.question === "infrastructure"
        ? `/assess/?a=${LOCAL_ID}&q=${first.question}`
        : `/assess/?a=${LOCAL_ID}&u=contracts&q=${first.question}`,
    );
    const answers = page.locator("#answers");
    await answers.scrollIntoViewIfNeeded();
    const assumedRow = answers.locator('tr[data-status="template"]').first();
    await expect(assumedRow).toContainText("Assumed");
    await expect(assumedRow.getByRole("link")).toHaveAttribute(
      "href",
      /\/assess\/\?a=results-e2e&u=contracts&q=/,
    );
  });

  test("the sample portfolio opens without an assessment and can be copied to edit", async ({
    page,
  }) => {
    await page.goto("/results/");
    await expect(page.getByRole("heading", { level: 1, name: "No results yet" })).toBeVisible();
    await page.getByRole("link", { name: "See a sample portfolio" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /sample portfolio/i })).toBeVisible();
    await page.getByRole("button", { name: "Make an editable copy" }).click();
    await expect(page).toHaveURL(/\/results\/\?a=[^&]+$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "My copy of the sample portfolio" }),
    ).toBeVisible();
  });

  test.describe("accessibility", () => {
    for (const scheme of ["light", "dark"] as const) {
      test(`has no accessibility violations in ${scheme} mode, portfolio and use case, charts and what-if included`, async ({
        page,
        axe,
      }) => {
        test.slow(); // two long pages, every chart, axe twice
        if (scheme === "dark") await emulateDarkMode(page);
        else await emulateLightMode(page);
        await seed(page);

        await page.goto(portfolioPath);
        await expect(page.locator("html")).toHaveAttribute("data-theme", scheme);
        await expect(page.getByTestId("portfolio-readout")).toBeVisible();
        await revealAll(page);
        await axe();

        await page.goto(useCasePath("assistant"));
        await expect(page.getByTestId("recommendation-summary")).toBeVisible();
        await page.getByRole("button", { name: "What if…" }).click();
        await revealAll(page);
        await axe();
      });
    }
  });
});

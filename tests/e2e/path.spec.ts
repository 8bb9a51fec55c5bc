import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment } from "@/lib/engine";
import { pathLines, pathSentence } from "@/lib/view/path";

import { emulateDarkMode, emulateLightMode, expect, test } from "./fixtures";
import { seedWorkspace } from "./seed";

/*
 * The path over the year, as a leader who expects growth meets it: a knowledge search of 400,000
 * requests a month today, on the closed API, expected at 30 million in a year. Answering the
 * question "in twelve months" in the questionnaire must move the results, the report and the
 * presenter's slide to the path the engine computes (cost model 2, issue 12): a move to managed
 * open weights within the year, and self-hosting later.
 */

const base: Assessment = {
  schema: "crossover.assessment/v1",
  title: "Northwind Insurance — growth plan",
  organization: {
    aiTeam: "ml_team",
    securityMaturity: "established",
    infrastructure: "public_cloud",
  },
  useCases: [
    {
      id: "kb",
      name: "Claims knowledge search",
      template: "knowledge-search",
      answers: { monthlyRequests: 400_000, servingPattern: "interactive" },
    },
  ],
};

const IN_A_YEAR = 30_000_000;

function resultWith(monthlyRequestsIn12Months?: number) {
  const [useCase] = base.useCases;
  if (!useCase) throw new Error("no use case");
  const assessment: Assessment = {
    ...base,
    useCases: [
      {
        ...useCase,
        answers: {
          ...useCase.answers,
          ...(monthlyRequestsIn12Months === undefined ? {} : { monthlyRequestsIn12Months }),
        },
      },
    ],
  };
  const [result] = evaluateAssessment(assessment, content).useCases;
  if (!result) throw new Error("no result");
  return result;
}

const question = content.questions.find((q) => q.id === "monthlyRequestsIn12Months") ?? {
  label: "no such question in content",
};

const before = resultWith();
const after = resultWith(IN_A_YEAR);

test.describe("the path over the year", () => {
  test("the engine's case moves within the year once growth is answered", () => {
    // Pinned so that the journey below proves something: without the answer the move lies beyond
    // the year; with it, managed open weights fall due within the year.
    expect(before.recommendation).toBe("closed_api");
    expect(before.path.steps.every((s) => s.month === null)).toBe(true);
    expect(after.path.steps[0]?.option).toBe("open_managed");
    expect(after.path.steps[0]?.month).not.toBeNull();
  });

  for (const theme of ["light", "dark"] as const) {
    test(`answering the volume in a year moves the results, report and slide, ${theme}`, async ({
      page,
      context,
      axe,
    }) => {
      test.slow();
      await seedWorkspace(context, base);
      await (theme === "dark" ? emulateDarkMode(page) : emulateLightMode(page));

      // Before: the path says the move lies beyond the volume expected in a year.
      await page.goto("/results/?a=workshop&u=kb");
      await expect(page.getByTestId("path-sentence")).toHaveText(pathSentence(content, before));

      // The questionnaire step for the volume in twelve months.
      await page.goto("/assess/?a=workshop&u=kb&q=monthlyRequestsIn12Months");
      await expect(page.getByRole("heading", { level: 1, name: question.label })).toBeVisible();
      const field = page.getByRole("textbox", { name: "Requests per month" });
      // Until answered, the template's volume scaled to the use case's: twice today's.
      await expect(field).toHaveValue("800,000");
      await axe();
      await field.fill(String(IN_A_YEAR));
      await page.getByRole("button", { name: "Next", exact: true }).click();
      await expect(page).not.toHaveURL(/q=monthlyRequestsIn12Months/);

      // After: the results say the move, when it falls due and what it saves.
      await page.goto("/results/?a=workshop&u=kb");
      await expect(page.getByTestId("recommendation-summary")).toHaveText(after.summary);
      await expect(page.getByTestId("path-sentence")).toHaveText(pathSentence(content, after));
      const move = page.getByTestId("path").locator("tr[data-option]").first();
      await expect(move).toHaveAttribute("data-option", "open_managed");
      await expect(move.locator("td").first()).toHaveAttribute(
        "data-value",
        String(after.path.steps[0]?.monthlyRequests),
      );
      await axe();

      // The report: the same path, under "Over the year".
      await page.goto("/report/?a=workshop");
      const reportPath = page.getByTestId("path");
      await expect(reportPath.getByRole("heading", { name: "Over the year" })).toBeVisible();
      await expect(reportPath.getByTestId("path-sentence")).toHaveText(
        pathSentence(content, after),
      );
      await axe();

      // The presenter's recommendation slide: the path in lines.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto("/present/?a=workshop&s=kb%3Areview");
      const lines = page.getByTestId("slide-path").locator("li");
      await expect(lines).toHaveText(pathLines(content, after));
      await axe();
    });
  }
});

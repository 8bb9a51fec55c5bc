import { readFileSync } from "node:fs";

import type { Locator, Page } from "@playwright/test";

import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import { assessmentJson } from "@/lib/export/json";
import { UTF8_BOM } from "@/lib/export/csv";

import { expect, test } from "./fixtures";
import { fixture, seedWorkspace, STORAGE_KEY } from "./seed";

/*
 * Files: a consultant leaves the assessment behind as a JSON file and the portfolio as a
 * spreadsheet, and brings a file back in by the file picker or by dropping it on My assessments.
 * A file that is not an assessment is refused with its problems and their paths, and nothing the
 * user had is lost.
 */

const workshop = fixture("workshop-10.json");
const fileName = "northwind-insurance-ai-sourcing-workshop-nov-2026.crossover.json";

/** The saved assessments' links on My assessments with this title. */
function savedCopies(page: Page, title: string): Locator {
  return page
    .getByRole("region", { name: /Saved in this browser/ })
    .getByRole("heading", { level: 3, name: title, exact: true });
}

/** Drops a file on the area the way a browser does: dragenter, dragover, drop with its DataTransfer. */
async function dropFile(target: Locator, name: string, text: string, type: string): Promise<void> {
  const dataTransfer = await target.page().evaluateHandle(
    ([fileName, fileText, fileType]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([fileText], fileName, { type: fileType }));
      return transfer;
    },
    [name, text, type] as const,
  );
  for (const event of ["dragenter", "dragover", "drop"]) {
    await target.dispatchEvent(event, { dataTransfer });
  }
}

test.describe("export and import", () => {
  test("the exported JSON is the PRODUCT.md format and imports back by picker and by drop", async ({
    context,
    page,
    axe,
  }) => {
    test.setTimeout(90_000);
    await seedWorkspace(context, workshop);
    await page.goto("/results/?a=workshop");
    const panel = page.getByRole("region", { name: "Share and export" });

    // JSON: the file name from the title, the format's text, every field intact.
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Export JSON" }).click(),
    ]);
    expect(json.suggestedFilename()).toBe(fileName);
    const jsonPath = test.info().outputPath(fileName);
    await json.saveAs(jsonPath);
    const text = readFileSync(jsonPath, "utf8");
    expect(text).toBe(assessmentJson(workshop));
    expect(parseAssessmentJson(text, content)).toEqual({ ok: true, value: workshop });

    // CSV: one row per use case after the header, UTF-8 with its byte-order mark.
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe(
      "northwind-insurance-ai-sourcing-workshop-nov-2026-use-cases.csv",
    );
    const csvText = readFileSync(await csv.path(), "utf8");
    expect(csvText.startsWith(UTF8_BOM)).toBe(true);
    const records = csvText.slice(1).split("\r\n").filter(Boolean);
    expect(records).toHaveLength(workshop.useCases.length + 1);
    for (const [i, useCase] of workshop.useCases.entries())
      expect(records[i + 1]?.startsWith(`${useCase.id},`)).toBe(true);

    // Back in, by the file picker: a second copy at the top of the list.
    await page.goto("/assess/");
    await expect(savedCopies(page, workshop.title)).toHaveCount(1);
    await expect(page.getByRole("link", { name: "assessment JSON Schema" })).toHaveAttribute(
      "href",
      "/schema/assessment.v1.json",
    );
    await page.getByLabel("Import a file").setInputFiles(jsonPath);
    await expect(page.getByTestId("import-outcome")).toContainText(`Imported “${workshop.title}”.`);
    await expect(savedCopies(page, workshop.title)).toHaveCount(2);
    await axe();

    // And by dropping the file on My assessments: a third.
    await dropFile(page.getByTestId("assessment-drop-zone"), fileName, text, "application/json");
    await expect(savedCopies(page, workshop.title)).toHaveCount(3);

    // The copy opens with the same results.
    await page.getByTestId("import-outcome").getByRole("link", { name: "See its results" }).click();
    await expect(page.getByRole("heading", { level: 1, name: workshop.title })).toBeVisible();
    await expect(page.locator("#portfolio-table tbody tr")).toHaveCount(workshop.useCases.length);
  });

  test("an invalid, foreign or oversized file is refused with its problems, and nothing is lost", async ({
    context,
    page,
    axe,
  }) => {
    await seedWorkspace(context, workshop);
    await page.goto("/assess/");
    await expect(savedCopies(page, workshop.title)).toHaveCount(1);
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const picker = page.getByLabel("Import a file");
    const outcome = page.getByTestId("import-outcome");

    // A file in the format with wrong values: each problem named by its path.
    const broken = {
      ...workshop,
      title: "Broken file",
      useCases: [
        {
          id: "claims",
          name: "Claims",
          answers: { dataSensitivity: "secret", monthlyRequests: -5 },
        },
      ],
      colour: "blue",
    };
    await picker.setInputFiles({
      name: "broken.crossover.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(outcome).toHaveRole("alert");
    await expect(outcome).toContainText("“broken.crossover.json” was not imported.");
    const problems = page.getByTestId("import-problems");
    await expect(problems).toContainText(
      "useCases[0].answers.dataSensitivity: expected one of public, internal, confidential, regulated, restricted",
    );
    await expect(problems).toContainText(
      "useCases[0].answers.monthlyRequests: expected a number ≥ 0",
    );
    await expect(problems).toContainText('(file): unknown field "colour"');
    await expect(outcome).toContainText("Nothing else changed");
    await axe();

    // Not JSON at all, by drop.
    await dropFile(page.getByTestId("assessment-drop-zone"), "notes.txt", "hello", "text/plain");
    await expect(outcome).toContainText("“notes.txt” was not imported.");
    await expect(outcome).toContainText("This is not a JSON file.");

    // JSON-named but not JSON inside.
    await picker.setInputFiles({
      name: "half.crossover.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"schema": "crossover.assessment/v1", "title": '),
    });
    await expect(page.getByTestId("import-problems")).toContainText("(file): not valid JSON");

    // Far larger than any assessment.
    await picker.setInputFiles({
      name: "huge.json",
      mimeType: "application/json",
      buffer: Buffer.alloc(1.5 * 1024 * 1024, 32),
    });
    await expect(outcome).toContainText("This file is 1.5 MB; an assessment file is at most 1 MB");

    // Nothing was added, nothing was lost.
    await expect(savedCopies(page, workshop.title)).toHaveCount(1);
    await expect(savedCopies(page, "Broken file")).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
  });
});

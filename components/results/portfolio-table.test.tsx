// @vitest-environment jsdom
import "@testing-library/jest-dom/vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { content } from "@/content";
import { evaluateAssessment } from "@/lib/engine";
import { portfolioRows } from "@/lib/view/portfolio";
import { sampleAssessment } from "@/lib/view/sample";
import { PortfolioTable } from "./portfolio-table";

const results = evaluateAssessment(sampleAssessment(content), content, { flips: false });
const rows = portfolioRows(content, results);

afterEach(cleanup);

describe("the portfolio table", () => {
  it("lists every use case with a link to its results, in the assessment's order", () => {
    render(<PortfolioTable rows={rows} source={{ kind: "saved", localId: "abc" }} />);
    const table = screen.getByRole("table", { name: /use cases, with the recommended option/i });
    const links = within(table).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual(results.useCases.map((u) => u.name));
    // Next's Link writes the trailing slash only under the app's own config (trailingSlash).
    expect(links[0]?.getAttribute("href")).toMatch(
      new RegExp(`^/results/?\\?a=abc&u=${results.useCases[0]?.id ?? ""}$`),
    );
  });

  it("sorts by a column, largest first, then the other way, and says so", async () => {
    const user = userEvent.setup();
    render(<PortfolioTable rows={rows} source={{ kind: "sample" }} />);
    const table = screen.getByRole("table", { name: /use cases, with the recommended option/i });
    const costHeader = within(table).getByRole("columnheader", { name: /monthly cost/i });
    const order = () =>
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) => row.getAttribute("data-use-case"));

    await user.click(within(costHeader).getByRole("button"));
    expect(costHeader).toHaveAttribute("aria-sort", "descending");
    const dearestFirst = [...rows].sort((a, b) => b.monthlyUsd - a.monthlyUsd).map((r) => r.id);
    expect(order()).toEqual(dearestFirst);

    await user.click(within(costHeader).getByRole("button"));
    expect(costHeader).toHaveAttribute("aria-sort", "ascending");
    expect(order()[0]).toBe(dearestFirst.at(-1));
  });
});

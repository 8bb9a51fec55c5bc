import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment, type UseCaseResult } from "@/lib/engine";
import { driverRows } from "@/lib/view/drivers";
import { pathSentence } from "@/lib/view/path";
import { optionIds, optionName } from "@/lib/view/options";
import { csvField, csvRecord, portfolioCsv, portfolioCsvHeader, UTF8_BOM } from "./csv";

function fixture(name: string): Assessment {
  const parsed = parseAssessmentJson(
    readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), "utf8"),
    content,
  );
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.value;
}

/**
 * A strict RFC 4180 reader, written for the test: CRLF between records, quoted fields with doubled
 * quotes. Throws on anything else, so a sloppy writer fails here.
 */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error("unterminated quoted field");
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      const stop = end < 0 ? text.length : i + end;
      field = text.slice(i, stop);
      if (/["\r\n]/.test(field)) throw new Error(`bare quote or line break in "${field}"`);
      i = stop;
    }
    record.push(field);
    if (text.startsWith(",", i)) i += 1;
    else if (text.startsWith("\r\n", i)) {
      records.push(record);
      record = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  if (record.length > 0) throw new Error("last record without CRLF");
  return records;
}

function read(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  return readCsv(csv.slice(UTF8_BOM.length));
}

const workshop = fixture("workshop-10.json");
const workshopResults = evaluateAssessment(workshop, content, { flips: false });

describe("portfolioCsv", () => {
  const rows = read(portfolioCsv(workshopResults, content));
  const [header, ...body] = rows;

  it("has a header and one row per use case, in the assessment's order", () => {
    expect(header).toEqual(portfolioCsvHeader(content));
    expect(header).toEqual([
      "Use case id",
      "Use case",
      "Recommendation",
      "Confidence (0-1)",
      "Closed API (USD per month)",
      "Open, managed (USD per month)",
      "Self-hosted (USD per month)",
      "Hybrid (USD per month)",
      "Crossover volume (requests per month)",
      "Top drivers",
      "Requests per month today",
      "Requests per month in 12 months",
      "Serving pattern",
      "Cheapest option allowed",
      "Premium over the cheapest (USD per month)",
      "Next move",
      "Next move at (requests per month)",
      "Next move in month",
      "Next move saves (USD per year)",
      "Path",
    ]);
    expect(body.map((r) => r[0])).toEqual(workshop.useCases.map((u) => u.id));
    expect(body.map((r) => r[1])).toEqual(workshop.useCases.map((u) => u.name));
    for (const row of rows) expect(row).toHaveLength(header?.length ?? 0);
  });

  it("carries the engine's figures as plain numbers a spreadsheet can sum", () => {
    workshopResults.useCases.forEach((u: UseCaseResult, i) => {
      const row = body[i] ?? [];
      expect(row[2]).toBe(optionName(content, u.recommendation));
      expect(Number(row[3])).toBeCloseTo(u.confidence, 3);
      expect(Number(row[3])).toBeGreaterThanOrEqual(0);
      expect(Number(row[3])).toBeLessThanOrEqual(1);
      optionIds.forEach((option, k) => {
        const cell = row[4 + k] ?? "";
        expect(cell).toMatch(/^\d+(\.\d{1,2})?$/);
        expect(Number(cell)).toBeCloseTo(u.cost.monthlyUsd[option], 2);
      });
      const crossover = u.cost.crossoverMonthlyRequests;
      expect(row[8]).toBe(crossover === null ? "" : String(crossover));
      const drivers = driverRows(content, u, workshopResults.assumedOrganization).slice(0, 3);
      expect(row[9]).toBe(drivers.map((d) => `${d.questionLabel}: ${d.answer}`).join("; "));
      expect(Number(row[10])).toBe(u.path.monthlyRequests);
      expect(Number(row[11])).toBe(u.path.monthlyRequestsIn12Months);
      expect(["While someone waits", "In batches", "Both"]).toContain(row[12]);
      expect(row[13]).toBe(optionName(content, u.cost.cheapestAllowed));
      expect(Number(row[14])).toBeCloseTo(u.cost.premium?.monthlyUsd ?? 0, 2);
      const [next] = u.path.steps;
      expect(row[15]).toBe(next ? optionName(content, next.option) : "");
      expect(row[16]).toBe(next ? String(next.monthlyRequests) : "");
      expect(row[17]).toBe(next?.month ? String(next.month) : "");
      expect(row[18]).toBe(next ? String(next.annualSavingUsd) : "");
      expect(row[19]).toBe(pathSentence(content, u));
    });
    // The sum of the recommended options' costs is the engine's portfolio total.
    const total = workshopResults.useCases.reduce((sum, u, i) => {
      const column = 4 + optionIds.indexOf(u.recommendation);
      return sum + Number(body[i]?.[column]);
    }, 0);
    expect(total).toBeCloseTo(workshopResults.portfolio.totalMonthlyUsd, 1);
  });

  it("leaves the crossover empty when self-hosting never becomes cheaper", () => {
    const tiny = evaluateAssessment(
      {
        schema: "crossover.assessment/v1",
        title: "Tiny",
        organization: { aiTeam: "none" },
        useCases: [
          {
            id: "t",
            name: "Tiny",
            answers: {
              monthlyRequests: 10,
              inputTokens: 1,
              outputTokens: 1,
              capabilityNeed: "standard",
            },
          },
        ],
      },
      content,
      { flips: false },
    );
    expect(tiny.useCases[0]?.cost.crossoverMonthlyRequests).toBeNull();
    expect(read(portfolioCsv(tiny, content))[1]?.[8]).toBe("");
  });

  it("quotes names holding commas, quotes and line breaks, and reads them back intact", () => {
    const names = [
      'Claims, "urgent" lane',
      "Two\nlines",
      "Windows\r\nbreak",
      "Plain",
      "Ünïcødé — 保险 🧾",
    ];
    const results = evaluateAssessment(
      {
        schema: "crossover.assessment/v1",
        title: "Quoting",
        organization: {},
        useCases: names.map((name, i) => ({ id: `u${i}`, name, answers: {} })),
      },
      content,
      { flips: false },
    );
    const csv = portfolioCsv(results, content);
    expect(csv).toContain('"Claims, ""urgent"" lane"');
    expect(
      read(csv)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(names);
  });

  it("defuses names that a spreadsheet would run as a formula", () => {
    const names = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "Safe = fine"];
    const results = evaluateAssessment(
      {
        schema: "crossover.assessment/v1",
        title: "Injection",
        organization: {},
        useCases: names.map((name, i) => ({ id: `u${i}`, name, answers: {} })),
      },
      content,
      { flips: false },
    );
    const cells = read(portfolioCsv(results, content))
      .slice(1)
      .map((r) => r[1]);
    expect(cells).toEqual([
      '\'=HYPERLINK("http://evil","x")',
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "Safe = fine",
    ]);
  });
});

describe("csvField", () => {
  it("writes numbers plain and null as an empty field", () => {
    expect(csvField(1068.33)).toBe("1068.33");
    expect(csvField(0)).toBe("0");
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("defuses tab and carriage-return starts too (OWASP)", () => {
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe('"\'\r=1"');
  });

  it("round-trips any text through a strict RFC 4180 reader, formula starts aside", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 6 }),
        (cells) => {
          const [record] = readCsv(`${csvRecord(cells)}\r\n`);
          expect(record).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        },
      ),
    );
  });
});

import { describe, expect, it } from "vitest";
import { caveats, hardConstraints } from "./constraints";
import { criteria } from "./criteria";
import { content } from "./index";
import { ContentError, validateContent } from "./validate";
import { hybrid, sourcingOptions } from "./options";
import { questions } from "./questions";
import { nextSteps, risks } from "./risks";
import { templates } from "./templates";
import { tiers } from "./tiers";
import { assumptions, scoring } from "./assumptions";
import { assumptionIds, criterionIds } from "@/lib/vocabulary";

const raw = () =>
  structuredClone({
    criteria,
    sourcingOptions,
    hybrid,
    questions,
    hardConstraints,
    caveats,
    risks,
    nextSteps,
    templates,
    assumptions,
    tiers,
    scoring,
  });

function problemsOf(mutate: (c: ReturnType<typeof raw>) => void): string[] {
  const broken = raw();
  mutate(broken);
  try {
    validateContent(broken);
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("the content files", () => {
  it("validate, with every criterion, option, question and assumption defined once", () => {
    // Equal, not only valid: the browser shows content as written (content/index.ts), so a value
    // the schemas would change (text with spaces around it, which they trim) must not be there.
    expect(validateContent(content)).toEqual(content);
    expect(content.criteria.map((c) => c.id).sort()).toEqual([...criterionIds].sort());
    expect(content.assumptions.map((a) => a.id).sort()).toEqual([...assumptionIds].sort());
    expect(content.templates.length).toBeGreaterThanOrEqual(8);
    expect(content.questions.filter((q) => q.quick).map((q) => q.id)).toEqual([
      "aiTeam",
      "dataSensitivity",
      "monthlyRequests",
      "strategicImportance",
    ]);
  });

  it("give every assumption a source and an as-of date", () => {
    for (const a of content.assumptions) {
      expect(a.source.length, a.id).toBeGreaterThan(10);
      expect(a.asOf, a.id).toMatch(/^20\d\d/);
    }
  });

  it("include the templates the product promises", () => {
    const names = content.templates.map((t) => t.name.toLowerCase()).join(" | ");
    for (const word of [
      "document",
      "regulated",
      "proprietary",
      "knowledge",
      "support",
      "coding",
      "marketing",
      "analytics",
    ]) {
      expect(names).toContain(word);
    }
  });
});

describe("a broken content file fails loudly with the file and the path of the bad value", () => {
  it("names a wrong type in a criterion", () => {
    expect(
      problemsOf((c) => {
        Object.assign(c.criteria[2] ?? {}, { defaultWeight: "high" });
      }),
    ).toEqual(["content/criteria.ts: [2].defaultWeight: expected number"]);
  });

  it("names an out-of-range rating", () => {
    expect(
      problemsOf((c) => {
        const option = c.sourcingOptions[0];
        if (option) option.ratings.privacy.rating = 7;
      }),
    ).toEqual(["content/options.ts: [0].ratings.privacy.rating: expected a number ≤ 5"]);
  });

  it("names an unknown field", () => {
    expect(
      problemsOf((c) => {
        Object.assign(c.templates[0] ?? {}, { colour: "blue" });
      }),
    ).toEqual(['content/templates.ts: [0]: unknown field "colour"']);
  });

  it("names a missing criterion", () => {
    expect(problemsOf((c) => c.criteria.pop())).toEqual([
      'content/criteria.ts: (file): missing criterion "security"',
    ]);
  });

  it("catches a constraint that refers to an answer that does not exist", () => {
    expect(
      problemsOf((c) => {
        const first = c.hardConstraints[0];
        if (first?.when[0]) first.when[0].in = ["top_secret"];
      }),
    ).toEqual([
      "content/constraints.ts: [0].when[0].in[0]: expected one of public, internal, confidential, regulated, restricted",
    ]);
  });

  it("catches a question whose options drift from the assessment format", () => {
    expect(
      problemsOf((c) => {
        const q = c.questions.find((x) => x.id === "exposure");
        if (q && "options" in q) q.options.pop();
      }).join("\n"),
    ).toMatch(
      /content\/questions\.ts: \[\d+\]\.options: expected the values internal, customers, high_stakes in this order/,
    );
  });

  it("catches a template answer out of range", () => {
    expect(
      problemsOf((c) => {
        const t = c.templates[1];
        if (t) t.answers.monthlyRequests = -3;
      }),
    ).toEqual(["content/templates.ts: [1].answers.monthlyRequests: expected a number ≥ 0"]);
  });

  it("catches an assumption outside its own range", () => {
    const problems = problemsOf((c) => {
      const gpu = c.assumptions.find((a) => a.id === "gpuHourPrice");
      if (gpu) gpu.value = 99;
    });
    expect(problems.join("\n")).toMatch(
      /^content\/assumptions\.ts: \[\d+\]\.value: expected a value from 0\.1 to 20$/m,
    );
  });

  it("catches a figure outside the range its own sources give", () => {
    const problems = problemsOf((c) => {
      const price = c.assumptions.find((a) => a.id === "apiFrontierInputPrice");
      if (price) price.value = 9;
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/assumptions\.ts: \[\d+\]\.range: expected low ≤ value ≤ high$/,
      ),
    ]);
  });
});

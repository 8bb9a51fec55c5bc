/**
 * Validates the content files, one by one and then across files, into the typed `Content` the
 * engine takes. A problem throws a `ContentError` whose message names the file, the path of the
 * bad value and what was expected, e.g.
 * `content/criteria.ts: [2].defaultWeight: Too big: expected number to be <=5`.
 */
import type { z } from "zod";
import {
  organizationChoices,
  useCaseChoices,
  useCaseNumbers,
  pureOptionIds,
  assumptionIds,
  criterionIds,
  modelClassIds,
} from "@/lib/vocabulary";
import { formatPath, issueMessage } from "@/lib/assessment/issues";
import {
  assumptionsSchema,
  caveatsSchema,
  criteriaSchema,
  hardConstraintsSchema,
  hybridSchema,
  nextStepsSchema,
  questionsSchema,
  risksSchema,
  scoringSchema,
  sourcingOptionsSchema,
  templatesSchema,
  tiersSchema,
  type Condition,
} from "./schema";

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map((p) => `  ${p.file}: ${p.path || "(root)"}: ${p.message}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** The raw exports of the content files, before validation. */
export interface RawContent {
  criteria: unknown;
  sourcingOptions: unknown;
  hybrid: unknown;
  questions: unknown;
  hardConstraints: unknown;
  caveats: unknown;
  risks: unknown;
  nextSteps: unknown;
  templates: unknown;
  assumptions: unknown;
  tiers: unknown;
  scoring: unknown;
}

const fileOf: Record<keyof RawContent, string> = {
  criteria: "content/criteria.ts",
  sourcingOptions: "content/options.ts",
  hybrid: "content/options.ts (hybrid)",
  questions: "content/questions.ts",
  hardConstraints: "content/constraints.ts",
  caveats: "content/constraints.ts (caveats)",
  risks: "content/risks.ts",
  nextSteps: "content/risks.ts (nextSteps)",
  templates: "content/templates.ts",
  assumptions: "content/assumptions.ts",
  tiers: "content/tiers.ts",
  scoring: "content/assumptions.ts (scoring)",
};

const allChoices: Record<string, readonly string[]> = { ...organizationChoices, ...useCaseChoices };

export function validateContent(raw: RawContent) {
  const problems: ContentProblem[] = [];
  function parse<S extends z.ZodType>(key: keyof RawContent, schema: S): z.infer<S> | undefined {
    const result = schema.safeParse(raw[key]);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({
        file: fileOf[key],
        path: formatPath(issue.path),
        message: issueMessage(issue),
      });
    }
    return undefined;
  }

  const criteria = parse("criteria", criteriaSchema);
  const sourcingOptions = parse("sourcingOptions", sourcingOptionsSchema);
  const hybrid = parse("hybrid", hybridSchema);
  const questions = parse("questions", questionsSchema);
  const hardConstraints = parse("hardConstraints", hardConstraintsSchema);
  const caveats = parse("caveats", caveatsSchema);
  const risks = parse("risks", risksSchema);
  const nextSteps = parse("nextSteps", nextStepsSchema);
  const templates = parse("templates", templatesSchema);
  const assumptions = parse("assumptions", assumptionsSchema);
  const tiers = parse("tiers", tiersSchema);
  const scoring = parse("scoring", scoringSchema);

  if (
    !criteria ||
    !sourcingOptions ||
    !hybrid ||
    !questions ||
    !hardConstraints ||
    !caveats ||
    !risks ||
    !nextSteps ||
    !templates ||
    !assumptions ||
    !tiers ||
    !scoring
  ) {
    throw new ContentError(problems);
  }

  // --- Across files: every id defined once, every reference resolves. ----------------------
  const add = (key: keyof RawContent, path: string, message: string) =>
    problems.push({ file: fileOf[key], path, message });

  const seen = (
    ids: readonly string[],
    expected: readonly string[],
    key: keyof RawContent,
    what: string,
  ) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) add(key, `[${i}].id`, `duplicate ${what} id "${id}"`);
    });
    for (const id of expected) {
      if (!ids.includes(id)) add(key, "(file)", `missing ${what} "${id}"`);
    }
  };
  seen(
    criteria.map((c) => c.id),
    criterionIds,
    "criteria",
    "criterion",
  );
  seen(
    sourcingOptions.map((o) => o.id),
    pureOptionIds,
    "sourcingOptions",
    "sourcing option",
  );
  seen(
    assumptions.map((a) => a.id),
    assumptionIds,
    "assumptions",
    "assumption",
  );
  const questionIds = [
    ...Object.keys(organizationChoices),
    ...Object.keys(useCaseChoices),
    ...Object.keys(useCaseNumbers),
  ];
  seen(
    questions.map((q) => q.id),
    questionIds,
    "questions",
    "question",
  );
  seen(
    tiers.map((t) => t.id),
    modelClassIds,
    "tiers",
    "model class",
  );
  seen(
    templates.map((t) => t.id),
    [],
    "templates",
    "template",
  );
  seen(
    hardConstraints.map((c) => c.id),
    [],
    "hardConstraints",
    "constraint",
  );
  seen(
    caveats.map((c) => c.id),
    [],
    "caveats",
    "caveat",
  );
  seen(
    risks.map((r) => r.id),
    [],
    "risks",
    "risk",
  );
  seen(
    nextSteps.map((s) => s.id),
    [],
    "nextSteps",
    "next step",
  );

  if (hybrid.components[0] === hybrid.components[1]) {
    add("hybrid", "components", "expected two different options");
  }

  questions.forEach((q, i) => {
    const expectedScope = q.id in organizationChoices ? "organization" : "useCase";
    if (q.scope !== expectedScope) add("questions", `[${i}].scope`, `expected "${expectedScope}"`);
    if (q.kind === "choice") {
      const values = allChoices[q.id];
      if (!values) {
        add("questions", `[${i}].kind`, `"${q.id}" is answered with a number, not a choice`);
        return;
      }
      const given = q.options.map((o) => o.value);
      if (given.join("|") !== values.join("|")) {
        add(
          "questions",
          `[${i}].options`,
          `expected the values ${values.join(", ")} in this order, got ${given.join(", ")}`,
        );
      }
      if (!values.includes(q.assumed)) {
        add("questions", `[${i}].assumed`, `expected one of ${values.join(", ")}`);
      }
    }
  });

  // A number question's assumed value must be an answer the format accepts.
  questions.forEach((q, i) => {
    if (q.kind !== "number") return;
    const range = useCaseNumbers[q.id];
    if (!Number.isInteger(q.assumed) || q.assumed < range.min || q.assumed > range.max) {
      add(
        "questions",
        `[${i}].assumed`,
        `expected a whole number from ${range.min} to ${range.max}`,
      );
    }
  });

  // The AI-team promise (a stronger team never lowers self-hosting's score) needs the engineers
  // a self-hosted model takes to fall as the team grows.
  const fte = (id: string) => assumptions.find((a) => a.id === id)?.value ?? 0;
  const teamFte = [
    "selfHostedFteNone",
    "selfHostedFteGeneralist",
    "selfHostedFteMlTeam",
    "selfHostedFtePlatform",
  ];
  teamFte.slice(1).forEach((id, k) => {
    const previous = teamFte[k] ?? "";
    if (fte(id) > fte(previous)) {
      add(
        "assumptions",
        `${id}.value`,
        `expected at most ${previous} (${fte(previous)}): a stronger team never needs more engineers`,
      );
    }
  });

  const checkConditions = (
    key: keyof RawContent,
    base: string,
    conditions: readonly Condition[],
  ) => {
    conditions.forEach((c, j) => {
      const values = allChoices[c.question];
      if (!values) {
        add(
          key,
          `${base}.when[${j}].question`,
          `expected a question answered by a choice, got "${c.question}"`,
        );
        return;
      }
      c.in.forEach((v, k) => {
        if (!values.includes(v))
          add(key, `${base}.when[${j}].in[${k}]`, `expected one of ${values.join(", ")}`);
      });
    });
  };
  hardConstraints.forEach((c, i) => checkConditions("hardConstraints", `[${i}]`, c.when));
  caveats.forEach((c, i) => checkConditions("caveats", `[${i}]`, c.when));
  hybrid.headlineWhen.forEach((h, i) => checkConditions("hybrid", `headlineWhen[${i}]`, h.when));
  risks.forEach((r, i) => checkConditions("risks", `[${i}]`, r.when));
  nextSteps.forEach((s, i) => checkConditions("nextSteps", `[${i}]`, s.when));

  assumptions.forEach((a, i) => {
    if (a.range && (a.range.low > a.value || a.range.high < a.value))
      add("assumptions", `[${i}].range`, "expected low ≤ value ≤ high");
    if (a.min > a.max) add("assumptions", `[${i}].min`, "expected min ≤ max");
    if (a.value < a.min || a.value > a.max)
      add("assumptions", `[${i}].value`, `expected a value from ${a.min} to ${a.max}`);
  });

  if (problems.length > 0) throw new ContentError(problems);

  return {
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
  };
}

export type Content = ReturnType<typeof validateContent>;

// A .tsx name only because vitest.config.ts collects components/**/*.test.tsx; no JSX here.
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import type { Question } from "@/content/schema";
import type { Assessment } from "@/lib/assessment/schema";
import {
  isReadyToRecommend,
  neighbours,
  progressOfOrganization,
  organizationSectionsOf,
  questionnaireSteps,
  resolveStep,
  stepKey,
  progressOfUseCase,
  sectionsPerUseCase,
} from "./progress";

const { questions, templates } = content;

const assessment: Assessment = {
  schema: "crossover.assessment/v1",
  title: "Acme",
  organization: { aiTeam: "ml_team" },
  useCases: [
    {
      id: "contracts",
      name: "Contracts",
      template: "document-processing",
      answers: { dataSensitivity: "restricted" },
    },
    { id: "blank", name: "Blank", answers: {} },
  ],
};

function progressOf(a: Assessment, marks?: Parameters<typeof progressOfUseCase>[1]) {
  return {
    organization: progressOfOrganization(a.organization, marks, questions),
    useCases: Object.fromEntries(
      a.useCases.map((u) => [u.id, progressOfUseCase(u, marks, questions, templates)]),
    ),
  };
}

describe("sections", () => {
  it("asks the organization profile once, one question a screen", () => {
    expect(organizationSectionsOf(questions).map((s) => s.id)).toEqual([
      "aiTeam",
      "securityMaturity",
      "infrastructure",
    ]);
  });

  it("asks each use case's quick path first and the request sizes with the volume", () => {
    const sections = sectionsPerUseCase(questions);
    expect(sections.map((s) => s.id)).toEqual([
      "dataSensitivity",
      "monthlyRequests",
      "strategicImportance",
      "auditability",
      "customization",
      "capabilityNeed",
      "timeToValue",
      "exposure",
      "lockInTolerance",
      "servingPattern",
      "selfHostedShare",
      "monthlyRequestsIn12Months",
    ]);
    expect(sections.filter((s) => s.quick).map((s) => s.id)).toEqual([
      "dataSensitivity",
      "monthlyRequests",
      "strategicImportance",
    ]);
    expect(sections[1]?.questions.map((q) => q.id)).toEqual([
      "monthlyRequests",
      "inputTokens",
      "outputTokens",
    ]);
    // Every per-use-case question of content is asked somewhere, once.
    const asked = sections.flatMap((s) => s.questions.map((q) => q.id)).sort();
    expect(asked).toEqual(
      questions
        .filter((q) => q.scope === "useCase")
        .map((q) => q.id)
        .sort(),
    );
  });

  it("follows content: a question added there gets a screen of its own, in the quick path if it says so", () => {
    const strategic = questions.find((q) => q.id === "strategicImportance");
    if (strategic?.kind !== "choice") throw new Error("missing question");
    const added: Question = {
      ...strategic,
      id: "exposure",
      quick: true,
      label: "A new quick question",
    };
    const sections = sectionsPerUseCase([...questions.filter((q) => q.id !== "exposure"), added]);
    expect(sections.filter((s) => s.quick).map((s) => s.id)).toEqual([
      "dataSensitivity",
      "monthlyRequests",
      "strategicImportance",
      "exposure",
    ]);
    // Without the volume question, the request sizes are asked on screens of their own.
    expect(
      sectionsPerUseCase(questions.filter((q) => q.id !== "monthlyRequests")).map((s) => s.id),
    ).toContain("inputTokens");
  });
});

describe("progress", () => {
  it("tells answered, not sure, from the template and open apart", () => {
    const marks = {
      useCases: { contracts: ["exposure" as const], blank: ["dataSensitivity" as const] },
    };
    const contracts = progressOfUseCase(assessment.useCases[0]!, marks, questions, templates);
    expect(contracts.states).toMatchObject({
      dataSensitivity: "answered",
      exposure: "not-sure",
      monthlyRequests: "template",
    });
    expect(contracts.answered).toBe(1);
    expect(contracts.total).toBe(14);
    expect(contracts.quickOpen).toEqual([]);
    expect(contracts.toReview.map((q) => q.id)).not.toContain("exposure");
    const blank = progressOfUseCase(assessment.useCases[1]!, marks, questions, templates);
    expect(blank.states).toMatchObject({ dataSensitivity: "not-sure", monthlyRequests: "open" });
    expect(blank.quickOpen.map((q) => q.id)).toEqual(["monthlyRequests", "strategicImportance"]);
  });

  it("recommends once every quick-path question is settled, the organization's included", () => {
    const withTeam = progressOf(assessment);
    expect(isReadyToRecommend(withTeam.organization, withTeam.useCases.contracts!)).toBe(true);
    expect(isReadyToRecommend(withTeam.organization, withTeam.useCases.blank!)).toBe(false);

    const noTeam = progressOf({ ...assessment, organization: {} });
    expect(isReadyToRecommend(noTeam.organization, noTeam.useCases.contracts!)).toBe(false);
    const notSureTeam = progressOf(
      { ...assessment, organization: {} },
      { organization: ["aiTeam"] },
    );
    expect(isReadyToRecommend(notSureTeam.organization, notSureTeam.useCases.contracts!)).toBe(
      true,
    );

    const answered = {
      ...assessment.useCases[1]!,
      answers: { dataSensitivity: "public", monthlyRequests: 10, strategicImportance: "commodity" },
    } as const;
    const blankDone = progressOfUseCase(answered, undefined, questions, templates);
    expect(isReadyToRecommend(withTeam.organization, blankDone)).toBe(true);
  });
});

describe("steps", () => {
  const steps = questionnaireSteps(assessment, questions);

  it("walks the profile, the use cases, then each use case's quick path, preview, refinements and review", () => {
    const keys = steps.map(stepKey);
    expect(keys.slice(0, 4)).toEqual([
      "organization:aiTeam",
      "organization:securityMaturity",
      "organization:infrastructure",
      "use-cases",
    ]);
    expect(keys.slice(4, 19)).toEqual([
      "contracts:dataSensitivity",
      "contracts:monthlyRequests",
      "contracts:strategicImportance",
      "contracts:preview",
      "contracts:auditability",
      "contracts:customization",
      "contracts:capabilityNeed",
      "contracts:timeToValue",
      "contracts:exposure",
      "contracts:lockInTolerance",
      "contracts:servingPattern",
      "contracts:selfHostedShare",
      "contracts:monthlyRequestsIn12Months",
      "contracts:review",
      "blank:dataSensitivity",
    ]);
    expect(keys.at(-1)).toBe("blank:review");
    expect(steps).toHaveLength(4 + 2 * 14);
  });

  it("opens the step an address names, and falls back sensibly", () => {
    const progress = progressOf(assessment);
    const at = (address: Parameters<typeof resolveStep>[1], a = assessment) =>
      stepKey(resolveStep(questionnaireSteps(a, questions), address, progressOf(a)));
    expect(at({ questionId: "infrastructure" })).toBe("organization:infrastructure");
    expect(at({ useCaseId: "blank", questionId: "lockInTolerance" })).toBe("blank:lockInTolerance");
    // A question asked on the volume screen opens that screen.
    expect(at({ useCaseId: "blank", questionId: "outputTokens" })).toBe("blank:monthlyRequests");
    expect(at({ useCaseId: "contracts", step: "preview" })).toBe("contracts:preview");
    // A use case alone opens at its first question still to review.
    expect(at({ useCaseId: "contracts" })).toBe("contracts:monthlyRequests");
    expect(at({})).toBe("use-cases");
    expect(at({ useCaseId: "gone" })).toBe("use-cases");
    expect(at({ questionId: "nonsense" })).toBe("use-cases");
    // A new assessment starts with the organization profile.
    expect(at({}, { ...assessment, organization: {}, useCases: [] })).toBe("organization:aiTeam");
    expect(progress.organization.answered).toBe(1);
  });

  it("gives Back and Next", () => {
    const preview = steps.find((s) => stepKey(s) === "contracts:preview")!;
    const { previous, next } = neighbours(steps, preview);
    expect(previous && stepKey(previous)).toBe("contracts:strategicImportance");
    expect(next && stepKey(next)).toBe("contracts:auditability");
    expect(neighbours(steps, steps[0]!).previous).toBeUndefined();
    expect(neighbours(steps, steps.at(-1)!).next).toBeUndefined();
  });
});

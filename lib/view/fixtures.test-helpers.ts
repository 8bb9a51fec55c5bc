/** Shared inputs for lib/view tests: the Acme Bank fixture and its results from the engine. */
import { readFileSync } from "node:fs";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment, type AssessmentResults, type UseCaseResult } from "@/lib/engine";

export function loadFixture(name: string): Assessment {
  const parsed = parseAssessmentJson(
    readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), "utf8"),
    content,
  );
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.value;
}

export const acme: Assessment = loadFixture("acme-bank.json");
export const acmeResults: AssessmentResults = evaluateAssessment(acme, content);

export function findUseCase(results: AssessmentResults, id: string): UseCaseResult {
  const found = results.useCases.find((u) => u.id === id);
  if (!found) throw new Error(`no use case ${id}`);
  return found;
}

/**
 * What each results view asks of the engine, and no more. The portfolio needs every use case but
 * none of their flips (the costliest part: each flip is a re-evaluation); one use case needs its
 * flips but no other use case. A use case's result depends only on its own answers and on what
 * the assessment shares (organization, weights, assumptions), so evaluating it alone gives the
 * same result as evaluating it with the rest (lib/view/evaluate.test.ts holds the engine to that).
 */
import type { Content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment, type AssessmentResults } from "@/lib/engine";

/** Every use case, without flips: for the portfolio. */
export function evaluatePortfolio(assessment: Assessment, content: Content): AssessmentResults {
  return evaluateAssessment(assessment, content, { flips: false });
}

/**
 * One use case with everything, flips included unless `flips` is false, as the only use case of
 * its assessment; null when the assessment has no such use case.
 */
export function evaluateOneUseCase(
  assessment: Assessment,
  useCaseId: string,
  content: Content,
  { flips = true }: { flips?: boolean } = {},
): AssessmentResults | null {
  const useCase = assessment.useCases.find((u) => u.id === useCaseId);
  if (!useCase) return null;
  return evaluateAssessment({ ...assessment, useCases: [useCase] }, content, { flips });
}

/**
 * Addresses of the screens the results link to (the URL contract): results at
 * `/results/?a=<localId>` with `&u=<useCaseId>` for one use case; a question of the questionnaire
 * at `/assess/?a=<localId>&u=<useCaseId>&q=<questionId>`, without `u` for the organization's.
 */
import { organizationQuestionIds, type QuestionId } from "@/lib/vocabulary";

/** Where the results come from: a saved assessment, or the built-in sample portfolio. */
export type ResultsSource = { kind: "saved"; localId: string } | { kind: "sample" };

function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function resultsHref(source: ResultsSource, useCaseId?: string): string {
  const base = source.kind === "sample" ? { sample: "1" } : { a: source.localId };
  return `/results/${query({ ...base, u: useCaseId })}`;
}

export function isOrganizationQuestion(question: QuestionId): boolean {
  return (organizationQuestionIds as readonly string[]).includes(question);
}

/** The question in the questionnaire; null for the sample, which has nothing to edit. */
export function questionHref(
  source: ResultsSource,
  useCaseId: string,
  question: QuestionId,
): string | null {
  if (source.kind === "sample") return null;
  const u = isOrganizationQuestion(question) ? undefined : useCaseId;
  return `/assess/${query({ a: source.localId, u, q: question })}`;
}

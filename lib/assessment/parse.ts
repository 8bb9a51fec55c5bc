/**
 * Parsing assessments from outside (files, links, saved state, the command line) into the
 * domain's `Assessment`. Never throws: bad input becomes a list of problems, each naming the path
 * of the bad value. Older versions of the format are migrated forward here (see migrate.ts).
 */
import type { Content } from "@/content";
import { assessmentSchemas, type Assessment } from "./schema";
import { toValidationIssues, type ValidationIssue } from "./issues";
import { migrateToCurrent } from "./migrate";

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Validates a parsed JSON value as an assessment; checks assumption overrides against content's ranges. */
export function parseAssessment(input: unknown, content: Content): ParseResult<Assessment> {
  const migrated = migrateToCurrent(input);
  if (!migrated.ok) return migrated;
  const result = assessmentSchemas().assessment.safeParse(migrated.value);
  if (!result.success) return { ok: false, issues: toValidationIssues(result.error) };
  const issues: ValidationIssue[] = [];
  for (const [id, value] of Object.entries(result.data.assumptions ?? {})) {
    const assumption = content.assumptions.find((a) => a.id === id);
    if (assumption && (value < assumption.min || value > assumption.max)) {
      issues.push({
        path: `assumptions.${id}`,
        message: `expected a number from ${assumption.min} to ${assumption.max} (${assumption.unit})`,
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: result.data };
}

/** Parses JSON text as an assessment. */
export function parseAssessmentJson(text: string, content: Content): ParseResult<Assessment> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: "", message: `not valid JSON (${detail})` }] };
  }
  return parseAssessment(json, content);
}

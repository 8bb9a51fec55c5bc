/**
 * Migrations between versions of the assessment format. Every file and link ever made must keep
 * opening: when v2 arrives, add `migrateV1ToV2` here and chain it, and keep v1 fixtures in the
 * tests. Today v1 is the only version.
 */
import { ASSESSMENT_SCHEMA_V1 } from "@/lib/vocabulary";
import type { ValidationIssue } from "./issues";

const KNOWN = /^crossover\.assessment\/v(\d+)$/;

export function migrateToCurrent(
  input: unknown,
): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: "", message: "expected an assessment object" }] };
  }
  const schema = "schema" in input ? input.schema : undefined;
  if (schema === ASSESSMENT_SCHEMA_V1) return { ok: true, value: input };
  if (typeof schema === "string") {
    const version = KNOWN.exec(schema)?.[1];
    if (version !== undefined && Number(version) > 1) {
      return {
        ok: false,
        issues: [
          {
            path: "schema",
            message: `this assessment was made by a newer version of Crossover (${schema}); this version reads ${ASSESSMENT_SCHEMA_V1}`,
          },
        ],
      };
    }
  }
  return {
    ok: false,
    issues: [{ path: "schema", message: `expected "${ASSESSMENT_SCHEMA_V1}"` }],
  };
}

/**
 * The JSON Schema of the assessment file, generated from the zod schema (the one source of truth)
 * and published at /schema/assessment.v1.json for other tools. Assumption overrides get the
 * ranges and units content gives them.
 */
import { z } from "zod";
import type { Content } from "@/content";
import { assessmentSchemas } from "./schema";

export const ASSESSMENT_JSON_SCHEMA_PATH = "/schema/assessment.v1.json";

export function assessmentJsonSchema(content: Content): Record<string, unknown> {
  const generated = z.toJSONSchema(assessmentSchemas().assessment, {
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  const assumptions = Object.fromEntries(
    content.assumptions.map((a) => [
      a.id,
      {
        type: "number",
        minimum: a.min,
        maximum: a.max,
        description: `${a.label} (${a.unit}); default ${a.value}`,
      },
    ]),
  );
  const weights = Object.fromEntries(
    content.criteria.map((c) => [
      c.id,
      {
        type: "number",
        minimum: 0,
        maximum: 10,
        description: `${c.name}; default ${c.defaultWeight}`,
      },
    ]),
  );
  const properties =
    "properties" in generated && typeof generated.properties === "object"
      ? generated.properties
      : {};
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://crossover.invalid${ASSESSMENT_JSON_SCHEMA_PATH}`,
    title: "Crossover assessment (crossover.assessment/v1)",
    description:
      "An assessment of AI use cases for Crossover, the open vs closed AI sourcing advisor: the format shared by JSON export/import, share links and `npm run evaluate`. Any answer may be missing while a questionnaire is in progress.",
    ...generated,
    properties: {
      ...properties,
      weights: {
        type: "object",
        properties: weights,
        additionalProperties: false,
        description: "Criterion weights, 0–10; missing ones use content's defaults.",
      },
      assumptions: {
        type: "object",
        properties: assumptions,
        additionalProperties: false,
        description: "Overrides of the sourced cost assumptions.",
      },
    },
  };
}

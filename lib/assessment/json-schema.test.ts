import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assessmentJsonSchema } from "./json-schema";

describe("published JSON Schema", () => {
  it("matches the zod schema (regenerate with `npx tsx scripts/json-schema.ts`)", () => {
    const published: unknown = JSON.parse(
      readFileSync(new URL("../../public/schema/assessment.v1.json", import.meta.url), "utf8"),
    );
    expect(published).toEqual(assessmentJsonSchema(content));
  });

  it("describes the format's fields and ranges", () => {
    const schema = assessmentJsonSchema(content);
    const text = JSON.stringify(schema);
    expect(text).toContain('"const":"crossover.assessment/v1"');
    expect(text).toContain('"gpuHourPrice":{"type":"number","minimum":0.1,"maximum":20');
    expect(text).toContain('"additionalProperties":false');
  });
});

/**
 * Writes public/schema/assessment.v1.json and public/schema/results.v1.json from their zod
 * schemas. Run after changing either format: `npx tsx scripts/json-schema.ts`; a unit test fails
 * while a published file is stale.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { content } from "@/content";
import { assessmentJsonSchema } from "@/lib/assessment/json-schema";
import { resultsJsonSchema } from "@/lib/engine/results-schema";

for (const [name, schema] of [
  ["assessment.v1.json", assessmentJsonSchema(content)],
  ["results.v1.json", resultsJsonSchema()],
] as const) {
  const file = fileURLToPath(new URL(`../public/schema/${name}`, import.meta.url));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

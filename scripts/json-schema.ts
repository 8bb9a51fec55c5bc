/**
 * Writes public/schema/assessment.v1.json from the zod schema. Run after changing the format:
 * `npx tsx scripts/json-schema.ts`; a unit test fails while the published file is stale.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { content } from "@/content";
import { assessmentJsonSchema } from "@/lib/assessment/json-schema";

const file = fileURLToPath(new URL("../public/schema/assessment.v1.json", import.meta.url));
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(assessmentJsonSchema(content), null, 2)}\n`);
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);

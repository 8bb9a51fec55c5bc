import { readFileSync } from "node:fs";

import type { BrowserContext } from "@playwright/test";

import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";

/** The localStorage key of the saved workspace (state/workspace-data.ts). */
export const STORAGE_KEY = "crossover.workspace";

/** An assessment file from tests/fixtures, parsed as the app parses an import. */
export function fixture(name: string): Assessment {
  const parsed = parseAssessmentJson(
    readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"),
    content,
  );
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.value;
}

/**
 * Saves one assessment in the browser before any page loads, as the local id "workshop", unless
 * the test has already left saved work there.
 */
export async function seedWorkspace(
  context: BrowserContext,
  assessment: Assessment,
): Promise<void> {
  const workspace = JSON.stringify({
    version: 1,
    state: {
      assessments: [
        {
          localId: "workshop",
          createdAt: "2026-11-01T09:00:00.000Z",
          updatedAt: "2026-11-01T09:00:00.000Z",
          assessment,
        },
      ],
      activeId: "workshop",
    },
  });
  await context.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    [STORAGE_KEY, workspace] as const,
  );
}

/**
 * The saved workspace: every assessment kept in this browser ("My assessments"), as stored in
 * localStorage, and how it is written. Reading it back, with zod, is workspace-schema.ts, which
 * the store loads only when there is something saved to read.
 */
import type { Assessment } from "@/lib/assessment/schema";
import type { NotSureMarks, SavedAssessment } from "./workspace-schema";

export type { NotSureMarks, SavedAssessment };

export const WORKSPACE_STORAGE_KEY = "crossover.workspace";
export const WORKSPACE_BACKUP_PREFIX = "crossover.workspace.backup.";
/** Version of the saved workspace's shape (not of the assessment format, which has its own). */
export const WORKSPACE_VERSION = 1;

export interface WorkspaceData {
  assessments: SavedAssessment[];
  activeId: string | null;
}

export const emptyWorkspace = (): WorkspaceData => ({ assessments: [], activeId: null });

export function writeWorkspace(data: WorkspaceData): string {
  return JSON.stringify({
    version: WORKSPACE_VERSION,
    state: { assessments: data.assessments, activeId: data.activeId },
  });
}

export function newAssessment(title: string): Assessment {
  return { schema: "crossover.assessment/v1", title, organization: {}, useCases: [] };
}

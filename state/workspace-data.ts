/**
 * The saved workspace: every assessment kept in this browser ("My assessments"), as stored in
 * localStorage, and how it is written. Reading it back, with zod, is workspace-schema.ts, which
 * the store loads only when there is something saved to read.
 */
import type { Assessment } from "@/lib/assessment/schema";
import type { OrganizationQuestionId, UseCaseQuestionId } from "@/lib/vocabulary";

/**
 * The questions the user answered "not sure": an answer in its own right (the engine assumes a
 * value and says so), which the questionnaire remembers so that it does not ask again and counts
 * the question as settled. Kept beside the assessment, not in it: the assessment file has no
 * place for it, and a shared link need not carry it.
 */
export interface NotSureMarks {
  organization?: OrganizationQuestionId[] | undefined;
  /** By use case id. */
  useCases?: Record<string, UseCaseQuestionId[]> | undefined;
}

/** One assessment as kept in this browser. workspace-schema.ts reads it back with zod. */
export interface SavedAssessment {
  /** Local id in this browser; never part of the assessment file or a link. */
  localId: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  assessment: Assessment;
  /** Questions answered "not sure"; saves from before it existed have none. */
  notSure?: NotSureMarks | undefined;
}

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

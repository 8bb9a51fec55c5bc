/**
 * Reading the saved workspace back: parsed with zod; a corrupt or incompatible saved state is set
 * aside as a backup and reported, and the app opens with whatever could be kept. The store loads
 * this module (and zod with it) only when there is saved work to read; what every page needs to
 * write and start a workspace is in workspace-data.ts.
 */
import { z } from "zod";
import { builtOnFirstUse } from "@/lib/zod";
import { assessmentSchemas } from "@/lib/assessment/schema";
import { organizationQuestionIds, useCaseQuestionIds } from "@/lib/vocabulary";
import {
  emptyWorkspace,
  WORKSPACE_VERSION,
  type NotSureMarks,
  type SavedAssessment,
  type WorkspaceData,
} from "./workspace-data";

/** Builds the saved workspace's schemas; see `workspaceSchemas`. */
function buildSchemas() {
  /**
   * The questions the user answered "not sure": an answer in its own right (the engine assumes a
   * value and says so), which the questionnaire remembers so that it does not ask again and counts
   * the question as settled. Kept beside the assessment, not in it: the assessment file has no
   * place for it, and a shared link need not carry it.
   */
  const notSureMarks: z.ZodType<NotSureMarks> = z.strictObject({
    organization: z.array(z.enum(organizationQuestionIds)).optional(),
    /** By use case id. */
    useCases: z.record(z.string(), z.array(z.enum(useCaseQuestionIds))).optional(),
  });

  const savedAssessment: z.ZodType<SavedAssessment> = z.strictObject({
    /** Local id in this browser; never part of the assessment file or a link. */
    localId: z.string().min(1).max(64),
    /** ISO timestamps. */
    createdAt: z.string(),
    updatedAt: z.string(),
    assessment: assessmentSchemas().assessment,
    /**
     * Questions answered "not sure". Optional (saves from before it existed have none); a damaged
     * record is dropped rather than costing the user the assessment it belongs to.
     */
    notSure: notSureMarks.optional().catch(undefined),
  });

  const storedWorkspace = z.strictObject({
    version: z.literal(WORKSPACE_VERSION),
    state: z.strictObject({
      assessments: z.array(z.unknown()),
      activeId: z.string().nullable(),
    }),
  });

  return { notSureMarks, savedAssessment, storedWorkspace };
}

/** Built on first use: when there is saved work to read. */
const workspaceSchemas = builtOnFirstUse(buildSchemas);

/** What happened when the saved workspace was read. */
export type WorkspaceLoad =
  | { status: "empty"; data: WorkspaceData }
  | { status: "ok"; data: WorkspaceData }
  /** Some or all of it could not be read; the raw text was kept under `backupKey`. */
  | { status: "recovered"; data: WorkspaceData; dropped: number; reason: string };

/**
 * Reads a saved workspace's raw text. Keeps every assessment that still validates, and reports
 * how many could not be kept and why. Never throws.
 */
export function readWorkspace(raw: string | null): WorkspaceLoad {
  if (raw === null || raw === "") return { status: "empty", data: emptyWorkspace() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      status: "recovered",
      data: emptyWorkspace(),
      dropped: 0,
      reason: "the saved data is not readable (not valid JSON)",
    };
  }
  const { savedAssessment, storedWorkspace } = workspaceSchemas();
  const stored = storedWorkspace.safeParse(json);
  if (!stored.success) {
    const version =
      typeof json === "object" && json !== null && "version" in json ? json.version : undefined;
    const reason =
      typeof version === "number" && version > WORKSPACE_VERSION
        ? "it was saved by a newer version of Crossover"
        : "its format is not one this version understands";
    return { status: "recovered", data: emptyWorkspace(), dropped: 0, reason };
  }
  const assessments: SavedAssessment[] = [];
  let dropped = 0;
  for (const item of stored.data.state.assessments) {
    const parsed = savedAssessment.safeParse(item);
    if (parsed.success && !assessments.some((a) => a.localId === parsed.data.localId))
      assessments.push(parsed.data);
    else dropped += 1;
  }
  const activeId = assessments.some((a) => a.localId === stored.data.state.activeId)
    ? stored.data.state.activeId
    : (assessments[0]?.localId ?? null);
  const data = { assessments, activeId };
  return dropped > 0
    ? {
        status: "recovered",
        data,
        dropped,
        reason: `${dropped} saved assessment${dropped === 1 ? " was" : "s were"} damaged`,
      }
    : { status: "ok", data };
}

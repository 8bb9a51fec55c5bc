/**
 * Messages from outside the page, parsed with zod like any other input: the workshop channel's
 * (channel.ts), from another window that may run an older build of the app, and the offline
 * worker's (use-offline-status.ts). Loaded with the first message, not with the page.
 */
import { z } from "zod";
import { builtOnFirstUse } from "@/lib/zod";

const workshopMessageSchema = builtOnFirstUse(() =>
  z.discriminatedUnion("type", [
    /** The control window shows this step; `slide` is its step key (= the presenter's slide key). */
    z.object({ type: z.literal("step"), localId: z.string().min(1), slide: z.string().min(1) }),
    /** A presenter that just opened asks where the facilitator is. */
    z.object({ type: z.literal("where"), localId: z.string().min(1) }),
  ]),
);
export type WorkshopMessage = z.infer<ReturnType<typeof workshopMessageSchema>>;

export function parseWorkshopMessage(data: unknown): WorkshopMessage | null {
  const parsed = workshopMessageSchema().safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** What public/sw.js answers to "crossover:offline-status". */
const workerStatusSchema = builtOnFirstUse(() =>
  z.object({
    version: z.string(),
    complete: z.boolean(),
    missing: z.number(),
  }),
);
export type WorkerStatus = z.infer<ReturnType<typeof workerStatusSchema>>;

export function parseWorkerStatus(data: unknown): WorkerStatus | null {
  const parsed = workerStatusSchema().safeParse(data);
  return parsed.success ? parsed.data : null;
}

"use client";

import { Link } from "@/components/link";
import { useCallback, useRef, useState, type DragEvent, type ReactNode } from "react";

import { formatIssues } from "@/lib/assessment/issues";
import { resultsHref } from "@/lib/view/links";
import { useWorkspaceStore } from "@/state/workspace-provider";

import { assessHref } from "./navigation";

/** Largest file read: a 100-use-case assessment with every text at its limit is about 60 KB. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
/** Problems listed per file before "and N more". */
const SHOWN_ISSUES = 15;

/** What became of one file. */
export type ImportOutcome =
  | { status: "imported"; fileName: string; title: string; localId: string }
  | { status: "refused"; fileName: string; reason: string }
  | { status: "invalid"; fileName: string; problems: string[] };

/**
 * Named or typed as JSON, or reading as a JSON object: a download that lost its file name still
 * imports, while a spreadsheet, an image or a text note is refused before it is parsed.
 */
function looksLikeJson(file: File, text: string): boolean {
  return (
    /\.json$/i.test(file.name) ||
    /^application\/([\w.-]+\+)?json$/i.test(file.type) ||
    /^\uFEFF?\s*\{/.test(text)
  );
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Imports assessment files into My assessments: each is read, parsed and validated like every
 * outside input (`parseAssessmentJson`), and added as a new assessment only when it passes. A
 * file that does not pass changes nothing; its problems are listed with their paths.
 */
export function useAssessmentImport() {
  const store = useWorkspaceStore();
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const results: ImportOutcome[] = [];
      for (const file of files) {
        const fileName = file.name || "The file";
        if (file.size > MAX_IMPORT_BYTES) {
          results.push({
            status: "refused",
            fileName,
            reason: `This file is ${sizeInWords(file.size)}; an assessment file is at most 1 MB (a large one is about 60 KB). Is it the right file?`,
          });
          continue;
        }
        let text: string;
        try {
          text = await file.text();
        } catch {
          results.push({
            status: "refused",
            fileName,
            reason: "The browser could not read this file. Try choosing it again.",
          });
          continue;
        }
        if (!looksLikeJson(file, text)) {
          results.push({
            status: "refused",
            fileName,
            reason:
              "This is not a JSON file. Crossover imports the assessment files it exports, which end in .crossover.json.",
          });
          continue;
        }
        // Loaded on the first import: the parser brings zod and the content (for the ranges of
        // assumption overrides), which the list of assessments does not need to open.
        const [{ parseAssessmentJson }, { content }] = await Promise.all([
          import("@/lib/assessment/parse"),
          import("@/content"),
        ]);
        // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON does not allow.
        const parsed = parseAssessmentJson(text.replace(/^\uFEFF/, ""), content);
        if (!parsed.ok) {
          results.push({ status: "invalid", fileName, problems: formatIssues(parsed.issues) });
          continue;
        }
        const localId = store.getState().addAssessment(parsed.value);
        results.push({ status: "imported", fileName, title: parsed.value.title, localId });
      }
      setOutcomes(results);
    },
    [store],
  );

  const clear = useCallback(() => setOutcomes([]), []);
  return { outcomes, importFiles, clear };
}

/** The file picker, styled as a button; several files may be chosen at once. */
export function ImportFileButton({
  onFiles,
  className,
}: {
  onFiles: (files: File[]) => void;
  className: string;
}) {
  return (
    <label
      className={`${className} cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-3 has-[:focus-visible]:outline-accent`}
    >
      <input
        type="file"
        accept=".json,application/json"
        multiple
        className="sr-only"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M10 13V4m0 0L6.5 7.5M10 4l3.5 3.5M4 13.5v1.5A1.5 1.5 0 0 0 5.5 16.5h9A1.5 1.5 0 0 0 16 15v-1.5" />
      </svg>
      Import a file
    </label>
  );
}

/** What happened to the files last imported: each added one with its links, each refused one with why. */
export function ImportOutcomes({
  outcomes,
  onDismiss,
}: {
  outcomes: readonly ImportOutcome[];
  onDismiss: () => void;
}) {
  if (outcomes.length === 0) return null;
  const failed = outcomes.some((o) => o.status !== "imported");
  return (
    <div
      role={failed ? "alert" : "status"}
      className={`mt-4 rounded-xl border p-4 text-sm leading-6 sm:p-5 2xl:text-base 2xl:leading-7 ${
        failed
          ? "border-red-300 bg-red-50 text-red-950 dark:border-red-400/50 dark:bg-red-950/30 dark:text-red-50"
          : "border-accent/40 bg-accent-soft text-ink"
      }`}
      data-testid="import-outcome"
    >
      <ul className="space-y-3">
        {outcomes.map((outcome, i) => (
          <li key={i}>
            {outcome.status === "imported" ? (
              <p>
                <span className="font-semibold">Imported “{outcome.title}”.</span> It is at the top
                of your list.{" "}
                <Link
                  href={resultsHref({ kind: "saved", localId: outcome.localId })}
                  className="font-medium text-accent underline underline-offset-4"
                >
                  See its results
                </Link>{" "}
                ·{" "}
                <Link
                  href={assessHref(outcome.localId)}
                  className="font-medium text-accent underline underline-offset-4"
                >
                  Open it
                </Link>
              </p>
            ) : (
              <>
                <p className="font-semibold break-words">“{outcome.fileName}” was not imported.</p>
                {outcome.status === "refused" ? (
                  <p>{outcome.reason}</p>
                ) : (
                  <>
                    <p>
                      It does not pass Crossover&apos;s checks ({outcome.problems.length} problem
                      {outcome.problems.length === 1 ? "" : "s"}):
                    </p>
                    <ul
                      className="mt-1 space-y-0.5 font-mono text-[0.85em] break-words"
                      data-testid="import-problems"
                    >
                      {outcome.problems.slice(0, SHOWN_ISSUES).map((problem, k) => (
                        <li key={k}>{problem}</li>
                      ))}
                      {outcome.problems.length > SHOWN_ISSUES ? (
                        <li className="font-sans">
                          and {outcome.problems.length - SHOWN_ISSUES} more.
                        </li>
                      ) : null}
                    </ul>
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      {failed ? (
        <p className="mt-3">Nothing else changed: your saved assessments are as they were.</p>
      ) : null}
      <button
        type="button"
        onClick={onDismiss}
        className="mt-2 -ml-2 inline-flex min-h-9 items-center rounded-md px-2 text-sm font-medium underline-offset-4 hover:underline"
      >
        Dismiss
      </button>
    </div>
  );
}

/** The import hint with the link to the format's JSON Schema. */
export function ImportHint() {
  return (
    <p className="mt-1 text-sm leading-6 text-ink-muted 2xl:text-base">
      Import a <span className="font-mono text-[0.9em]">.crossover.json</span> file with the button
      or drop it on this page. Files follow the{" "}
      <a
        href="/schema/assessment.v1.json"
        className="font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
      >
        assessment JSON Schema
      </a>
      .
    </p>
  );
}

/**
 * Makes its area a drop target for files: dragging files over it shows where to drop them.
 * Anything but files (text, links) is left to the browser.
 */
export function FileDropZone({
  onFiles,
  children,
}: {
  onFiles: (files: File[]) => void;
  children: ReactNode;
}) {
  const depth = useRef(0);
  const [over, setOver] = useState(false);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");

  return (
    <div
      className="relative"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        const files = [...event.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      }}
      data-testid="assessment-drop-zone"
    >
      {children}
      {over ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute inset-2 z-10 flex items-center justify-center rounded-2xl border-2 border-dashed border-accent bg-accent-soft/90 p-6 text-center text-lg font-semibold text-accent"
        >
          Drop the assessment file to import it
        </div>
      ) : null}
    </div>
  );
}

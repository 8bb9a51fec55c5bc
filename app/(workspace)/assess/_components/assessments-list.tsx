"use client";

import { useCallback, useEffect, useState } from "react";
import { formatDateTime } from "@/lib/view/date";
import { useWorkspace, useWorkspaceStore } from "@/state/workspace-provider";
import {
  FileDropZone,
  ImportFileButton,
  ImportHint,
  ImportOutcomes,
  useAssessmentImport,
} from "./assessment-import";
import { assessHref, followInPage, goTo } from "./navigation";
import {
  accentLink,
  card,
  eyebrow,
  primaryButton,
  quietButton,
  secondaryButton,
  textInput,
} from "./styles";
import { UndoToast, type UndoAction } from "./undo-toast";

const formatUpdated = (iso: string): string => formatDateTime(new Date(iso));

/**
 * My assessments: every assessment kept in this browser (a consultant keeps one per client), and
 * the way to start a new one with a title.
 */
export function AssessmentsList() {
  const store = useWorkspaceStore();
  const assessments = useWorkspace((s) => s.assessments);
  const [title, setTitle] = useState("");
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const clearUndo = useCallback(() => setUndo(null), []);
  const imports = useAssessmentImport();
  const importFiles = (files: File[]) => void imports.importFiles(files);

  useEffect(() => {
    // "Start a new assessment" elsewhere links here with #new: ready to type the title.
    if (window.location.hash === "#new") document.getElementById("new-assessment-title")?.focus();
  }, []);

  return (
    <FileDropZone onFiles={importFiles}>
      <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-12 lg:px-8 lg:py-16">
        <div className="max-w-4xl 2xl:max-w-5xl">
          <p className={eyebrow}>Assess</p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl 2xl:text-5xl">
            My assessments
          </h1>
          <p className="mt-3 max-w-prose leading-7 text-ink-muted 2xl:text-xl 2xl:leading-9">
            An assessment holds one organization&apos;s profile and its AI use cases. Each is saved
            in this browser as you go, and nowhere else.
          </p>

          <form
            className={`${card} mt-8 p-5 sm:p-6 2xl:p-8`}
            onSubmit={(event) => {
              event.preventDefault();
              const localId = store.getState().createAssessment(title);
              setTitle("");
              goTo(assessHref(localId));
            }}
          >
            <h2 className="text-lg font-semibold 2xl:text-2xl">Start a new assessment</h2>
            <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:items-start">
              <div className="min-w-0 flex-1">
                <label
                  htmlFor="new-assessment-title"
                  className="block text-sm font-medium text-ink 2xl:text-lg"
                >
                  Title
                </label>
                <input
                  id="new-assessment-title"
                  value={title}
                  maxLength={200}
                  onChange={(event) => setTitle(event.target.value)}
                  placeholder="e.g. Acme Bank — AI portfolio"
                  aria-describedby="new-assessment-hint"
                  className={`${textInput} mt-1 2xl:text-lg`}
                />
                <p id="new-assessment-hint" className="mt-2 text-sm text-ink-muted 2xl:text-base">
                  The client or organization, and what it is for. You can change it later.
                </p>
              </div>
              <button type="submit" className={`${primaryButton} sm:mt-6 2xl:mt-8`}>
                Start the assessment
              </button>
            </div>
          </form>

          <section aria-labelledby="saved-heading" className="mt-10 2xl:mt-14">
            <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
              <h2
                id="saved-heading"
                tabIndex={-1}
                className="text-lg font-semibold focus:outline-none 2xl:text-2xl"
              >
                Saved in this browser{" "}
                <span className="font-normal text-ink-muted">({assessments.length})</span>
              </h2>
              <ImportFileButton onFiles={importFiles} className={secondaryButton} />
            </div>
            <ImportHint />
            <ImportOutcomes outcomes={imports.outcomes} onDismiss={imports.clear} />
            {assessments.length === 0 ? (
              <p className="mt-3 rounded-xl border border-dashed border-line-strong px-5 py-8 text-center text-ink-muted 2xl:text-lg">
                No assessments yet. Start one above: it takes about ten minutes for four use cases.
              </p>
            ) : (
              <ul className="mt-4 grid gap-3">
                {assessments.map(({ localId, assessment, updatedAt }) => {
                  const count = assessment.useCases.length;
                  return (
                    <li
                      key={localId}
                      className={`${card} flex flex-wrap items-center justify-between gap-x-4 gap-y-3 p-4 sm:px-5 2xl:p-6`}
                    >
                      <div className="min-w-0">
                        <h3 className="font-semibold 2xl:text-xl">
                          <a
                            href={assessHref(localId)}
                            onClick={followInPage}
                            className="underline-offset-4 hover:text-accent hover:underline"
                          >
                            {assessment.title}
                          </a>
                        </h3>
                        <p className="mt-0.5 text-sm text-ink-muted 2xl:text-base">
                          {count === 0
                            ? "No use cases yet"
                            : `${count} use case${count === 1 ? "" : "s"}`}{" "}
                          · Updated {formatUpdated(updatedAt)}
                        </p>
                      </div>
                      <div className="flex flex-wrap items-center gap-1 max-sm:-ml-2.5">
                        <a href={assessHref(localId)} onClick={followInPage} className={accentLink}>
                          Open<span className="sr-only"> “{assessment.title}”</span>
                        </a>
                        <button
                          type="button"
                          className={quietButton}
                          onClick={() => {
                            store.getState().duplicateAssessment(localId);
                            setAnnouncement(
                              `Duplicated “${assessment.title}”; the copy is at the top of the list.`,
                            );
                          }}
                        >
                          Duplicate<span className="sr-only"> “{assessment.title}”</span>
                        </button>
                        <button
                          type="button"
                          className={`${quietButton} hover:text-red-700 dark:hover:text-red-300`}
                          onClick={() => {
                            const deleted = store.getState().deleteAssessment(localId);
                            if (!deleted) return;
                            setUndo({
                              id: Date.now(),
                              message: `Deleted “${assessment.title}”.`,
                              undo: () =>
                                store.getState().restoreAssessment(deleted.saved, deleted.index),
                            });
                            window.requestAnimationFrame(() =>
                              document.getElementById("saved-heading")?.focus(),
                            );
                          }}
                        >
                          Delete<span className="sr-only"> “{assessment.title}”</span>
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
        <UndoToast action={undo} onDone={clearUndo} />
      </div>
    </FileDropZone>
  );
}

"use client";

import { Link } from "@/components/link";
import { useState, type ReactNode } from "react";
import { content } from "@/content";
import type { UseCaseProgress } from "@/components/questionnaire/progress";
import { RadioCards } from "@/components/questionnaire/radio-cards";
import type { UseCase } from "@/lib/assessment/schema";
import type { SavedAssessment } from "@/state/workspace-data";
import { useWorkspaceStore } from "@/state/workspace-provider";
import { InlineRename } from "./inline-rename";
import { assessHref, followInPage, resultsHref } from "./navigation";
import { StepFrame } from "./step-frame";
import { accentLink, primaryButton, quietButton, secondaryButton, textInput } from "./styles";
import type { UndoAction } from "./undo-toast";

const FROM_SCRATCH = "crossover:from-scratch";
/** The store caps a use case's name at 120 characters. */
const NAME_MAX = 120;

interface UseCasesStepProps {
  saved: SavedAssessment;
  progress: Readonly<Record<string, UseCaseProgress>>;
  ready: Readonly<Record<string, boolean>>;
  back: ReactNode;
  /** Offers to undo a deletion. */
  offerUndo: (action: Omit<UndoAction, "id">) => void;
  /** Says something to screen-reader users (added, moved, duplicated). */
  announce: (message: string) => void;
}

/**
 * The use cases of an assessment: add them from a template or from scratch, rename, duplicate,
 * reorder and delete them, and go on to their questions.
 */
export function UseCasesStep({
  saved,
  progress,
  ready,
  back,
  offerUndo,
  announce,
}: UseCasesStepProps) {
  const { localId, assessment } = saved;
  const useCases = assessment.useCases;
  const next = useCases.find((u) => !ready[u.id] || (progress[u.id]?.toReview.length ?? 0) > 0);
  const anyReady = useCases.some((u) => ready[u.id]);

  return (
    <StepFrame
      progress={`Use cases · ${useCases.length === 0 ? "none yet" : `${useCases.length} in this assessment`}`}
      heading="Your use cases"
      intro="Add each use case you want a recommendation for. A template fills in typical answers for you to confirm or change; from scratch, you answer everything yourself."
      actions={
        <>
          {back}
          {next ? (
            <a
              href={assessHref(localId, { useCaseId: next.id })}
              onClick={followInPage}
              className={primaryButton}
            >
              {ready[next.id] ? "Review" : "Answer the questions for"} “{next.name}”
            </a>
          ) : anyReady ? (
            <Link href={resultsHref(localId)} className={primaryButton}>
              See the results
            </Link>
          ) : (
            <p className="text-sm text-ink-muted">Add a use case to continue.</p>
          )}
        </>
      }
    >
      {useCases.length > 0 ? (
        <ol aria-label="Use cases in this assessment" className="grid gap-3">
          {useCases.map((useCase, index) => (
            <UseCaseItem
              key={useCase.id}
              localId={localId}
              useCase={useCase}
              index={index}
              count={useCases.length}
              progress={progress[useCase.id]}
              ready={ready[useCase.id] ?? false}
              offerUndo={offerUndo}
              announce={announce}
            />
          ))}
        </ol>
      ) : null}
      <AddUseCase localId={localId} count={useCases.length} announce={announce} />
    </StepFrame>
  );
}

function UseCaseItem({
  localId,
  useCase,
  index,
  count,
  progress,
  ready,
  offerUndo,
  announce,
}: {
  localId: string;
  useCase: UseCase;
  index: number;
  count: number;
  progress: UseCaseProgress | undefined;
  ready: boolean;
  offerUndo: UseCasesStepProps["offerUndo"];
  announce: UseCasesStepProps["announce"];
}) {
  const store = useWorkspaceStore();
  const [renaming, setRenaming] = useState(false);
  const template = content.templates.find((t) => t.id === useCase.template);
  const buttonId = (action: string) => `${action}-${useCase.id}`;
  /** After the list re-renders, puts focus back where the user was (or next to it). */
  const refocus = (...ids: string[]) =>
    window.requestAnimationFrame(() => {
      for (const id of ids) {
        const element = document.getElementById(id);
        if (element instanceof HTMLButtonElement && element.disabled) continue;
        if (element) {
          element.focus();
          return;
        }
      }
    });

  const move = (to: number, direction: "up" | "down") => {
    store.getState().moveUseCase(localId, useCase.id, to);
    announce(`Moved “${useCase.name}” to position ${to + 1} of ${count}.`);
    const other = direction === "up" ? "down" : "up";
    refocus(buttonId(`move-${direction}`), buttonId(`move-${other}`));
  };

  const toReview = progress?.toReview.length ?? 0;
  const status = ready
    ? toReview > 0
      ? `Ready for a recommendation · ${toReview} to review`
      : "Complete"
    : `Quick path: ${progress?.quickOpen.length ?? 0} question${progress?.quickOpen.length === 1 ? "" : "s"} open`;

  return (
    <li className="rounded-xl border border-line bg-surface p-3.5 sm:bg-canvas sm:p-4 2xl:p-6">
      {renaming ? (
        <InlineRename
          id={`rename-${useCase.id}`}
          label="Name of the use case"
          value={useCase.name}
          maxLength={NAME_MAX}
          onSave={(name) => {
            store.getState().renameUseCase(localId, useCase.id, name);
            announce(`Renamed to “${name.trim()}”.`);
          }}
          onClose={() => {
            setRenaming(false);
            refocus(buttonId("rename"));
          }}
        />
      ) : (
        <div className="min-w-0">
          <h2 className="font-semibold text-ink 2xl:text-xl">
            <span className="text-ink-muted">{index + 1}. </span>
            {useCase.name}
          </h2>
          <p className="mt-0.5 text-sm text-ink-muted 2xl:text-base">
            {template ? `From the template “${template.name}”` : "From scratch"} ·{" "}
            {progress?.answered ?? 0} of {progress?.total ?? 0} answered
          </p>
          <p
            className={`mt-2 inline-flex items-center gap-1.5 rounded-md px-2 py-0.5 text-xs font-medium 2xl:text-sm ${
              ready ? "bg-accent-soft text-accent" : "bg-surface-muted text-ink-muted"
            }`}
          >
            {status}
          </p>
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center justify-between gap-x-1 gap-y-2 border-t border-line pt-3">
        <div className="flex flex-wrap items-center gap-1">
          <a
            href={assessHref(localId, { useCaseId: useCase.id })}
            onClick={followInPage}
            className={`${secondaryButton} mr-2 min-h-9 px-3 text-sm 2xl:min-h-11 2xl:text-base`}
          >
            {progress && progress.answered > 0 ? (
              <>
                Continue<span className="sr-only"> with “{useCase.name}”</span>
              </>
            ) : (
              <>
                Start<span className="sr-only"> answering “{useCase.name}”</span>
              </>
            )}
          </a>
          {ready ? (
            <Link href={resultsHref(localId, useCase.id)} className={accentLink}>
              See the recommendation<span className="sr-only"> for “{useCase.name}”</span>
            </Link>
          ) : null}
        </div>
        {/* On phones the managing buttons take a row of their own, spread across it. */}
        <div className="flex items-center gap-0.5 max-sm:-mx-2 max-sm:w-[calc(100%+1rem)] max-sm:justify-between">
          <button
            id={buttonId("rename")}
            type="button"
            className={quietButton}
            onClick={() => setRenaming(true)}
          >
            Rename<span className="sr-only"> “{useCase.name}”</span>
          </button>
          <button
            type="button"
            className={quietButton}
            onClick={() => {
              const copy = store.getState().duplicateUseCase(localId, useCase.id);
              if (copy) announce(`Duplicated “${useCase.name}”; the copy follows it in the list.`);
            }}
          >
            Duplicate<span className="sr-only"> “{useCase.name}”</span>
          </button>
          <button
            id={buttonId("move-up")}
            type="button"
            title="Move up"
            className={`${quietButton} px-2`}
            disabled={index === 0}
            onClick={() => move(index - 1, "up")}
          >
            <ArrowIcon direction="up" />
            <span className="sr-only">Move “{useCase.name}” up</span>
          </button>
          <button
            id={buttonId("move-down")}
            type="button"
            title="Move down"
            className={`${quietButton} px-2`}
            disabled={index === count - 1}
            onClick={() => move(index + 1, "down")}
          >
            <ArrowIcon direction="down" />
            <span className="sr-only">Move “{useCase.name}” down</span>
          </button>
          <button
            type="button"
            className={`${quietButton} hover:text-red-700 dark:hover:text-red-300`}
            onClick={() => {
              const removed = store.getState().removeUseCase(localId, useCase.id);
              if (!removed) return;
              offerUndo({
                message: `Deleted “${useCase.name}”.`,
                undo: () =>
                  store
                    .getState()
                    .restoreUseCase(localId, removed.useCase, removed.index, removed.notSure),
              });
              // Focus moves to the use case that took its place, or to the heading.
              window.requestAnimationFrame(() => document.getElementById("step-heading")?.focus());
            }}
          >
            Delete<span className="sr-only"> “{useCase.name}”</span>
          </button>
        </div>
      </div>
    </li>
  );
}

function AddUseCase({
  localId,
  count,
  announce,
}: {
  localId: string;
  count: number;
  announce: (message: string) => void;
}) {
  const store = useWorkspaceStore();
  const [source, setSource] = useState<string | undefined>(undefined);
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const templateName = (id: string | undefined) => content.templates.find((t) => t.id === id)?.name;

  return (
    <form
      aria-labelledby="add-use-case-heading"
      noValidate
      className={count > 0 ? "mt-8 border-t border-line pt-8" : ""}
      onKeyDown={(event) => {
        // Enter on a chosen template adds it, as Enter on a question's option moves on.
        const target = event.target;
        if (
          event.key === "Enter" &&
          target instanceof HTMLInputElement &&
          target.type === "radio"
        ) {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const template = source === FROM_SCRATCH ? undefined : source;
        const chosen = name.trim() || templateName(template) || "";
        if (source === undefined && chosen === "") {
          setProblem("Choose a template or “From scratch”, and give the use case a name.");
          return;
        }
        if (chosen === "") {
          setProblem("Give the use case a name.");
          document.getElementById("new-use-case-name")?.focus();
          return;
        }
        store.getState().addUseCase(localId, chosen, template);
        announce(
          `Added “${chosen}”. The assessment has ${count + 1} use case${count === 0 ? "" : "s"}.`,
        );
        setSource(undefined);
        setName("");
        setProblem(null);
      }}
    >
      <h2 id="add-use-case-heading" className="text-lg font-semibold text-ink 2xl:text-2xl">
        {count > 0 ? "Add another use case" : "Add a use case"}
      </h2>
      <p id="add-use-case-hint" className="mt-1 text-sm text-ink-muted 2xl:text-lg">
        Start from the template closest to it; you can change every answer.
      </p>
      <div className="mt-4">
        <RadioCards
          name="new-use-case-source"
          labelledBy="add-use-case-heading"
          describedBy="add-use-case-hint"
          size="md"
          columns={2}
          checked={source}
          onChoose={(value) => {
            // A name the user typed stays; a template's name follows the template.
            if (name.trim() === "" || name === templateName(source))
              setName(templateName(value) ?? "");
            setSource(value);
            setProblem(null);
          }}
          options={content.templates.map((t) => ({
            value: t.id,
            label: t.name,
            description: t.description,
          }))}
          extra={[
            {
              value: FROM_SCRATCH,
              label: "From scratch",
              description: "None of these fits: answer every question yourself.",
            },
          ]}
        />
      </div>
      <div className="mt-5 flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <label
            htmlFor="new-use-case-name"
            className="block text-sm font-medium text-ink 2xl:text-lg"
          >
            Name of the use case
          </label>
          <input
            id="new-use-case-name"
            value={name}
            maxLength={NAME_MAX}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
            placeholder="e.g. Contract clause extraction"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "add-use-case-problem" : undefined}
            className={`${textInput} mt-1 2xl:text-lg`}
          />
        </div>
        <button type="submit" className={secondaryButton}>
          Add use case
        </button>
      </div>
      {problem ? (
        <p
          id="add-use-case-problem"
          role="alert"
          className="mt-2 text-sm font-medium text-red-700 dark:text-red-300"
        >
          {problem}
        </p>
      ) : null}
    </form>
  );
}

function ArrowIcon({ direction }: { direction: "up" | "down" }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={`size-4 ${direction === "down" ? "rotate-180" : ""}`}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 16V4M5 9l5-5 5 5" />
    </svg>
  );
}

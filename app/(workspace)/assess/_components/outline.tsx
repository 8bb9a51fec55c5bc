"use client";

import { Link } from "@/components/link";
import { useState, type MouseEvent, type ReactNode } from "react";
import type {
  AnswerState,
  OrganizationProgress,
  QuestionSection,
  UseCaseProgress,
} from "@/components/questionnaire/progress";
import type { SavedAssessment } from "@/state/workspace-data";
import { assessHref, followInPage, resultsHref } from "./navigation";

interface OutlineProps {
  saved: SavedAssessment;
  /** `stepKey` of the step on screen. */
  currentKey: string;
  /** The use case on screen, if any: its questions are listed. */
  currentUseCaseId: string | undefined;
  profileSections: readonly QuestionSection[];
  questionSections: readonly QuestionSection[];
  organization: OrganizationProgress;
  useCases: Readonly<Record<string, UseCaseProgress>>;
  ready: Readonly<Record<string, boolean>>;
}

const stateWords: Record<AnswerState, string> = {
  answered: "answered",
  "not-sure": "not sure",
  template: "from the template",
  open: "open",
};

/**
 * The whole assessment at a glance, beside the questions (folded away on phones): the profile and
 * each use case, how complete they are, which answers are open, and a way to jump to any of them.
 */
export function Outline({
  saved,
  currentKey,
  currentUseCaseId,
  profileSections,
  questionSections,
  organization,
  useCases,
  ready,
}: OutlineProps) {
  const [open, setOpen] = useState(false);
  const { localId, assessment } = saved;
  const readyCount = assessment.useCases.filter((u) => ready[u.id]).length;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    followInPage(event);
    setOpen(false);
  };

  return (
    <nav aria-label="Assessment outline" className="lg:sticky lg:top-6 lg:self-start">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="outline-panel"
        onClick={() => setOpen((value) => !value)}
        className="flex min-h-12 w-full items-center justify-between gap-3 rounded-xl border border-line bg-surface px-4 text-left text-sm font-medium text-ink lg:hidden"
      >
        <span>
          Outline
          <span className="font-normal text-ink-muted">
            {" "}
            · {readyCount} of {assessment.useCases.length} use case
            {assessment.useCases.length === 1 ? "" : "s"} ready
          </span>
        </span>
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className={`size-4 shrink-0 text-ink-muted transition-transform ${open ? "rotate-180" : ""}`}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="m5 7.5 5 5 5-5" />
        </svg>
      </button>

      <div
        id="outline-panel"
        className={`${open ? "mt-2" : "hidden"} rounded-2xl border border-line bg-surface p-4 lg:mt-0 lg:block 2xl:p-6`}
      >
        <Group
          title="Organization profile"
          detail={`${organization.answered} of ${organization.total} answered`}
        >
          <ul className="grid gap-0.5">
            {profileSections.map((section) => {
              const key = `organization:${section.id}`;
              return (
                <li key={section.id}>
                  <OutlineLink
                    href={assessHref(localId, { questionId: section.id })}
                    current={currentKey === key}
                    onClick={follow}
                  >
                    <StateIcon state={organization.states[section.id] ?? "open"} />
                    {section.questions[0]?.shortLabel ?? section.id}
                  </OutlineLink>
                </li>
              );
            })}
          </ul>
        </Group>

        <Group
          title="Use cases"
          detail={
            assessment.useCases.length > 0
              ? `${readyCount} of ${assessment.useCases.length} ready`
              : "none yet"
          }
        >
          {assessment.useCases.length > 0 ? (
            <ol className="grid gap-1.5">
              {assessment.useCases.map((useCase) => {
                const progress = useCases[useCase.id];
                const isCurrent = useCase.id === currentUseCaseId;
                const toReview = progress?.toReview.length ?? 0;
                const share =
                  progress && progress.total > 0 ? progress.answered / progress.total : 0;
                return (
                  <li key={useCase.id}>
                    <OutlineLink
                      href={assessHref(localId, { useCaseId: useCase.id })}
                      current={false}
                      onClick={follow}
                      emphasis={isCurrent}
                    >
                      <span className="min-w-0 flex-1">
                        <span className="block truncate font-medium text-ink">{useCase.name}</span>
                        <span className="mt-0.5 block text-xs text-ink-muted 2xl:text-sm">
                          {ready[useCase.id] ? "Ready" : "Quick path open"} ·{" "}
                          {progress?.answered ?? 0} of {progress?.total ?? 0} answered
                          {toReview > 0 ? ` · ${toReview} to review` : ""}
                        </span>
                        <span
                          aria-hidden="true"
                          className="mt-1.5 block h-1 overflow-hidden rounded-full bg-surface-muted"
                        >
                          <span
                            className="block h-full rounded-full bg-accent"
                            style={{ width: `${Math.round(share * 100)}%` }}
                          />
                        </span>
                      </span>
                    </OutlineLink>
                    {isCurrent ? (
                      <ul className="mt-1 mb-1 ml-3 grid gap-0.5 border-l border-line pl-2">
                        {questionSections.map((section, index) => {
                          const quickEnds =
                            index === questionSections.filter((s) => s.quick).length;
                          return (
                            <UseCaseSectionItem
                              key={section.id}
                              preview={
                                quickEnds ? (
                                  <OutlineLink
                                    href={assessHref(localId, {
                                      useCaseId: useCase.id,
                                      step: "preview",
                                    })}
                                    current={currentKey === `${useCase.id}:preview`}
                                    onClick={follow}
                                  >
                                    <SparkIcon />
                                    First recommendation
                                  </OutlineLink>
                                ) : null
                              }
                            >
                              <OutlineLink
                                href={assessHref(localId, {
                                  useCaseId: useCase.id,
                                  questionId: section.id,
                                })}
                                current={currentKey === `${useCase.id}:${section.id}`}
                                onClick={follow}
                              >
                                <StateIcon state={progress?.states[section.id] ?? "open"} />
                                {section.questions[0]?.shortLabel ?? section.id}
                              </OutlineLink>
                            </UseCaseSectionItem>
                          );
                        })}
                        <li>
                          <OutlineLink
                            href={assessHref(localId, { useCaseId: useCase.id, step: "review" })}
                            current={currentKey === `${useCase.id}:review`}
                            onClick={follow}
                          >
                            <SparkIcon />
                            Recommendation
                          </OutlineLink>
                        </li>
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          ) : null}
          <div className="mt-2">
            <OutlineLink
              href={assessHref(localId, { step: "use-cases" })}
              current={currentKey === "use-cases"}
              onClick={follow}
            >
              <PlusIcon />
              Add or manage use cases
            </OutlineLink>
          </div>
        </Group>

        {readyCount > 0 ? (
          <div className="mt-4 border-t border-line pt-4">
            <Link
              href={resultsHref(localId)}
              className="inline-flex min-h-10 w-full items-center justify-center rounded-lg bg-accent-soft px-4 text-sm font-semibold text-accent hover:bg-accent hover:text-accent-ink 2xl:text-base"
            >
              See the results
            </Link>
          </div>
        ) : null}
      </div>
    </nav>
  );
}

function Group({
  title,
  detail,
  children,
}: {
  title: string;
  detail: string;
  children: ReactNode;
}) {
  return (
    <section className="mb-4 last:mb-0">
      <h2 className="flex flex-wrap items-baseline justify-between gap-x-2 px-2 text-xs font-semibold tracking-wide text-ink-muted uppercase 2xl:text-sm">
        {title}
        <span className="font-normal tracking-normal whitespace-nowrap normal-case">{detail}</span>
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

function UseCaseSectionItem({ preview, children }: { preview: ReactNode; children: ReactNode }) {
  return (
    <>
      {preview ? <li>{preview}</li> : null}
      <li>{children}</li>
    </>
  );
}

function OutlineLink({
  href,
  current,
  emphasis = false,
  onClick,
  children,
}: {
  href: string;
  current: boolean;
  emphasis?: boolean;
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      onClick={onClick}
      aria-current={current ? "step" : undefined}
      className={`flex min-h-9 items-center gap-2 rounded-lg px-2 py-1.5 text-sm text-ink transition-colors hover:bg-surface-muted aria-[current=step]:bg-accent-soft aria-[current=step]:font-medium aria-[current=step]:text-accent 2xl:text-base ${
        emphasis ? "bg-surface-muted" : ""
      }`}
    >
      {children}
    </a>
  );
}

/** Where an answer stands, as a shape (not colour alone) with the words for screen readers. */
function StateIcon({ state }: { state: AnswerState }) {
  const common = "size-4 shrink-0";
  return (
    <>
      {state === "answered" ? (
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`${common} text-accent`}>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="m5 8.2 2 2 4-4.2"
            fill="none"
            stroke="var(--color-surface)"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      ) : state === "template" ? (
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`${common} text-accent`}>
          <circle
            cx="8"
            cy="8"
            r="6.25"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeDasharray="2.2 1.8"
          />
          <circle cx="8" cy="8" r="2" fill="currentColor" />
        </svg>
      ) : state === "not-sure" ? (
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`${common} text-ink-muted`}>
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M6.4 6.3a1.7 1.7 0 1 1 2.3 1.6c-.5.2-.7.6-.7 1.1v.3M8 11.3v.1"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinecap="round"
          />
        </svg>
      ) : (
        <svg aria-hidden="true" viewBox="0 0 16 16" className={`${common} text-ink-muted`}>
          <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      )}
      <span className="sr-only">{stateWords[state]}: </span>
    </>
  );
}

function SparkIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4 shrink-0 text-accent"
      fill="currentColor"
    >
      <path d="M8 1.5 9.4 6.6 14.5 8 9.4 9.4 8 14.5 6.6 9.4 1.5 8l5.1-1.4L8 1.5Z" />
    </svg>
  );
}

function PlusIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4 shrink-0 text-ink-muted"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
    >
      <path d="M8 3v10M3 8h10" />
    </svg>
  );
}

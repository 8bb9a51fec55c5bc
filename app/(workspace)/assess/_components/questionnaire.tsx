"use client";

import { Link } from "@/components/link";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { content } from "@/content";
import {
  isUseCaseChoiceQuestionId,
  organizationAnswerFrom,
  choiceAnswerFrom,
  numberAnswerFrom,
} from "@/lib/vocabulary";
import type { VolumePeriod } from "@/components/questionnaire/numbers";
import {
  isOrganizationQuestionId,
  isReadyToRecommend,
  neighbours,
  progressOfOrganization,
  organizationSectionsOf,
  questionnaireSteps,
  resolveStep,
  stepAddress,
  stepKey,
  progressOfUseCase,
  sectionsPerUseCase,
  type QuestionnaireStep,
  type StepAddress,
} from "@/components/questionnaire/progress";
import type { SavedAssessment } from "@/state/workspace-data";
import { useWorkspaceStore } from "@/state/workspace-provider";
import { templateAnswersAt } from "@/lib/engine";
import { useResults } from "@/state/use-results";
import { useAnnounceStep } from "@/components/workshop/channel";
import { compareHref } from "@/components/workshop/links";
import { PresentLink } from "@/components/workshop/present-link";
import { ChoiceStep } from "./choice-step";
import { InlineRename } from "./inline-rename";
import { assessHref, followInPage, goTo, resultsHref, takeFocusOnArrival } from "./navigation";
import { NumberStep } from "./number-step";
import { Outline } from "./outline";
import { STEP_HEADING_ID } from "./step-frame";
import { accentLink, quietButton, secondaryButton } from "./styles";
import { PreviewStep, ReviewStep } from "./summary-steps";
import { UndoToast, type UndoAction } from "./undo-toast";
import { UseCasesStep } from "./use-cases-step";

const orgSections = organizationSectionsOf(content.questions);
const perUseCaseSections = sectionsPerUseCase(content.questions);
const quickSectionCount = perUseCaseSections.filter((s) => s.quick).length;

/** Progress in words, as shown above the heading and announced on each step. */
function progressText(step: QuestionnaireStep, useCaseCount: number): string {
  switch (step.kind) {
    case "organization":
      return `Organization profile · question ${step.index + 1} of ${step.count}`;
    case "use-cases":
      return "Use cases";
    case "question":
      return `Use case ${step.useCaseIndex + 1} of ${useCaseCount} · question ${step.index + 1} of ${step.count}`;
    case "preview":
      return `Use case ${step.useCaseIndex + 1} of ${useCaseCount} · first recommendation`;
    case "review":
      return `Use case ${step.useCaseIndex + 1} of ${useCaseCount} · recommendation`;
  }
}

/** A step's place in its part of the questionnaire, 0–1, for the progress bar. */
function stepFraction(step: QuestionnaireStep): number {
  switch (step.kind) {
    case "organization":
    case "question":
      return (step.index + 1) / step.count;
    case "preview":
      return quickSectionCount / Math.max(1, perUseCaseSections.length);
    case "review":
      return 1;
    case "use-cases":
      return 0;
  }
}

/**
 * The guided questionnaire for one assessment: the organization profile, the use cases, and each
 * use case's questions, one screen at a time, with the outline beside them. Every answer is saved
 * as it is given; the address says which screen is open, so a reload returns to it.
 */
export function Questionnaire({
  saved,
  address,
}: {
  saved: SavedAssessment;
  address: StepAddress;
}) {
  const store = useWorkspaceStore();
  const { localId, assessment, notSure } = saved;
  const results = useResults(assessment);
  const [period, setPeriod] = useState<VolumePeriod>("month");
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [renaming, setRenaming] = useState(false);

  const steps = useMemo(() => questionnaireSteps(assessment, content.questions), [assessment]);
  const organization = useMemo(
    () => progressOfOrganization(assessment.organization, notSure, content.questions),
    [assessment.organization, notSure],
  );
  const useCases = useMemo(
    () =>
      Object.fromEntries(
        assessment.useCases.map((u) => [
          u.id,
          progressOfUseCase(u, notSure, content.questions, content.templates),
        ]),
      ),
    [assessment.useCases, notSure],
  );
  const ready = useMemo(
    () =>
      Object.fromEntries(
        assessment.useCases.map((u) => {
          const progress = useCases[u.id];
          return [u.id, progress ? isReadyToRecommend(organization, progress) : false];
        }),
      ),
    [assessment.useCases, organization, useCases],
  );

  const step = resolveStep(steps, address, { organization, useCases });
  const key = stepKey(step);
  const { previous, next } = neighbours(steps, step);
  const useCaseCount = assessment.useCases.length;
  const progress = progressText(step, useCaseCount);
  const hrefOf = (target: QuestionnaireStep) => assessHref(localId, stepAddress(target));
  const goToStep = (target: QuestionnaireStep | undefined) =>
    goTo(target ? hrefOf(target) : assessHref(localId, { step: "use-cases" }));

  // A new step: focus its heading (not on a fresh page load) and say where the user is.
  const firstRender = useRef(true);
  useEffect(() => {
    const arrived = takeFocusOnArrival();
    if (!firstRender.current || arrived) document.getElementById(STEP_HEADING_ID)?.focus();
    firstRender.current = false;
  }, [key]);
  useEffect(() => {
    document.title = `${progress} · ${assessment.title} · Crossover`;
  }, [progress, assessment.title]);
  // Workshop: a presenter window following the facilitator turns to this step's slide.
  useAnnounceStep(localId, key);

  // An address that leaves the step open (`?a=` alone, a use case without a question) is pinned to
  // the step it opened, so that answering a question does not move the user somewhere else.
  const canonicalHref = assessHref(localId, stepAddress(step));
  useEffect(() => {
    if (`${window.location.pathname}${window.location.search}` !== canonicalHref) {
      window.history.replaceState(null, "", canonicalHref);
    }
  }, [canonicalHref]);

  const offerUndo = useCallback(
    (action: Omit<UndoAction, "id">) => setUndo({ ...action, id: Date.now() }),
    [],
  );
  const clearUndo = useCallback(() => setUndo(null), []);

  const back = previous ? (
    <a href={hrefOf(previous)} onClick={followInPage} className={secondaryButton}>
      Back
    </a>
  ) : (
    <Link href="/assess/" className={secondaryButton}>
      All assessments
    </Link>
  );

  const useCase =
    step.kind === "organization" || step.kind === "use-cases"
      ? undefined
      : assessment.useCases.find((u) => u.id === step.useCaseId);
  const result = useCase ? results?.useCases.find((r) => r.id === useCase.id) : undefined;
  // The template's answers at this use case's volume: the volume in a year grows from the volume
  // given as the template expects, as the engine assumes it.
  const baseTemplate = useCase
    ? content.templates.find((t) => t.id === useCase.template)
    : undefined;
  const template =
    baseTemplate && useCase
      ? {
          ...baseTemplate,
          answers: templateAnswersAt(
            baseTemplate,
            useCase.answers.monthlyRequests ?? baseTemplate.answers.monthlyRequests,
          ),
        }
      : undefined;
  const context =
    step.kind === "organization" ? (
      "Asked once for the whole organization"
    ) : useCase ? (
      <span className="inline-flex max-w-full items-center gap-1.5 truncate">
        <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-accent" />
        {useCase.name}
      </span>
    ) : undefined;

  /** The quick-path questions still open for a use case, the organization's first, with links. */
  const stillNeeded = (useCaseId: string) => [
    ...orgSections
      .filter((s) => s.quick && organization.states[s.id] === "open")
      .flatMap((s) => s.questions.slice(0, 1))
      .map((question) => ({ question, href: assessHref(localId, { questionId: question.id }) })),
    ...(useCases[useCaseId]?.quickOpen ?? []).map((question) => ({
      question,
      href: assessHref(localId, { useCaseId, questionId: question.id }),
    })),
  ];

  let screen: ReactNode = null;
  if (step.kind === "organization") {
    const question = step.section.questions[0];
    if (question?.kind === "choice" && isOrganizationQuestionId(question.id)) {
      const id = question.id;
      screen = (
        <ChoiceStep
          key={key}
          question={question}
          name={`organization-${id}`}
          state={organization.states[id] ?? "open"}
          answer={assessment.organization[id]}
          fromTemplate={undefined}
          progress={progress}
          fraction={stepFraction(step)}
          context={context}
          back={back}
          onChoose={(value) => {
            const answer = organizationAnswerFrom(id, value);
            if (answer !== undefined) store.getState().setOrganizationAnswer(localId, id, answer);
          }}
          onNotSure={() => store.getState().markOrganizationNotSure(localId, id)}
          onNext={() => goToStep(next)}
        />
      );
    }
  } else if (step.kind === "use-cases") {
    const lastOrganizationStep = steps.filter((s) => s.kind === "organization").at(-1);
    screen = (
      <UseCasesStep
        key={key}
        saved={saved}
        progress={useCases}
        ready={ready}
        back={
          lastOrganizationStep ? (
            <a
              href={hrefOf(lastOrganizationStep)}
              onClick={followInPage}
              className={secondaryButton}
            >
              Back
            </a>
          ) : (
            back
          )
        }
        offerUndo={offerUndo}
        announce={setAnnouncement}
      />
    );
  } else if (useCase && step.kind === "question") {
    const question = step.section.questions[0];
    const name = `${useCase.id}-${step.section.id}`;
    const frame = {
      progress,
      fraction: stepFraction(step),
      context,
      back,
      onNext: () => goToStep(next),
    };
    if (question?.kind === "choice" && isUseCaseChoiceQuestionId(question.id)) {
      const id = question.id;
      const templateAnswer = template?.answers[id];
      screen = (
        <ChoiceStep
          key={key}
          {...frame}
          question={question}
          name={name}
          state={useCases[useCase.id]?.states[id] ?? "open"}
          answer={stringOrUndefined(useCase.answers[id])}
          fromTemplate={stringOrUndefined(templateAnswer)}
          onChoose={(value) => {
            const answer = choiceAnswerFrom(id, value);
            if (answer !== undefined) store.getState().setAnswer(localId, useCase.id, id, answer);
          }}
          onNotSure={() => store.getState().markNotSure(localId, useCase.id, id)}
        />
      );
    } else if (question?.kind === "number") {
      screen = (
        <NumberStep
          key={key}
          {...frame}
          section={step.section}
          name={name}
          states={useCases[useCase.id]?.states ?? {}}
          answers={{
            monthlyRequests: useCase.answers.monthlyRequests,
            inputTokens: useCase.answers.inputTokens,
            outputTokens: useCase.answers.outputTokens,
          }}
          template={template}
          result={result}
          period={period}
          onPeriodChange={setPeriod}
          onSet={(id, value) => {
            // Checked as the format checks it; the field already refuses anything else.
            const answer = numberAnswerFrom(id, value);
            if (answer !== undefined) store.getState().setAnswer(localId, useCase.id, id, answer);
          }}
          onNotSure={(id) => store.getState().markNotSure(localId, useCase.id, id)}
        />
      );
    }
  } else if (useCase && step.kind === "preview") {
    const index = assessment.useCases.findIndex((u) => u.id === useCase.id);
    const following = assessment.useCases[index + 1];
    screen = (
      <PreviewStep
        key={key}
        localId={localId}
        useCase={useCase}
        result={result}
        ready={ready[useCase.id] ?? false}
        stillNeeded={stillNeeded(useCase.id)}
        refinements={perUseCaseSections.length - quickSectionCount}
        skipHref={
          following
            ? assessHref(localId, { useCaseId: following.id })
            : assessHref(localId, { step: "use-cases" })
        }
        skipLabel={following ? "Skip to the next use case" : "Skip the refinements"}
        progress={progress}
        fraction={stepFraction(step)}
        context={context}
        back={back}
        onNext={() => goToStep(next)}
      />
    );
  } else if (useCase && step.kind === "review") {
    const index = assessment.useCases.findIndex((u) => u.id === useCase.id);
    screen = (
      <ReviewStep
        key={key}
        localId={localId}
        useCase={useCase}
        result={result}
        ready={ready[useCase.id] ?? false}
        stillNeeded={stillNeeded(useCase.id)}
        nextUseCase={assessment.useCases[index + 1]}
        progress={progress}
        fraction={stepFraction(step)}
        context={context}
        back={back}
      />
    );
  }

  const currentUseCaseId =
    step.kind === "organization" || step.kind === "use-cases" ? undefined : step.useCaseId;
  const anyReady = assessment.useCases.some((u) => ready[u.id]);

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-10 2xl:max-w-[100rem]">
      <div className="mb-5 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 2xl:mb-8">
        {renaming ? (
          <div className="w-full max-w-xl">
            <InlineRename
              id="rename-assessment"
              label="Title of the assessment"
              value={assessment.title}
              maxLength={200}
              onSave={(title) => store.getState().renameAssessment(localId, title)}
              onClose={() => {
                setRenaming(false);
                window.requestAnimationFrame(() =>
                  document.getElementById("rename-assessment-button")?.focus(),
                );
              }}
            />
          </div>
        ) : (
          <div className="flex min-w-0 items-center gap-2">
            <p className="min-w-0 truncate text-sm text-ink-muted 2xl:text-lg">
              <Link href="/assess/" className="underline-offset-4 hover:text-ink hover:underline">
                My assessments
              </Link>
              <span aria-hidden="true"> / </span>
              <span className="font-semibold text-ink">{assessment.title}</span>
            </p>
            <button
              id="rename-assessment-button"
              type="button"
              onClick={() => setRenaming(true)}
              className={quietButton}
            >
              Rename<span className="sr-only"> the assessment</span>
            </button>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {anyReady ? (
            <Link href={resultsHref(localId)} className={`${accentLink} max-sm:hidden 2xl:text-lg`}>
              Results for the whole assessment
            </Link>
          ) : null}
          {assessment.useCases.length >= 2 ? (
            <Link href={compareHref(localId)} className={`${accentLink} max-sm:hidden 2xl:text-lg`}>
              Compare use cases
            </Link>
          ) : null}
          <PresentLink
            localId={localId}
            className={`${quietButton} border border-line-strong text-ink max-sm:hidden 2xl:min-h-11 2xl:px-4 2xl:text-lg`}
          />
        </div>
      </div>

      <div className="grid items-start gap-5 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-8 xl:grid-cols-[19rem_minmax(0,1fr)] 2xl:grid-cols-[24rem_minmax(0,1fr)] 2xl:gap-12">
        <Outline
          saved={saved}
          currentKey={key}
          currentUseCaseId={currentUseCaseId}
          profileSections={orgSections}
          questionSections={perUseCaseSections}
          organization={organization}
          useCases={useCases}
          ready={ready}
        />
        <div className="min-w-0">{screen}</div>
      </div>

      {/* Where the user is, said on each step; and what an action did (added, moved…). */}
      <p aria-live="polite" className="sr-only">
        {progress}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <UndoToast action={undo} onDone={clearUndo} />
    </div>
  );
}

function stringOrUndefined(value: string | number | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

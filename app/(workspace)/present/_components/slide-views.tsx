import type { ReactNode } from "react";
import { CrossoverMark } from "@/components/crossover-mark";
import { formatWholeNumber } from "@/components/questionnaire/numbers";
import {
  answerStateOfOrganization,
  answerStateOfUseCase,
  isOrganizationQuestionId,
  isReadyToRecommend,
  isUseCaseQuestionId,
  progressOfOrganization,
  progressOfUseCase,
  templateValue,
  type AnswerState,
} from "@/components/questionnaire/progress";
import type { Slide } from "@/components/workshop/slides";
import { content } from "@/content";
import type { ChoiceQuestion, NumberQuestion, Question } from "@/content/schema";
import type { Assessment, UseCase } from "@/lib/assessment/schema";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { formatCount, formatPercent, formatUsd } from "@/lib/format";
import { confidenceWords } from "@/lib/view/confidence";
import { crossingSentences } from "@/lib/view/cost";
import { pathLines } from "@/lib/view/path";
import { reasonRows } from "@/lib/view/drivers";
import { formatPoints } from "@/lib/view/format";
import { exclusionsByOption } from "@/lib/view/fit";
import { optionName, optionShortName, optionSwatchClass, type OptionId } from "@/lib/view/options";
import { portfolioReadout } from "@/lib/view/portfolio";
import type { SavedAssessment } from "@/state/workspace-data";
import { eyebrow, scale } from "./presenter-styles";

const findUseCase = (assessment: Assessment, id: string) =>
  assessment.useCases.find((u) => u.id === id);

/** Where a slide sits, for the top right: "Organization profile", "Use case 2 of 4 · Contracts". */
export function slideSection(slide: Slide, assessment: Assessment): string | null {
  const count = assessment.useCases.length;
  switch (slide.kind) {
    case "title":
    case "portfolio":
      return null;
    case "use-cases":
      return "Use cases";
    case "question":
      if (slide.step.kind === "organization") return "Organization profile";
      return `Use case ${slide.step.useCaseIndex + 1} of ${count} · ${findUseCase(assessment, slide.step.useCaseId)?.name ?? ""}`;
    case "recommendation":
      return `Use case ${slide.useCaseIndex + 1} of ${count} · ${findUseCase(assessment, slide.useCaseId)?.name ?? ""}`;
  }
}

/** The slide in words, for the announcement when it changes. */
export function slideTitle(slide: Slide, assessment: Assessment): string {
  switch (slide.kind) {
    case "title":
      return assessment.title;
    case "portfolio":
      return "The portfolio";
    case "use-cases":
      return "The use cases";
    case "question":
      return slide.step.section.questions[0]?.label ?? "";
    case "recommendation": {
      const name = findUseCase(assessment, slide.useCaseId)?.name ?? "";
      return slide.stage === "first"
        ? `First recommendation for ${name}`
        : `Recommendation for ${name}`;
    }
  }
}

/** One slide, from the saved assessment and the engine's results. */
export function SlideView({
  slide,
  saved,
  results,
}: {
  slide: Slide;
  saved: SavedAssessment;
  results: AssessmentResults;
}) {
  switch (slide.kind) {
    case "title":
      return <TitleSlide saved={saved} />;
    case "use-cases":
      return <UseCasesSlide saved={saved} results={results} />;
    case "question":
      return <QuestionSlide slide={slide} saved={saved} results={results} />;
    case "recommendation":
      return <RecommendationSlide slide={slide} saved={saved} results={results} />;
    case "portfolio":
      return <PortfolioSlide saved={saved} results={results} />;
  }
}

// --- Title and use cases -----------------------------------------------------------------------

function TitleSlide({ saved }: { saved: SavedAssessment }) {
  const { assessment } = saved;
  const count = assessment.useCases.length;
  return (
    <div className="max-w-[calc(var(--u)*46)]">
      <p className={`${scale.body} flex items-center gap-[0.6em] font-semibold text-ink-muted`}>
        <CrossoverMark className="size-[1.6em]" />
        Crossover · open or closed AI, use case by use case
      </p>
      <h1 className={`${scale.hero} mt-[calc(var(--u)*1.2)] font-semibold text-balance`}>
        {assessment.title}
      </h1>
      <p className={`${scale.lead} mt-[calc(var(--u)*1)] text-ink-muted`}>
        {count === 0
          ? "Use cases to come"
          : `${count} use case${count === 1 ? "" : "s"}: ${assessment.useCases.map((u) => u.name).join(" · ")}`}
      </p>
      <p className={`${scale.small} mt-[calc(var(--u)*2.2)] text-ink-muted`}>
        For each use case: a closed model through an API, an open-weights model on managed hosting,
        a self-hosted open-weights model, or a hybrid.
      </p>
    </div>
  );
}

function UseCasesSlide({ saved, results }: { saved: SavedAssessment; results: AssessmentResults }) {
  const { assessment } = saved;
  const ready = readiness(saved);
  return (
    <div>
      <p className={eyebrow}>The use cases</p>
      <h1 className={`${scale.heading} mt-[calc(var(--u)*0.4)] font-semibold`}>
        What we will look at
      </h1>
      {assessment.useCases.length === 0 ? (
        <p className={`${scale.lead} mt-[calc(var(--u)*1.2)] text-ink-muted`}>
          No use cases yet: they are added in the facilitator&apos;s window.
        </p>
      ) : (
        <ol className="mt-[calc(var(--u)*1.2)] grid gap-[calc(var(--u)*0.5)]">
          {assessment.useCases.map((useCase, i) => {
            const result = results.useCases.find((r) => r.id === useCase.id);
            const template = content.templates.find((t) => t.id === useCase.template);
            return (
              <li
                key={useCase.id}
                className="flex items-center gap-[calc(var(--u)*0.9)] rounded-[calc(var(--u)*0.6)] border-2 border-line bg-surface px-[calc(var(--u)*1)] py-[calc(var(--u)*0.55)]"
              >
                <span
                  className={`${scale.large} w-[1.4em] shrink-0 font-semibold text-ink-muted tabular-nums`}
                >
                  {i + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <span className={`${scale.large} block truncate font-semibold`}>
                    {useCase.name}
                  </span>
                  {template ? (
                    <span className={`${scale.small} block truncate text-ink-muted`}>
                      From the template “{template.name}”
                    </span>
                  ) : null}
                </span>
                <span className={`${scale.body} shrink-0 text-right`}>
                  {result && ready(useCase) ? (
                    <OptionLabel option={result.recommendation} />
                  ) : (
                    <span className="text-ink-muted">Questions open</span>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

// --- Questions ---------------------------------------------------------------------------------

interface ShownAnswer {
  state: AnswerState;
  /** The answer given, the template's value, or what the engine assumes. */
  value: string | number | undefined;
}

function shownAnswer(saved: SavedAssessment, question: Question, useCase?: UseCase): ShownAnswer {
  const { assessment, notSure } = saved;
  if (question.scope === "organization" && isOrganizationQuestionId(question.id)) {
    const state = answerStateOfOrganization(assessment.organization, question.id, notSure);
    return { state, value: assessment.organization[question.id] ?? question.assumed };
  }
  if (useCase && isUseCaseQuestionId(question.id)) {
    const state = answerStateOfUseCase(useCase, question.id, notSure, content.templates);
    const fromTemplate = templateValue(useCase, question.id, content.templates);
    return { state, value: useCase.answers[question.id] ?? fromTemplate ?? question.assumed };
  }
  return { state: "open", value: undefined };
}

function QuestionSlide({
  slide,
  saved,
  results,
}: {
  slide: Extract<Slide, { kind: "question" }>;
  saved: SavedAssessment;
  results: AssessmentResults;
}) {
  const { step } = slide;
  const [question, ...alongside] = step.section.questions;
  if (!question) return null;
  const useCase =
    step.kind === "question" ? findUseCase(saved.assessment, step.useCaseId) : undefined;
  const where =
    step.kind === "organization"
      ? `Organization profile · question ${step.index + 1} of ${step.count}`
      : `Question ${step.index + 1} of ${step.count}${step.section.quick ? " · quick path" : ""}`;

  const intro = (
    <>
      <p className={eyebrow}>{where}</p>
      <h1 className={`${scale.heading} mt-[calc(var(--u)*0.4)] font-semibold text-balance`}>
        {question.label}
      </h1>
      <p className={`${scale.body} mt-[calc(var(--u)*0.7)] max-w-[50em] text-ink-muted`}>
        {question.why}
      </p>
    </>
  );

  if (question.kind === "choice") {
    // Question on the left, options on the right: a 16:9 screen holds five options this way.
    return (
      <div className="grid grid-cols-[minmax(0,5fr)_minmax(0,7fr)] items-center gap-[calc(var(--u)*2.4)]">
        <div>{intro}</div>
        <ChoiceAnswers question={question} answer={shownAnswer(saved, question, useCase)} />
      </div>
    );
  }
  return (
    <div>
      <div className="max-w-[calc(var(--u)*44)]">{intro}</div>
      <div className="mt-[calc(var(--u)*1.4)]">
        <NumberAnswers
          questions={[question, ...alongside].filter(
            (q): q is NumberQuestion => q.kind === "number",
          )}
          saved={saved}
          useCase={useCase}
          monthlyTokens={
            useCase
              ? results.useCases.find((r) => r.id === useCase.id)?.cost.monthlyTokens
              : undefined
          }
        />
      </div>
    </div>
  );
}

const answerStateNote: Record<AnswerState, string> = {
  answered: "Chosen",
  template: "From the template",
  "not-sure": "Not sure: assumed",
  open: "Not answered yet",
};

function ChoiceAnswers({ question, answer }: { question: ChoiceQuestion; answer: ShownAnswer }) {
  const assumedLabel = question.options.find((o) => o.value === answer.value)?.label;
  return (
    <div>
      <ul aria-label="Options" className="grid gap-[calc(var(--u)*0.45)]">
        {question.options.map((option) => {
          const marked = option.value === answer.value && answer.state !== "open";
          const chosen = marked && answer.state === "answered";
          const style = chosen
            ? "border-accent bg-accent text-accent-ink"
            : marked
              ? "border-dashed border-accent bg-accent-soft text-ink"
              : "border-line-strong bg-surface text-ink";
          return (
            <li
              key={option.value}
              aria-current={chosen ? "true" : undefined}
              className={`flex items-start gap-[calc(var(--u)*0.7)] rounded-[calc(var(--u)*0.55)] border-2 px-[calc(var(--u)*0.85)] py-[calc(var(--u)*0.5)] ${style}`}
            >
              <span
                aria-hidden="true"
                className={`mt-[calc(var(--u)*0.2)] flex size-[calc(var(--u)*1.1)] shrink-0 items-center justify-center rounded-full border-2 ${
                  chosen ? "border-accent-ink bg-accent-ink text-accent" : "border-line-strong"
                }`}
              >
                {chosen ? (
                  <svg
                    viewBox="0 0 20 20"
                    className="size-[75%]"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="3"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  >
                    <path d="M5 10.5 8.5 14 15 6.5" />
                  </svg>
                ) : null}
              </span>
              <span className="min-w-0 flex-1">
                <span className={`${scale.large} block font-semibold`}>
                  {option.label}
                  {marked ? (
                    <span
                      className={`${scale.small} ml-[0.6em] inline-block rounded-full px-[0.6em] py-[0.05em] align-[0.15em] font-semibold whitespace-nowrap ${
                        chosen ? "bg-accent-ink text-accent" : "bg-accent text-accent-ink"
                      }`}
                    >
                      {answerStateNote[answer.state]}
                    </span>
                  ) : null}
                </span>
                <span
                  className={`${scale.small} mt-[0.1em] block ${chosen ? "text-accent-ink" : "text-ink-muted"}`}
                >
                  {option.description}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      {answer.state === "open" || answer.state === "not-sure" ? (
        <p className={`${scale.body} mt-[calc(var(--u)*0.8)] font-semibold`}>
          {answer.state === "open"
            ? "Not answered yet."
            : `Not sure: we go by “${assumedLabel ?? String(answer.value)}” and say so in the results.`}
        </p>
      ) : null}
    </div>
  );
}

function NumberAnswers({
  questions,
  saved,
  useCase,
  monthlyTokens,
}: {
  questions: NumberQuestion[];
  saved: SavedAssessment;
  useCase: UseCase | undefined;
  monthlyTokens: number | undefined;
}) {
  return (
    <div>
      <dl className="grid grid-cols-3 gap-[calc(var(--u)*0.8)]">
        {questions.map((question, i) => {
          const answer = shownAnswer(saved, question, useCase);
          const value = typeof answer.value === "number" ? answer.value : undefined;
          const shown =
            answer.state === "open" || value === undefined
              ? "—"
              : question.id === "monthlyRequests"
                ? formatCount(value)
                : formatWholeNumber(value);
          return (
            <div
              key={question.id}
              className={`rounded-[calc(var(--u)*0.6)] border-2 px-[calc(var(--u)*1)] py-[calc(var(--u)*0.8)] ${
                i === 0 ? "border-accent bg-accent-soft" : "border-line-strong bg-surface"
              }`}
            >
              <dt className={`${scale.body} font-semibold text-ink-muted`}>
                {question.shortLabel}
              </dt>
              <dd className="mt-[calc(var(--u)*0.3)]">
                <span className={`${scale.hero} block font-semibold tabular-nums`}>{shown}</span>
                <span className={`${scale.body} block text-ink-muted`}>{question.unit}</span>
                <span className={`${scale.small} mt-[calc(var(--u)*0.5)] block font-semibold`}>
                  {answer.state === "open"
                    ? `Not answered yet: we assume ${formatWholeNumber(Number(answer.value ?? question.assumed))}`
                    : answer.state === "answered"
                      ? "Answered"
                      : answerStateNote[answer.state]}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      {monthlyTokens !== undefined ? (
        <p className={`${scale.large} mt-[calc(var(--u)*1)]`}>
          That is about{" "}
          <strong className="font-semibold">{formatCount(monthlyTokens)} tokens a month</strong>.
        </p>
      ) : null}
    </div>
  );
}

// --- Results -----------------------------------------------------------------------------------

/** Whether each use case has its quick path settled, as the questionnaire counts it. */
function readiness(saved: SavedAssessment) {
  const organization = progressOfOrganization(
    saved.assessment.organization,
    saved.notSure,
    content.questions,
  );
  return (useCase: UseCase) =>
    isReadyToRecommend(
      organization,
      progressOfUseCase(useCase, saved.notSure, content.questions, content.templates),
    );
}

function OptionLabel({ option, className = "" }: { option: OptionId; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-[0.45em] font-semibold ${className}`}>
      <span
        aria-hidden="true"
        className={`size-[0.8em] shrink-0 rounded-[0.2em] ${optionSwatchClass[option]}`}
      />
      {optionShortName(content, option)}
    </span>
  );
}

function ConfidenceMeter({ confidence }: { confidence: number }) {
  const filled = Math.round(confidence * 5);
  return (
    <span aria-hidden="true" className="inline-flex gap-[0.15em]">
      {[0, 1, 2, 3, 4].map((i) => (
        <span
          key={i}
          className={`h-[0.55em] w-[1em] rounded-[0.12em] ${i < filled ? "bg-accent" : "bg-line-strong"}`}
        />
      ))}
    </span>
  );
}

/**
 * The summary's size by its length (characters), to keep the slide on one screen: the lead size up
 * to 260 characters, a size smaller to 380, body size beyond (never below the body text).
 */
function summaryScale(summary: string): string {
  if (summary.length <= 260) return scale.lead;
  return summary.length <= 380 ? scale.large : scale.body;
}

function RecommendationSlide({
  slide,
  saved,
  results,
}: {
  slide: Extract<Slide, { kind: "recommendation" }>;
  saved: SavedAssessment;
  results: AssessmentResults;
}) {
  const useCase = findUseCase(saved.assessment, slide.useCaseId);
  const result = results.useCases.find((r) => r.id === slide.useCaseId);
  if (!useCase || !result) return null;
  const ready = readiness(saved)(useCase);
  const label = slide.stage === "first" ? "First recommendation" : "Recommendation";
  return (
    <div>
      <p className={eyebrow}>
        {label} · {useCase.name}
      </p>
      {ready ? null : (
        <p
          className={`${scale.body} mt-[calc(var(--u)*0.5)] inline-block rounded-[0.4em] border-2 border-dashed border-line-strong px-[0.7em] py-[0.2em] font-semibold`}
        >
          Provisional: quick-path answers are still open
        </p>
      )}
      <RecommendationBody result={result} results={results} />
    </div>
  );
}

function RecommendationBody({
  result,
  results,
}: {
  result: UseCaseResult;
  results: AssessmentResults;
}) {
  const reasons = reasonRows(content, result, results.assumedOrganization);
  const drivers = reasons.for.slice(0, 3);
  const over = reasons.comparedWith ? optionShortName(content, reasons.comparedWith) : null;
  const excluded = [...exclusionsByOption(result)];
  const cost = result.cost.monthlyUsd;
  // Beside the recommendation's cost: the cheapest option allowed, or the next cheapest.
  const alternative = (result.cost.premium ?? result.cost.saving)?.against ?? null;
  return (
    <div className="mt-[calc(var(--u)*0.6)] grid grid-cols-[minmax(0,1.55fr)_minmax(0,1fr)] gap-[calc(var(--u)*2)]">
      <div className="flex gap-[calc(var(--u)*1)]">
        <span
          aria-hidden="true"
          className={`w-[calc(var(--u)*0.35)] shrink-0 rounded-full ${optionSwatchClass[result.recommendation]}`}
        />
        <div className="min-w-0">
          <h1 className={`${scale.heading} font-semibold text-balance`}>
            {optionName(content, result.recommendation)}
          </h1>
          <p
            className={`${summaryScale(result.summary)} mt-[calc(var(--u)*0.7)] font-medium text-pretty`}
          >
            {result.summary}
          </p>
          <p className={`${scale.body} mt-[calc(var(--u)*0.9)] flex items-center gap-[0.6em]`}>
            <ConfidenceMeter confidence={result.confidence} />
            <span className="font-semibold">
              {confidenceWords(result)} · {formatPercent(result.confidence)}
            </span>
            {result.assumed.length > 0 ? (
              <span className="text-ink-muted">
                · {result.assumed.length} answer{result.assumed.length === 1 ? "" : "s"} assumed
              </span>
            ) : null}
          </p>
          {excluded.length > 0 ? (
            <p
              className={`${scale.body} mt-[calc(var(--u)*0.5)] flex flex-wrap items-center gap-x-[0.9em] gap-y-[0.2em]`}
            >
              <span className="text-ink-muted">Ruled out:</span>
              {excluded.map(([option]) => (
                <OptionLabel key={option} option={option} />
              ))}
            </p>
          ) : null}
          <div className="mt-[calc(var(--u)*1.1)]">
            <Panel title="Over the year">
              <ul className="grid gap-[calc(var(--u)*0.3)]" data-testid="slide-path">
                {pathLines(content, result).map((line) => (
                  <li key={line} className={scale.body}>
                    {line}
                  </li>
                ))}
              </ul>
            </Panel>
          </div>
        </div>
      </div>
      <div className="grid content-start gap-[calc(var(--u)*1)]">
        <Panel title="Cost a month">
          <dl
            className={`${scale.body} grid grid-cols-[auto_minmax(0,1fr)] items-baseline gap-x-[0.8em] gap-y-[0.2em]`}
          >
            <dt className="order-2">
              <OptionLabel option={result.recommendation} />
            </dt>
            <dd className={`${scale.large} order-1 font-semibold tabular-nums`}>
              {formatUsd(cost[result.recommendation])}
            </dd>
            {alternative ? (
              <>
                <dt className="order-4 text-ink-muted">
                  <OptionLabel option={alternative} className="font-normal" />
                </dt>
                <dd className={`${scale.large} order-3 text-ink-muted tabular-nums`}>
                  {formatUsd(cost[alternative])}
                </dd>
              </>
            ) : null}
          </dl>
          <p className={`${scale.small} mt-[calc(var(--u)*0.5)]`}>
            {crossingSentences(content, result)[0] ??
              "Which option is cheapest does not change between 100 and 10 billion requests a month."}
          </p>
        </Panel>
        {drivers.length > 0 ? (
          <Panel title="What decided it">
            <ul className="grid gap-[calc(var(--u)*0.35)]">
              {drivers.map((driver) => (
                <li key={driver.question} className={scale.body}>
                  <span className="font-semibold">{driver.questionLabel}:</span> {driver.answer}
                  {over ? (
                    <span className="text-ink-muted">
                      {" "}
                      ({formatPoints(driver.points)} over {over})
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </Panel>
        ) : null}
      </div>
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-[calc(var(--u)*0.6)] border-2 border-line bg-surface px-[calc(var(--u)*0.9)] py-[calc(var(--u)*0.6)]">
      <h2 className={`${scale.small} font-semibold tracking-wide text-ink-muted uppercase`}>
        {title}
      </h2>
      <div className="mt-[calc(var(--u)*0.3)]">{children}</div>
    </section>
  );
}

function PortfolioSlide({
  saved,
  results,
}: {
  saved: SavedAssessment;
  results: AssessmentResults;
}) {
  const readout = portfolioReadout(content, results);
  const ready = readiness(saved);
  return (
    <div>
      <p className={eyebrow}>The portfolio</p>
      <h1
        className={`${scale.heading} mt-[calc(var(--u)*0.4)] max-w-[28em] font-semibold text-balance`}
      >
        {readout.countsSentence}
      </h1>
      {results.useCases.length > 0 ? (
        <>
          <table
            className={`${scale.body} mt-[calc(var(--u)*1.1)] w-full border-collapse text-left`}
          >
            <thead>
              <tr className="border-b-2 border-line-strong text-ink-muted">
                <th scope="col" className="py-[0.4em] pr-[1em] font-semibold">
                  Use case
                </th>
                <th scope="col" className="py-[0.4em] pr-[1em] font-semibold">
                  Recommendation
                </th>
                <th scope="col" className="py-[0.4em] pr-[1em] font-semibold">
                  Confidence
                </th>
                <th scope="col" className="py-[0.4em] text-right font-semibold">
                  Cost a month
                </th>
              </tr>
            </thead>
            <tbody>
              {results.useCases.map((result) => {
                const useCase = findUseCase(saved.assessment, result.id);
                const provisional = useCase ? !ready(useCase) : false;
                return (
                  <tr key={result.id} className="border-b border-line">
                    <th scope="row" className="py-[0.45em] pr-[1em] font-semibold">
                      {result.name}
                      {provisional ? (
                        <span className="font-normal text-ink-muted"> (provisional)</span>
                      ) : null}
                    </th>
                    <td className="py-[0.45em] pr-[1em]">
                      <OptionLabel option={result.recommendation} />
                    </td>
                    <td className="py-[0.45em] pr-[1em]">
                      {confidenceWords(result)} · {formatPercent(result.confidence)}
                    </td>
                    <td className="py-[0.45em] text-right font-semibold tabular-nums">
                      {formatUsd(result.cost.monthlyUsd[result.recommendation])}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className={`${scale.body} mt-[calc(var(--u)*1)] max-w-[50em]`}>
            {readout.totalSentence}
          </p>
          {readout.premiumSentence ? (
            <p className={`${scale.body} mt-[calc(var(--u)*0.3)] max-w-[50em] text-ink-muted`}>
              {readout.premiumSentence}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

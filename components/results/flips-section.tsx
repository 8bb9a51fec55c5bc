import { content } from "@/content";
import type { UseCaseResult } from "@/lib/engine";
import { flipGroups, noFlipSentence } from "@/lib/view/flips";
import type { ResultsSource } from "@/lib/view/links";
import { OptionSwatch } from "./option-tag";
import { QuestionLink } from "./question-link";
import { ResultSection, SubHeading } from "./section";

/**
 * What would change the answer: single answers, the volume, and weights that flip it. `result` is
 * the use case worked out with its flips; null while they are (a moment after the rest).
 */
export function FlipsSection({
  result,
  source,
}: {
  result: UseCaseResult | null;
  source: ResultsSource;
}) {
  return (
    <ResultSection
      id="what-would-change-it"
      eyebrow="Sensitivity"
      title="What would change the answer"
      intro="Each line is one change on its own, everything else as it is. Check these facts first."
    >
      {result ? (
        <FlipGroups result={result} source={source} />
      ) : (
        <p role="status" className="text-ink-muted">
          Working out what would change the answer…
        </p>
      )}
    </ResultSection>
  );
}

function FlipGroups({ result, source }: { result: UseCaseResult; source: ResultsSource }) {
  const groups = flipGroups(content, result);
  const none = result.flips.length === 0;
  return (
    <>
      {none ? (
        <p data-testid="no-flips">{noFlipSentence(content, result)}</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-1">
          {groups.volume.length > 0 ? (
            <FlipList title="Volume" testId="flips-volume">
              {groups.volume.map(({ flip, sentence }) => (
                <FlipItem key={`${flip.direction}`} option={flip.recommendation}>
                  <QuestionLink
                    source={source}
                    useCaseId={result.id}
                    question="monthlyRequests"
                    className="font-normal"
                  >
                    {sentence}
                  </QuestionLink>
                </FlipItem>
              ))}
            </FlipList>
          ) : null}
          {groups.answers.length > 0 ? (
            <FlipList title="Answers" testId="flips-answers">
              {groups.answers.map(({ flip, sentence }) => (
                <FlipItem key={`${flip.question}-${flip.to}`} option={flip.recommendation}>
                  <QuestionLink
                    source={source}
                    useCaseId={result.id}
                    question={flip.question}
                    className="font-normal"
                  >
                    {sentence}
                  </QuestionLink>
                </FlipItem>
              ))}
            </FlipList>
          ) : null}
          {groups.weights.length > 0 ? (
            <FlipList title="Weights" testId="flips-weights">
              {groups.weights.map(({ flip, sentence }) => (
                <FlipItem key={flip.criterion} option={flip.recommendation}>
                  {sentence}
                </FlipItem>
              ))}
            </FlipList>
          ) : null}
        </div>
      )}
    </>
  );
}

function FlipList({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <SubHeading>{title}</SubHeading>
      <ul
        className="mt-2 space-y-2 text-sm leading-6 sm:text-base sm:leading-7 2xl:text-lg 2xl:leading-8"
        data-testid={testId}
      >
        {children}
      </ul>
    </div>
  );
}

function FlipItem({
  option,
  children,
}: {
  option: UseCaseResult["recommendation"];
  children: React.ReactNode;
}) {
  return (
    <li className="flex items-baseline gap-2.5" data-option={option}>
      <OptionSwatch option={option} className="size-2.5 translate-y-[-1px]" />
      <span>{children}</span>
    </li>
  );
}

"use client";

import { useState } from "react";
import { content } from "@/content";
import type { Flip, UseCaseResult } from "@/lib/engine";
import { FLIPS_SHOWN, noFlipSentence, rankedFlips } from "@/lib/view/flips";
import type { ResultsSource } from "@/lib/view/links";
import { OptionSwatch } from "./option-tag";
import { QuestionLink } from "./question-link";
import { ResultSection } from "./section";

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
      intro="Each line is one change on its own, everything else as it is, nearest first: the smaller the change, the more it is worth checking."
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
  const [all, setAll] = useState(false);
  const flips = rankedFlips(content, result);
  if (flips.length === 0) return <p data-testid="no-flips">{noFlipSentence(content, result)}</p>;
  const shown = all ? flips : flips.slice(0, FLIPS_SHOWN);
  return (
    <>
      <ol
        className="space-y-2 text-sm leading-6 sm:text-base sm:leading-7 2xl:text-lg 2xl:leading-8"
        data-testid="flips"
        aria-label="Changes that would change the recommendation, nearest first"
      >
        {shown.map(({ flip, sentence }) => (
          <FlipItem key={flipKey(flip)} option={flip.recommendation} kind={flip.kind}>
            {flip.kind === "weight" ? (
              sentence
            ) : (
              <QuestionLink
                source={source}
                useCaseId={result.id}
                question={flip.question}
                className="font-normal"
              >
                {sentence}
              </QuestionLink>
            )}
          </FlipItem>
        ))}
      </ol>
      {flips.length > FLIPS_SHOWN ? (
        <button
          type="button"
          onClick={() => setAll((a) => !a)}
          aria-expanded={all}
          className="mt-3 rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent 2xl:text-base"
        >
          {all ? `Show the nearest ${FLIPS_SHOWN}` : `Show all ${flips.length}`}
        </button>
      ) : null}
    </>
  );
}

function flipKey(flip: Flip): string {
  return flip.kind === "answer"
    ? `${flip.question}-${flip.to}`
    : flip.kind === "volume"
      ? `volume-${flip.direction}`
      : `weight-${flip.criterion}`;
}

function FlipItem({
  option,
  kind,
  children,
}: {
  option: UseCaseResult["recommendation"];
  kind: Flip["kind"];
  children: React.ReactNode;
}) {
  return (
    <li className="flex items-baseline gap-2.5" data-option={option} data-kind={kind}>
      <OptionSwatch option={option} className="size-2.5 translate-y-[-1px]" />
      <span>{children}</span>
    </li>
  );
}

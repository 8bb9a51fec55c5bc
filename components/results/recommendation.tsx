import { content } from "@/content";
import type { UseCaseResult } from "@/lib/engine";
import { confidenceWords } from "@/lib/view/confidence";
import { exclusionsByReason } from "@/lib/view/fit";
import { formatScore } from "@/lib/view/format";
import { optionName, optionShortName, optionSwatchClass } from "@/lib/view/options";
import { formatPercent } from "@/lib/format";
import { OptionSwatch } from "./option-tag";

/** Five steps, filled up to the confidence: a figure that reads at a glance, beside the words. */
function ConfidenceMeter({ confidence }: { confidence: number }) {
  const filled = Math.round(confidence * 5);
  return (
    <span aria-hidden="true" className="inline-flex gap-0.5">
      {[0, 1, 2, 3, 4].map((i) => (
        <span
          key={i}
          className={`h-2.5 w-4 rounded-sm ${i < filled ? "bg-accent" : "bg-line-strong"}`}
        />
      ))}
    </span>
  );
}

/**
 * The answer first: the recommended option, the engine's one-sentence summary, how sure it is and
 * why not surer, and the options ruled out with the reason.
 */
export function RecommendationCard({ result }: { result: UseCaseResult }) {
  const excluded = exclusionsByReason(result);
  const runnerUp = result.runnerUp;
  return (
    <div className="overflow-hidden rounded-2xl border border-line bg-surface shadow-sm">
      <div className="flex">
        <span
          aria-hidden="true"
          className={`w-1.5 shrink-0 ${optionSwatchClass[result.recommendation]}`}
        />
        <div className="min-w-0 flex-1 p-5 sm:p-7 2xl:p-9">
          <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase 2xl:text-base">
            Recommendation
          </p>
          <p className="mt-2 flex items-center gap-2.5 text-lg font-semibold sm:text-xl 2xl:text-2xl">
            <OptionSwatch option={result.recommendation} className="size-4" />
            <span data-testid="recommended-option" data-option={result.recommendation}>
              {optionName(content, result.recommendation)}
            </span>
          </p>
          <p
            data-testid="recommendation-summary"
            className="mt-3 text-xl leading-8 font-medium tracking-tight text-balance sm:text-2xl sm:leading-9 2xl:text-3xl 2xl:leading-[2.75rem]"
          >
            {result.summary}
          </p>

          <div className="mt-5 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm sm:text-base 2xl:text-lg">
            <ConfidenceMeter confidence={result.confidence} />
            <p>
              <span className="font-semibold" data-testid="confidence">
                {confidenceWords(result)} · {formatPercent(result.confidence)}
              </span>
              {runnerUp ? (
                <span className="text-ink-muted">
                  {" "}
                  · fit {formatScore(result.scores[result.recommendation].score)}, runner-up{" "}
                  {optionShortName(content, runnerUp)} {formatScore(result.scores[runnerUp].score)}
                </span>
              ) : null}
            </p>
          </div>
          {result.confidenceReasons.length > 0 ? (
            <ul className="mt-2 space-y-1 text-sm leading-6 text-ink-muted 2xl:text-base">
              {result.confidenceReasons.map((reason) => (
                <li key={reason} className="flex gap-2">
                  <span aria-hidden="true">–</span>
                  <span>{reason}</span>
                </li>
              ))}
            </ul>
          ) : null}

          {excluded.length > 0 ? (
            <div className="mt-5 rounded-lg border border-line bg-surface-muted p-4">
              <p className="text-sm font-semibold 2xl:text-base">Ruled out</p>
              <ul className="mt-2 space-y-3 text-sm leading-6 2xl:text-base">
                {excluded.map(({ reason, options }) => (
                  <li key={reason}>
                    <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Options ruled out">
                      {options.map((option) => (
                        <li
                          key={option}
                          data-testid="ruled-out"
                          data-option={option}
                          className="inline-flex items-center gap-2 font-medium"
                        >
                          <OptionSwatch option={option} />
                          {optionName(content, option)}
                        </li>
                      ))}
                    </ul>
                    <p className="mt-1 text-ink-muted">{reason}</p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

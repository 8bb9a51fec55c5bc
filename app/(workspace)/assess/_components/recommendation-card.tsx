import { content } from "@/content";
import type { OptionId } from "@/lib/vocabulary";
import type { UseCaseResult } from "@/lib/engine";
import { formatPercent } from "@/lib/format";

/** Each option's colour token (--color-opt-*), written out in full so that Tailwind sees it. */
const optionSwatch: Record<OptionId, string> = {
  closed_api: "bg-opt-closed-api",
  open_managed: "bg-opt-open-managed",
  open_self_hosted: "bg-opt-open-self-hosted",
  hybrid: "bg-opt-hybrid",
};

export function optionName(option: OptionId): string {
  if (option === "hybrid") return content.hybrid.name;
  return content.sourcingOptions.find((o) => o.id === option)?.name ?? option;
}

const confidenceWords: Record<UseCaseResult["confidenceLabel"], string> = {
  high: "High confidence",
  medium: "Medium confidence",
  low: "Low confidence",
};

/**
 * The engine's recommendation for a use case, kept small: the option, the one-sentence summary
 * and how sure it is. The full picture (costs, drivers, risks) is on the results page.
 */
export function RecommendationCard({ result }: { result: UseCaseResult }) {
  const assumed = result.assumed.length;
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface sm:bg-canvas">
      <span aria-hidden="true" className={`block h-1.5 ${optionSwatch[result.recommendation]}`} />
      <div className="p-4 sm:p-6 2xl:p-8">
        <p className="text-sm font-medium text-ink-muted 2xl:text-base">Recommended</p>
        <p className="mt-1 flex items-center gap-2 font-semibold text-ink 2xl:text-xl">
          <span
            aria-hidden="true"
            className={`size-2.5 shrink-0 rounded-full ${optionSwatch[result.recommendation]}`}
          />
          {optionName(result.recommendation)}
        </p>
        <p className="mt-3 text-lg leading-8 font-medium text-pretty text-ink sm:text-xl 2xl:text-2xl 2xl:leading-10">
          {result.summary}
        </p>
        <p className="mt-4 text-sm text-ink-muted 2xl:text-base">
          <span className="font-semibold text-ink">{confidenceWords[result.confidenceLabel]}</span>{" "}
          ({formatPercent(result.confidence)})
          {assumed > 0
            ? ` · ${assumed} answer${assumed === 1 ? "" : "s"} assumed`
            : " · every answer given"}
        </p>
      </div>
    </div>
  );
}

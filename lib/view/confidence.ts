/** The confidence of a recommendation in words and as a figure: "Medium confidence · 62%". */
import type { UseCaseResult } from "@/lib/engine";
import { formatPercent } from "@/lib/format";

export function confidenceWords(result: Pick<UseCaseResult, "confidenceLabel">): string {
  const label = result.confidenceLabel;
  return `${label.charAt(0).toUpperCase()}${label.slice(1)} confidence`;
}

/** "Medium confidence (62%)". */
export function confidenceText(
  result: Pick<UseCaseResult, "confidence" | "confidenceLabel">,
): string {
  return `${confidenceWords(result)} (${formatPercent(result.confidence)})`;
}

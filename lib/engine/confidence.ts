/**
 * How sure the engine is of a recommendation, 0–1 (higher is surer), and why it is not surer, in
 * plain language.
 */
import type { EngineContext, ScoredUseCase } from "./context";
import { optionName, questionLabel } from "./names";
import { round } from "./round";
import type { OptionId, UseCaseResult } from "./types";

export function confidenceOf(
  ctx: EngineContext,
  scored: ScoredUseCase,
  recommendation: OptionId,
  runnerUp: OptionId | null,
): Pick<UseCaseResult, "confidence" | "confidenceLabel" | "confidenceReasons"> {
  const { content, organization } = ctx;
  const { buffers, best, excluded } = scored;
  const { decisiveMargin, confidencePerAssumed, forcedPoorFitFactor } = content.scoring;
  const confidenceReasons: string[] = [];
  const margin =
    scored.runnerUp >= 0
      ? (buffers.scores[best] ?? 0) - (buffers.scores[scored.runnerUp] ?? 0)
      : decisiveMargin;
  let confidence = 0.5 + 0.5 * Math.min(1, margin / decisiveMargin);
  if (margin < decisiveMargin && runnerUp) {
    confidenceReasons.push(
      `${optionName(content, runnerUp)} is close behind (${round(margin, 1)} points).`,
    );
  }
  const allAssumed = [...ctx.assumedOrganization, ...scored.assumed];
  const assumedLoss = allAssumed.reduce(
    (s, x) => s + (x.source === "template" ? confidencePerAssumed / 2 : confidencePerAssumed),
    0,
  );
  if (allAssumed.length > 0) {
    confidence *= Math.max(0.5, 1 - assumedLoss);
    confidenceReasons.push(
      `${allAssumed.length} answer${allAssumed.length === 1 ? " was" : "s were"} assumed: ${allAssumed
        .map((x) => questionLabel(content, x.question).toLowerCase())
        .join(", ")}.`,
    );
  }
  const forced = scored.runnerUp < 0 && excluded !== 0;
  const poorlyPlaced =
    (recommendation === "open_self_hosted" || recommendation === "hybrid") &&
    (organization.aiTeam === "none" ||
      organization.aiTeam === "generalist" ||
      organization.infrastructure === "saas_only");
  if (forced && poorlyPlaced) {
    confidence *= forcedPoorFitFactor;
    confidenceReasons.push(
      "A hard constraint leaves only this option, and your organization is not yet set up to run it: plan the team and platform first.",
    );
  }
  confidence = round(Math.min(0.99, Math.max(0.05, confidence)));
  const confidenceLabel = confidence >= 0.75 ? "high" : confidence >= 0.55 ? "medium" : "low";
  return { confidence, confidenceLabel, confidenceReasons };
}
